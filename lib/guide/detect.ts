/**
 * Which step of a flow the user is at, given the page state the page was recognised as.
 *
 * Design note: the current step is *derived from the page*, never remembered as "the next one":
 * after a reload, an eID login round-trip or an in-page navigation the guide lands on the right
 * step by itself. Progress (the last step shown, per tab) only breaks ties when one screen occurs
 * twice in a flow (the KBO prompt, seed 000 Stap 2.3 and Stap 3.3).
 */
import type { Flow, PageState, Step } from './schema';

/** Where in a flow the page puts the user. `problem` is set when the page is one of the step's problem states. */
export interface StepMatch {
  flow: Flow;
  step: Step;
  index: number;
  page: PageState;
  problem?: Step['problems'][number];
}

/**
 * The step of `flow` on a page recognised as `pageId` (lib/guide/recognise.ts), or undefined.
 * When several steps fit (one screen twice in a flow), the one nearest after the last step shown
 * (`lastIndex`) wins: the latest candidate at or before `lastIndex + 1`, else the first candidate.
 *
 * @example
 * deriveStep(flow, 'wse.kbo-prompt', PAGES_BY_ID, progress.lastIndex)?.step.id // → 'klant'
 */
export function deriveStep(
  flow: Flow,
  pageId: string | undefined,
  pagesById: ReadonlyMap<string, PageState>,
  lastIndex?: number,
): StepMatch | undefined {
  if (pageId === undefined) return undefined;
  const page = pagesById.get(pageId);
  if (!page) return undefined;
  const candidates: StepMatch[] = [];
  flow.steps.forEach((step, index) => {
    if (step.page === pageId) {
      candidates.push({ flow, step, index, page });
      return;
    }
    const problem = step.problems.find((p) => p.page === pageId);
    if (problem) candidates.push({ flow, step, index, page, problem });
  });
  if (candidates.length <= 1 || lastIndex === undefined) return candidates[0];
  const before = candidates.filter((c) => c.index <= lastIndex + 1);
  return before[before.length - 1] ?? candidates[0];
}
