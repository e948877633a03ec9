/**
 * Pack steps applied to the built-in flows (issue 10: "built-in flows stay; a pack's steps
 * override or add to them by id"). Pure, and small enough for a portal page's content script: the
 * guide's runtime (lib/guide/runtime.ts `activeFlows`) calls it, so recognition, the card, the step
 * list and "Stap n van m" all see the result.
 *
 * - A step with the id of one of the flow's steps **overrides** it in place: its page, target,
 *   title and instruction. The built-in step's features, problems, check and completion stay only
 *   when the page state is the same (they were written for that screen); elsewhere it has none.
 * - Any other step is **added** after the step `after` names (else at the end), with no features.
 * - Steps apply in order (the background's mirror lists kept steps, then the policy's), so a
 *   later one for the same id wins. A step for a flow not in `flows` (switched off, another
 *   portal's) does nothing; one whose page state or target this build lacks is left out.
 *
 * @example
 * const flows = applyPackSteps(portalFlows, extras.steps, deps.pages);
 */
import type { Flow, PageState, Step, Text } from '../guide/schema';
import type { PackStep } from './steps';

/** How an added step (or one moved to another screen) is done, when the pack cannot say. */
export const PACK_STEP_COMPLETES: Text = {
  nl: 'Ga daarna verder met de volgende stap.',
  en: 'Then go on with the next step.',
  fr: "Passez ensuite à l'étape suivante.",
  de: 'Fahren Sie dann mit dem nächsten Schritt fort.',
};

function fits(packStep: PackStep, flow: Flow, pages: ReadonlyMap<string, PageState>): boolean {
  const page = pages.get(packStep.step.page);
  if (!page?.id.startsWith(`${flow.portal}.`)) return false;
  return packStep.step.target === undefined || Object.hasOwn(page.targets, packStep.step.target);
}

function toStep(packStep: PackStep, builtIn: Step | undefined): Step {
  const { id, page, target, title, instruction } = packStep.step;
  const samePage = builtIn !== undefined && builtIn.page === page;
  return {
    id,
    page,
    ...(target === undefined ? {} : { target }),
    title,
    instruction,
    ...(samePage && builtIn.check ? { check: builtIn.check } : {}),
    completes: samePage ? builtIn.completes : { by: 'click', text: PACK_STEP_COMPLETES },
    features: samePage ? builtIn.features : [],
    problems: samePage ? builtIn.problems : [],
  };
}

/** The flows with the pack steps applied; the same array when no step changes anything. */
export function applyPackSteps(
  flows: readonly Flow[],
  steps: readonly PackStep[],
  pages: ReadonlyMap<string, PageState>,
): readonly Flow[] {
  if (steps.length === 0) return flows;
  const changed = new Map<string, Step[]>();
  for (const packStep of steps) {
    const flow = flows.find((f) => f.id === packStep.flow);
    if (!flow || !fits(packStep, flow, pages)) continue;
    const list = changed.get(flow.id) ?? [...flow.steps];
    const at = list.findIndex((s) => s.id === packStep.step.id);
    if (at >= 0) {
      // Features belong to the built-in step's screen, not to an earlier pack step's.
      const builtIn = flow.steps.find((s) => s.id === packStep.step.id);
      list[at] = toStep(packStep, builtIn);
    } else {
      const after = packStep.after === undefined ? -1 : list.findIndex((s) => s.id === packStep.after);
      list.splice(after >= 0 ? after + 1 : list.length, 0, toStep(packStep, undefined));
    }
    changed.set(flow.id, list);
  }
  if (changed.size === 0) return flows;
  return flows.map((flow) => {
    const list = changed.get(flow.id);
    return list ? { ...flow, steps: list } : flow;
  });
}
