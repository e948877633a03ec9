/**
 * One portal's guide data, parsed and cross-checked: its page states and flows with every step's
 * page, target and problem page resolved. A typo fails in the unit tests, never in front of a user.
 */
import {
  type Flow,
  type FlowInput,
  flowSchema,
  type PageState,
  type PageStateInput,
  pageStateSchema,
} from '../guide/schema';

export interface PortalGuide {
  pages: readonly PageState[];
  pagesById: ReadonlyMap<string, PageState>;
  flows: readonly Flow[];
}

export function definePortalGuide(
  pageInputs: readonly PageStateInput[],
  flowInputs: readonly FlowInput[],
): PortalGuide {
  const pages = pageInputs.map((page) => pageStateSchema.parse(page));
  const pagesById = new Map(pages.map((page) => [page.id, page]));
  const flows = flowInputs.map((input) => {
    const flow = flowSchema.parse(input);
    for (const step of flow.steps) {
      const page = pagesById.get(step.page);
      if (!page) throw new Error(`flow ${flow.id} step ${step.id}: unknown page state ${step.page}`);
      if (step.target && !page.targets[step.target]) {
        throw new Error(`flow ${flow.id} step ${step.id}: page ${step.page} has no target ${step.target}`);
      }
      for (const problem of step.problems) {
        if (!pagesById.has(problem.page))
          throw new Error(`flow ${flow.id} step ${step.id}: unknown problem page ${problem.page}`);
      }
    }
    return flow;
  });
  return { pages, pagesById, flows };
}

/** A portal without guided flows yet (the social security portal, Werkplek Duaal). */
export const NO_GUIDE: PortalGuide = { pages: [], pagesById: new Map(), flows: [] };
