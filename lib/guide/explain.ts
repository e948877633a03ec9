/**
 * The guide's window on the rules engine (lib/rules, DOMAIN.md §6): turns what a page shows (an
 * observation such as "only a personal name, no organisation", or a service's blue
 * "Gebruikersrecht aanvragen" button) into the explanation the card shows inline — which right and
 * context, who grants it, where and how, and the request message to copy.
 *
 * Small adapter (2026-11): the knowledge base names an observation for the VOV service only
 * (seed 001); for any other service whose right is missing the card says what the page itself
 * says: the button mails the lokale beheerder (seed 001 step 4).
 */
import { findFact, findObservationKind, getGrantor } from '../knowledge';
import { type Explanation, explain, requestMessage } from '../rules';
import type { Settings } from '../state';
import { type ExplainAdapter, type ExplanationView, type FactInfo, SERVICE_OBSERVATIONS } from './explain-types';
import type { Text } from './schema';
import { sameService } from './services';

export {
  type ExplainAdapter,
  type ExplanationView,
  type FactInfo,
  type GapView,
  SERVICE_OBSERVATIONS,
} from './explain-types';

function toView(id: string, explanation: Explanation, settings: Settings | undefined, seen?: Text): ExplanationView {
  const organisation = settings?.ownOrganisation?.name;
  const message: Text | undefined =
    explanation.missing.length > 0
      ? {
          nl: requestMessage(explanation, { organisation, lang: 'nl' }),
          en: requestMessage(explanation, { organisation, lang: 'en' }),
        }
      : undefined;
  return {
    id,
    title: {
      nl: `Wat ontbreekt voor "${explanation.label.nl}"`,
      en: `What is missing for "${explanation.label.en}"`,
    },
    seen,
    gaps: explanation.missing.map((gap) => ({
      id: gap.id,
      label: gap.label,
      why: gap.why,
      grantedBy: gap.grantedBy,
      where: gap.where,
      how: gap.how,
      needs: gap.needs ?? [],
      flow: gap.flow,
    })),
    message,
  };
}

function safeExplain(
  goal: string,
  settings: Settings | undefined,
  observation: string,
  page: string,
  detail?: string,
  implied: readonly string[] = [],
) {
  try {
    return explain({
      goal,
      have: [...new Set([...(settings?.facts ?? []), ...implied])],
      missing: [{ observation, page, ...(detail ? { detail } : {}) }],
    });
  } catch {
    // Unknown ids in stored settings must never break the page: explain without them.
    try {
      return explain({ goal, have: [], missing: [{ observation, page }] });
    } catch {
      return undefined;
    }
  }
}

const GENERIC_SERVICE_NOTE = (service: string): ExplanationView => {
  const grantor = getGrantor('lokale-beheerder-organisatie');
  return {
    id: `dienst:${service}`,
    title: {
      nl: `Nog geen gebruikersrecht voor "${service}"`,
      en: `No user right yet for "${service}"`,
    },
    seen: {
      nl: "Bij deze dienst staat de knop 'Gebruikersrecht aanvragen' in plaats van 'Aanvragen'.",
      en: "This service shows the button 'Gebruikersrecht aanvragen' (request user right) instead of 'Aanvragen' (apply).",
    },
    gaps: [],
    note: {
      nl: `Klik op 'Gebruikersrecht aanvragen': ${grantor.label.nl} krijgt een automatische mail. ${grantor.findThem.nl}`,
      en: `Click 'Gebruikersrecht aanvragen': ${grantor.label.en} gets an automatic e-mail. ${grantor.findThem.en}`,
    },
  };
};

/** The adapter the content script uses: the real rules engine and knowledge base. */
/** The rules engine answering at once (in the background, the popup and the tests). */
export interface LocalExplainAdapter extends ExplainAdapter {
  forObservation(input: { goal?: string; observation: string; settings?: Settings }): ExplanationView | undefined;
  forService(input: { goal?: string; service: string; settings?: Settings }): ExplanationView | undefined;
  facts(ids: readonly string[]): FactInfo[];
}

export const rulesAdapter: LocalExplainAdapter = {
  forObservation({ goal, observation, settings }) {
    const kind = findObservationKind(observation);
    if (!kind || !goal) return undefined;
    const explanation = safeExplain(goal, settings, kind.id, kind.pages[0] ?? 'onbekend');
    return explanation ? toView(kind.id, explanation, settings, kind.seen) : undefined;
  },
  forService({ service, settings }) {
    const known = SERVICE_OBSERVATIONS.find((s) => sameService(service, s.service));
    if (!known) return GENERIC_SERVICE_NOTE(service);
    const kind = findObservationKind(known.observation);
    // Whoever sees the services overview is logged in for the organisation: the werkrelatie
    // exists (seed 001 step 2–3), so only the right itself is missing.
    const explanation = safeExplain(known.goal, settings, known.observation, known.page, service, ['werkrelatie']);
    return explanation ? toView(`dienst:${service}`, explanation, settings, kind?.seen) : GENERIC_SERVICE_NOTE(service);
  },
  facts(ids) {
    return ids
      .map((id) => findFact(id))
      .filter((fact) => fact !== undefined)
      .map((fact) => ({ id: fact.id, label: fact.label, meaning: fact.meaning }));
  },
};
