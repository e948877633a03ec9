/**
 * The check of a portal's guide data: every page state and flow parsed with its zod schema, and
 * every step's page, target and problem page resolved. Run by the unit tests and at every build
 * (wxt.config.ts `build:before`), so a typo fails there, never in front of a user; the content
 * script ships the data unparsed (lib/flows/define.ts).
 */
import { type Flow, flowSchema, type PageState, pageStateSchema } from '../guide/schema';
import type { PortalGuideInput } from './define';

export interface CheckedGuide {
  pages: PageState[];
  flows: Flow[];
}

/** The parsed data; throws on the first problem, naming the flow, step or page state. */
export function checkPortalGuide(input: PortalGuideInput): CheckedGuide {
  const pages = input.pages.map((page, i) => {
    const parsed = pageStateSchema.safeParse(page);
    if (!parsed.success) throw new Error(`page state ${page.id ?? i}: ${parsed.error.message}`);
    return parsed.data;
  });
  const pagesById = new Map(pages.map((page) => [page.id, page]));
  if (pagesById.size !== pages.length) throw new Error('two page states with the same id');
  const flows = input.flows.map((flowInput, i) => {
    const parsed = flowSchema.safeParse(flowInput);
    if (!parsed.success) throw new Error(`flow ${flowInput.id ?? i}: ${parsed.error.message}`);
    const flow = parsed.data;
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
  return { pages, flows };
}
