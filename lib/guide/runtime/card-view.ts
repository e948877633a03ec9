/**
 * The `GuideView` the overlay draws, built from the guide's state, and handing it out: listeners
 * hear of a new view only when something visible changed.
 */
import type { GuideView, StepView } from '../view';
import { activeFlows, type Core, lang } from './state';

export function buildView(core: Core): GuideView {
  const { state, deps } = core;
  const { match, flow, offPage, target } = state;
  const step = match?.step;
  const flows = activeFlows(core)
    .filter((f) => f.portal === deps.portal)
    .map((f) => ({ id: f.id, title: f.title }));
  let stepView: StepView | undefined;
  if (match && step && flow) {
    const problem = match.problem;
    stepView = {
      flowId: flow.id,
      stepId: step.id,
      number: match.index + 1,
      total: flow.steps.length,
      title: problem?.title ?? step.title,
      instruction: problem?.instruction ?? step.instruction,
      check: problem ? undefined : step.check,
      completes: step.completes.text,
      done: step.completes.by === 'end' && !offPage,
      problem: problem !== undefined,
      chosen: state.chosenStep ? true : undefined,
      elsewhere: offPage ? match.page.title : undefined,
    };
  }
  const targetSpec = step?.target && !match?.problem && !offPage ? match?.page.targets[step.target] : undefined;
  const targetState: GuideView['target'] = !targetSpec
    ? 'none'
    : target
      ? 'found'
      : state.targetMissing
        ? 'missing'
        : 'searching';
  return {
    portal: deps.portal,
    lang: lang(state),
    ui: state.ui,
    flows,
    flowId: flow?.id,
    steps: flow?.steps.map((s) => ({ id: s.id, title: s.title })),
    step: stepView,
    target: targetState,
    lookFor: targetState === 'missing' ? targetSpec?.lookFor : undefined,
    warnings: [...state.topWarnings, ...state.fieldWarnings],
    picker: state.picker,
    services: state.services,
    explanations: state.explanations,
    facts: state.facts,
    renewals: state.renewals,
    ticket: state.ticket,
    unsure: state.unsure,
    pinned: state.pinnedNow || undefined,
    quiet: isQuiet(core) || undefined,
    announcement: state.announcement,
    cardPlace: state.settings?.cardPlace ?? 'page',
  };
}

/**
 * Nothing to show but a launcher: no known screen, or no clear one while no task is under way in
 * this tab (a news or help page). Mid-task, an unclear screen gets the full "Welk scherm is dit?".
 */
function isQuiet(core: Core): boolean {
  const { match, pinnedNow, recognition, tab } = core.state;
  if (activeFlows(core).length === 0 || match || pinnedNow || !recognition) return false;
  const inTask = tab?.lastStepId !== undefined && !tab.done;
  return recognition.kind === 'none' || (recognition.kind === 'unsure' && !inTask);
}

/** The views handed out: `emit` tells the listeners only when the view differs from the last. */
export function createViews(core: Core) {
  const listeners = new Set<(view: GuideView) => void>();
  let last: GuideView | undefined;
  let lastSignature = '';
  return {
    emit(): void {
      const view = buildView(core);
      // The services' buttons are page elements: not part of what the card shows.
      const signature = JSON.stringify(view, (key, value) => (key === 'button' ? undefined : value));
      if (signature === lastSignature && last) return;
      lastSignature = signature;
      last = view;
      for (const listener of listeners) listener(view);
    },
    get(): GuideView {
      return last ?? buildView(core);
    },
    subscribe(listener: (view: GuideView) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
