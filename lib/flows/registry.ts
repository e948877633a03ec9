/**
 * Every guided flow and every portal's page states, parsed with zod when this module loads.
 * Adding a flow: one file in `lib/flows/<portal>/`, one line here (the architecture test fails
 * on a flow file that is not listed).
 */
import { type Flow, flowSchema, type PageState, pageStateSchema } from '../guide/schema';
import { KEN_RECHT_TOE } from './gb/ken-recht-toe';
import { KOPPEL_GEBRUIKER } from './gb/koppel-gebruiker';
import { GB_PAGES } from './gb/pages';
import { SNEL_RECHT_TOEKENNEN } from './gb/snel-recht-toekennen';
import { AANVRAAG_VOOR_KLANT } from './wse/aanvraag-voor-klant';
import { WSE_PAGES } from './wse/pages';
import { VOV_TERUGBETALING } from './wse/vov-terugbetaling';

export const PAGES: readonly PageState[] = [...WSE_PAGES, ...GB_PAGES].map((page) => pageStateSchema.parse(page));

export const PAGES_BY_ID: ReadonlyMap<string, PageState> = new Map(PAGES.map((page) => [page.id, page]));

export const FLOWS: readonly Flow[] = [
  AANVRAAG_VOOR_KLANT,
  VOV_TERUGBETALING,
  KOPPEL_GEBRUIKER,
  KEN_RECHT_TOE,
  SNEL_RECHT_TOEKENNEN,
].map((flow) => {
  const parsed = flowSchema.parse(flow);
  for (const step of parsed.steps) {
    const page = PAGES_BY_ID.get(step.page);
    if (!page) throw new Error(`flow ${parsed.id} step ${step.id}: unknown page state ${step.page}`);
    if (step.target && !page.targets[step.target]) {
      throw new Error(`flow ${parsed.id} step ${step.id}: page ${step.page} has no target ${step.target}`);
    }
    for (const problem of step.problems) {
      if (!PAGES_BY_ID.has(problem.page)) {
        throw new Error(`flow ${parsed.id} step ${step.id}: unknown problem page ${problem.page}`);
      }
    }
  }
  return parsed;
});

/** A flow by id, or undefined. */
export function findGuideFlow(id: string): Flow | undefined {
  return FLOWS.find((flow) => flow.id === id);
}
