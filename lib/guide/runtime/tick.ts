/**
 * One detection round: read the page once (`readPage`), recognise the screen, choose the flow
 * and the step (or the step the person moved to), find and mark the target, run the step's
 * features, then hand out the view. The scheduler (lib/guide/schedule.ts) decides when.
 */
import { fittingCorrections, taughtTarget } from '../../corrections/apply';
import type { Settings } from '../../state';
import { mayRenderUnseen, type PageView, type Root, readPage } from '../dom';
import { stepCount, textIn } from '../lang';
import { type Recognition, recognise } from '../recognise';
import type { Ticker } from '../schedule';
import { chooseFlow } from '../select';
import type { TabState } from '../tab-state';
import { findTarget } from '../target';
import type { FeatureRunner } from './features';
import type { FieldChecks } from './fields';
import type { Marking } from './marking';
import { activeFlows, type Core, lang, persist, vars } from './state';

/** After this long without finding the target, the card says in words what to look for. */
export const TARGET_TIMEOUT_MS = 3000;
/** A screen the person chose stands until recognition is this sure of another one. */
const PIN_OVERRIDE = 0.85;

export interface TickParts {
  marking: Marking;
  features: FeatureRunner;
  fields: FieldChecks;
  /** Watch a root of the page (the document, an open shadow root) for changes. */
  observe(root: Root): void;
  settle: Ticker['settle'];
}

