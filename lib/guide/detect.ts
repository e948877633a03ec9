/**
 * Which page state a page is in, and so which step of a flow the user is at.
 *
 * Design note: the current step is *derived from the page*, never remembered as "the next one":
 * after a reload, an eID login round-trip or an in-page navigation the guide lands on the right
 * step by itself. Progress (the last step shown, per tab) only breaks ties when one screen occurs
 * twice in a flow (the KBO prompt, seed 000 Stap 2.3 and Stap 3.3).
 */
import { byRole } from './a11y';
import type { PageView } from './dom';
import { PREDICATES } from './predicates';
import type { Detector, Flow, PageState, Step } from './schema';
import { containsText } from './text';

/**
 * Whether a page view matches a detector (see `detectorSchema` for the rules).
 *
 * @example
 * matchDetector({ all: ['WSE Loket: Aanmelden'], any: [], none: [], roles: [] }, readPage(document))
 */
export function matchDetector(detector: Detector, view: PageView): boolean {
  if (detector.path && !detector.path.some((p) => new RegExp(p, 'i').test(view.url.pathname))) return false;
  for (const text of detector.all) if (!containsText(view.text, text)) return false;
  if (detector.any.length > 0 && !detector.any.some((text) => containsText(view.text, text))) return false;
  for (const text of detector.none) if (containsText(view.text, text)) return false;
  for (const { role, name } of detector.roles) if (byRole(view, role, name).length === 0) return false;
  if (detector.predicate && !PREDICATES[detector.predicate](view)) return false;
  return true;
}

/** The page states a view matches, from a list (a portal's pages). */
export function matchPages(pages: readonly PageState[], view: PageView): PageState[] {
  return pages.filter((page) => matchDetector(page.detect, view));
}

/** Where in a flow the page puts the user. `problem` is set when the page is one of the step's problem states. */
export interface StepMatch {
  flow: Flow;
  step: Step;
  index: number;
  page: PageState;
  problem?: Step['problems'][number];
}

/**
 * The step of `flow` the page shows, or undefined. When several steps fit (one screen twice in
 * a flow), the one nearest after the last step shown (`lastIndex`) wins: the latest candidate at
 * or before `lastIndex + 1`, else the first candidate.
 *
 * @example
 * deriveStep(flow, readPage(document), pagesById, progress.lastIndex)?.step.id // → 'kbo-klant'
 */
export function deriveStep(
  flow: Flow,
  view: PageView,
  pagesById: ReadonlyMap<string, PageState>,
  lastIndex?: number,
): StepMatch | undefined {
  const matched = new Map<string, boolean>();
  const matches = (id: string): PageState | undefined => {
    const page = pagesById.get(id);
    if (!page) return undefined;
    let hit = matched.get(id);
    if (hit === undefined) {
      hit = matchDetector(page.detect, view);
      matched.set(id, hit);
    }
    return hit ? page : undefined;
  };
  const candidates: StepMatch[] = [];
  flow.steps.forEach((step, index) => {
    const page = matches(step.page);
    if (page) {
      candidates.push({ flow, step, index, page });
      return;
    }
    for (const problem of step.problems) {
      const problemPage = matches(problem.page);
      if (problemPage) {
        candidates.push({ flow, step, index, page: problemPage, problem });
        return;
      }
    }
  });
  if (candidates.length <= 1 || lastIndex === undefined) return candidates[0];
  const before = candidates.filter((c) => c.index <= lastIndex + 1);
  return before[before.length - 1] ?? candidates[0];
}
