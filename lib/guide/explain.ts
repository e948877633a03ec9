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
import { findFact, findObservationKind, getGrantor, requirementFactIds, TASKS } from '../knowledge';
import { type Explanation, explain, requestMessage, whatCanIDo } from '../rules';
import type { Settings } from '../state';
import {
  type ExplainAdapter,
  type ExplanationView,
  type FactInfo,
  parseWpdRolesQuery,
  SERVICE_OBSERVATIONS,
  type WpdRoleName,
  type WpdSide,
} from './explain-types';
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
    return ids.flatMap((id) => {
      const roles = parseWpdRolesQuery(id);
      if (roles) return wpdRoleSummary(roles.side, roles.roles);
      const fact = findFact(id);
      return fact ? [{ id: fact.id, label: fact.label, meaning: fact.meaning }] : [];
    });
  },
};

const ROLE_NAME: Record<WpdRoleName, string> = {
  beheerder: 'Beheerder',
  behandelaar: 'Behandelaar',
  medewerker: 'Medewerker',
  stemgerechtigde: 'Stemgerechtigde',
};

const list = (texts: readonly Text[], lang: 'nl' | 'en') => texts.map((t) => t[lang]).join('; ');

/**
 * What the roles read from app.werkplekduaal.be's top line allow there, and what not, by the rules
 * engine (DOMAIN.md §5, seed 003 "ROLLEN IN HET DIGITALE LOKET"; seed 004 for a company): each
 * role's meaning, the tasks these roles together allow, and the others with the role that would
 * allow each. A company's access is not role-bound (seed 004): its tasks, what belongs to a
 * sectoraal partnerschap instead, and who gives a staff member access.
 *
 * @example
 * wpdRoleSummary('sectoraal-partnerschap', ['stemgerechtigde']).map((i) => i.id)
 * // → ['rol:stemgerechtigde', 'wpd-mag', 'wpd-mag-niet']
 */
export function wpdRoleSummary(side: WpdSide, roles: readonly WpdRoleName[]): FactInfo[] {
  const spTasks = TASKS.filter((t) => t.id.startsWith('wpd.sp.'));
  if (side === 'onderneming') {
    const own = TASKS.filter((t) => t.id.startsWith('wpd.ond.')).map((t) => t.label);
    const items: FactInfo[] = [
      {
        id: 'wpd-onderneming-mag',
        label: { nl: 'Dit kan een onderneming hier', en: 'What a company can do here' },
        meaning: { nl: `${list(own, 'nl')}.`, en: `${list(own, 'en')}.` },
      },
      {
        id: 'wpd-onderneming-niet',
        label: { nl: 'Niet voor een onderneming', en: 'Not for a company' },
        meaning: {
          nl: `Erkenningsaanvragen behandelen, erover stemmen, machtigingen registreren en knipperlichten instellen doet het sectoraal partnerschap, met zijn eigen rollen (${Object.values(ROLE_NAME).join(', ')}).`,
          en: `Handling recognition applications, voting on them, registering authorisations and setting warning lights is done by the sectoral partnership, with its own roles (${Object.values(ROLE_NAME).join(', ')}).`,
        },
      },
    ];
    items.push({
      id: 'wpd-onderneming-toegang',
      label: roles.length
        ? {
            nl: `Uw rol '${roles.map((r) => ROLE_NAME[r]).join("', '")}' bij een onderneming`,
            en: `Your role '${roles.map((r) => ROLE_NAME[r]).join("', '")}' at a company`,
          }
        : { nl: 'Wie hier binnen mag', en: 'Who gets in here' },
      meaning: {
        nl: `Bij een onderneming hangen deze taken niet van de rol af: de wettelijk vertegenwoordiger meldt zich rechtstreeks aan; een personeelslid heeft het gebruikersrecht 'DWSE - werkplekduaal gebruiker' nodig, dat een (hoofd)toegangsbeheerder toekent in gebruikersbeheer, nadat de onderneming geregistreerd is in het Beheer der toegangsbeheerders.`,
        en: `At a company these tasks do not depend on the role: the legal representative logs in directly; a staff member needs the user right 'DWSE - werkplekduaal gebruiker', granted by a (main) access manager in gebruikersbeheer once the company is registered in the Beheer der toegangsbeheerders.`,
      },
    });
    return items;
  }
  const roleFacts = (roles.length > 0 ? roles : Object.keys(ROLE_NAME))
    .map((r) => findFact(`rol:${r}`))
    .filter((fact) => fact !== undefined)
    .map((fact) => ({ id: fact.id, label: fact.label, meaning: fact.meaning }));
  if (roles.length === 0) return roleFacts;
  let allowed: Set<string>;
  try {
    allowed = new Set(whatCanIDo(roles.map((r) => `rol:${r}`)).map((t) => t.id));
  } catch {
    return roleFacts;
  }
  const may = spTasks.filter((t) => allowed.has(t.id)).map((t) => t.label);
  const mayNot = spTasks.filter((t) => !allowed.has(t.id));
  const withRoles = (task: (typeof spTasks)[number], lang: 'nl' | 'en') => {
    const needed = requirementFactIds(task.requires)
      .filter((id) => id.startsWith('rol:'))
      .map((id) => ROLE_NAME[id.slice(4) as WpdRoleName] ?? id);
    return `${task.label[lang]} (${lang === 'nl' ? 'rol' : 'role'} ${needed.join(lang === 'nl' ? ' of ' : ' or ')})`;
  };
  const items: FactInfo[] = [
    ...roleFacts,
    {
      id: 'wpd-mag',
      label: { nl: 'Dit mag u met uw rol(len)', en: 'What your role(s) allow' },
      meaning: { nl: `${list(may, 'nl')}.`, en: `${list(may, 'en')}.` },
    },
  ];
  if (mayNot.length > 0) {
    items.push({
      id: 'wpd-mag-niet',
      label: { nl: 'Dit mag u niet (een andere rol nodig)', en: 'What you may not do (another role needed)' },
      meaning: {
        nl: `${mayNot.map((t) => withRoles(t, 'nl')).join('; ')}. Een extra rol vraagt u aan de Hoofd lokale beheerder van uw sectoraal partnerschap; rollen kunnen gecombineerd worden.`,
        en: `${mayNot.map((t) => withRoles(t, 'en')).join('; ')}. Ask your sectoral partnership's main local administrator for an extra role; roles can be combined.`,
      },
    });
  }
  return items;
}