export function createTick(core: Core, parts: TickParts): () => void {
  const { deps, state, now, portalPages } = core;
  const { marking } = parts;
  /** The failure last counted for this step shown (each is counted once per step shown). */
  let counted = '';

  /**
   * The page state to guide on: what recognition is sure of; else the screen the user picked
   * for this URL path (until the page is clearly another screen).
   */
  function recognisedPage(view: PageView, found: Recognition): string | undefined {
    const pin = state.tab?.pinned;
    const pinHere = pin !== undefined && pin.path === view.url.pathname ? pin : undefined;
    state.pinnedNow = false;
    if (found.kind === 'sure') {
      // A choice made on another page is over once the guide is sure again.
      if (pin && !pinHere) persist(core, { ...(state.tab as TabState), pinned: undefined, updatedAt: now() });
      // The person's choice for this page stands unless the page now clearly is another screen.
      const clearlyOther = (found.scores[0]?.score ?? 0) >= PIN_OVERRIDE;
      if (!pinHere || pinHere.pageId === found.page.id || clearlyOther) return found.page.id;
    }
    if (pinHere) {
      state.pinnedNow = true;
      return pinHere.pageId;
    }
    return undefined;
  }

  /** Each step shown counts once without its target; a task under way once per unclear screen. */
  function countFailures(): void {
    const { flow, match, tab } = state;
    if (!deps.countFailure || !flow) return;
    let kind: 'no-target' | 'unsure' | undefined;
    let stepId: string | undefined;
    if (match && state.targetMissing) {
      kind = 'no-target';
      stepId = match.step.id;
    } else if (
      !match &&
      state.recognition?.kind === 'unsure' &&
      tab?.lastStepId &&
      !tab.done &&
      tab.flowId === flow.id
    ) {
      kind = 'unsure';
      stepId = tab.lastStepId;
    }
    if (!kind || !stepId) return;
    const key = `${state.stepKey}|${state.page?.url.pathname ?? ''}|${kind}`;
    if (key === counted) return;
    counted = key;
    deps.countFailure({ flow: flow.id, step: stepId, kind });
  }

  /** Recognition → flow → step (or the one the person chose); true when the step changed. */
  function chooseStep(view: PageView, settings: Settings, seen?: Recognition): boolean {
    const fits = fittingCorrections(view, portalPages, state.corrections);
    state.fitting = fits.fitting;
    const recognition =
      seen && fits.taught.size === 0 ? seen : recognise(portalPages, view, { taught: fits.taught, verdict: true });
    state.recognition = recognition;
    const pageId = recognisedPage(view, recognition);
    const choice = chooseFlow({
      flows: activeFlows(core),
      pages: deps.pages,
      portal: deps.portal,
      pageId,
      tab: state.tab,
      profile: settings.profile,
    });
    state.unsure =
      recognition.kind === 'unsure' && pageId === undefined
        ? {
            candidates: recognition.candidates.map((page) => ({ id: page.id, title: page.title })),
            steps: (choice?.flow.steps ?? []).map((step, index) => ({ index, page: step.page, title: step.title })),
          }
        : undefined;
    const previousKey = state.stepKey;
    const flow = choice?.flow;
    state.flow = flow;
    state.match = choice?.match;
    state.where = `${view.url.pathname}|${pageId ?? ''}`;
    const { chosenStep } = state;
    if (chosenStep && (chosenStep.where !== state.where || chosenStep.flowId !== flow?.id))
      state.chosenStep = undefined;
    const chosen = state.chosenStep && flow ? flow.steps[state.chosenStep.index] : undefined;
    const chosenPage = chosen ? deps.pages.get(chosen.page) : undefined;
    state.offPage = false;
    if (flow && chosen && chosenPage && state.chosenStep) {
      const index = state.chosenStep.index;
      const here = state.match?.index === index ? state.match : undefined;
      state.match = here ?? { flow, step: chosen, index, page: chosenPage };
      state.offPage = chosen.page !== pageId && here === undefined;
    }
    const { match } = state;
    state.stepKey = match ? `${match.flow.id}/${match.step.id}/${match.page.id}` : flow ? `${flow.id}/-` : '-';
    const stepChanged = state.stepKey !== previousKey;
    if (stepChanged) startStep(choice?.chosenBy);
    return stepChanged;
  }

  /** A new step is shown: its features start over, the card announces it, the tab remembers it. */
  function startStep(chosenBy: TabState['chosenBy'] | undefined): void {
    const { flow, match, tab } = state;
    state.stepController?.abort();
    state.stepController = new AbortController();
    state.stepShownAt = now();
    state.targetMissing = false;
    state.fieldWarnings = [];
    marking.clear();
    if (match) {
      const number = match.index + 1;
      const title = textIn(match.problem?.title ?? match.step.title, lang(state));
      state.announcement = `${stepCount(lang(state), number, match.flow.steps.length)}: ${title}`;
      // Then the card says what to look for, if the target is still not there (a found one that
      // goes away is a mutation: no need to look again for it, on a page that may be big).
      const key = state.stepKey;
      deps.scheduler.setTimeout(() => {
        if (state.stepKey === key && !state.target?.isConnected) core.tickSoon();
      }, TARGET_TIMEOUT_MS + 50);
    } else {
      state.announcement = '';
    }
    // A step read ahead on another screen is not progress: the tab state stays as the page says.
    if (flow && chosenBy && !state.offPage) {
      const next: TabState = {
        flowId: flow.id,
        chosenBy,
        lastStepId: match?.step.id ?? tab?.lastStepId,
        lastIndex: match?.index ?? tab?.lastIndex,
        service: tab?.service,
        done: match ? match.step.completes.by === 'end' : tab?.done,
        updatedAt: now(),
      };
      if (tab?.flowId !== flow.id) {
        next.service = undefined;
        if (!match) {
          next.lastIndex = undefined;
          next.lastStepId = undefined;
        }
      }
      persist(core, next);
    }
  }

  return function tick(): void {
    const { settings } = state;
    if (deps.signal.aborted || !state.loaded || !settings) return;
    // Taken (or let go) on the first round: later, nothing would tell that it is stale.
    const look = deps.firstLook?.();
    if (state.ui === 'dismissed') {
      marking.clear();
      marking.positionRing();
      core.emit();
      deps.onTick?.();
      return;
    }
    const view = look?.view ?? readPage(deps.doc, deps.url?.());
    state.page = view;
    for (const root of view.roots) parts.observe(root);
    const stepChanged = chooseStep(view, settings, look?.recognition);
    const { match, offPage } = state;

    // Target: the element a correction for it names, else the flow's own fingerprint (but not
    // when the correction's element is there twice: then nothing is marked). None for a step the
    // person moved to that happens on another screen.
    const key = match && !match.problem && !offPage ? match.step.target : undefined;
    const spec = match && key ? match.page.targets[key] : undefined;
    const taught =
      match && key && spec ? taughtTarget(view, state.fitting, match.page.id, key) : { kind: 'none' as const };
    const found =
      taught.kind === 'found'
        ? { element: taught.element }
        : spec && taught.kind === 'none'
          ? findTarget(view, spec, vars(state))
          : undefined;
    if (state.target && !state.target.isConnected) marking.clear();
    marking.mark(view, found?.element, match?.step.id ?? '');
    if (!found) state.target = undefined;
    state.targetMissing = spec !== undefined && !found && now() - state.stepShownAt >= TARGET_TIMEOUT_MS;
    countFailures();

    parts.features.run(view, stepChanged);
    if (stepChanged) parts.fields.checkFilled(view);
    marking.positionRing();
    core.emit();
    // Look again later only for what no observer would report: a target not yet shown (styles
    // may still load), or, on an unclear page, components that may still render unseen. A plain,
    // unknown page (news, help) is then left alone: its mutations are observed.
    parts.settle.maybe(
      (spec !== undefined && !found) || mayRenderUnseen(view, (node) => deps.isOwnNode?.(node) ?? false),
    );
    deps.onTick?.();
  };
}
