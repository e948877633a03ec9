/**
 * The guide at run time, on one portal page: it watches the page, derives the flow and step,
 * finds and marks the target, runs the step's live checks and keeps a `GuideView` that the
 * overlay draws. This file wires the parts (lib/guide/runtime/, one job each):
 *
 * - state.ts: the one state object the parts share, and the `Core` each factory takes;
 * - watch.ts: mutations and navigation schedule a tick (lib/guide/schedule.ts decides when);
 * - tick.ts: one detection round — recognition → flow → chosen step → target → features;
 * - marking.ts: the target's mark and the ring; fields.ts: the live field checks;
 * - client-picker.ts: the client list and filling the KBO field; teaching.ts: report and teach;
 * - features.ts: running the step's features; card-view.ts: the view the overlay draws.
 *
 * Design note:
 * - Everything hangs on one AbortSignal and a scheduler (the WXT `ctx` in the content script,
 *   plain timers in tests): the MutationObserver(s), listeners and timers stop when it aborts.
 * - Mutations (document and every open shadow root) and `wxt:locationchange` only *schedule* a
 *   tick; a tick runs at most once per animation frame and costs one walk of the page
 *   (`readPage`). Nothing else happens per mutation.
 * - The target element carries `data-loketgids-target="<step id>"` only while its step is shown;
 *   a tick removes it from any other element and from a target the page has replaced.
 */
import { readPage } from './dom';
import { createViews } from './runtime/card-view';
import { createClientPicker } from './runtime/client-picker';
import { createFeatureRunner } from './runtime/features';
import { createFieldChecks } from './runtime/fields';
import { createMarking } from './runtime/marking';
import { activeFlows, type Core, createState, persist } from './runtime/state';
import { createTeaching } from './runtime/teaching';
import { createTick } from './runtime/tick';
import { watchPage } from './runtime/watch';
import { createTicker } from './schedule';
import type { TabState } from './tab-state';
import type { Guide, GuideDeps, UiMode } from './view';

export { TARGET_ATTRIBUTE } from './runtime/marking';
export { TARGET_TIMEOUT_MS } from './runtime/tick';
export { MAX_WAIT_MS, QUIET_MS } from './schedule';

export type { Guide, GuideDeps, GuideView, Ring, Scheduler, ServiceView, StepView, UiMode } from './view';

/**
 * Start the guide on a page.
 *
 * @example
 * const guide = startGuide({ doc: document, portal: 'wse', flows: FLOWS, pages: PAGES, signal: ctx.signal, scheduler: ctx, … });
 * guide.subscribe((view) => render(<Overlay view={view} guide={guide} />, container));
 */
export function startGuide(deps: GuideDeps): Guide {
  const { doc, portal, signal, scheduler } = deps;
  const now = deps.now ?? (() => Date.now());
  const state = createState();
  const ticker = createTicker({ scheduler, signal, now, tick: () => tick() });
  const core: Core = {
    deps,
    state,
    now,
    portalPages: [...deps.pages.values()].filter((page) => page.id.startsWith(`${portal}.`)),
    emit: () => views.emit(),
    tickSoon: ticker.tickSoon,
    tick: () => tick(),
  };
  const views = createViews(core);
  const marking = createMarking(core);
  const picker = createClientPicker(core);
  const features = createFeatureRunner(core, picker);
  const fields = createFieldChecks(core);
  const watch = watchPage(core, ticker, marking.reposition);
  const tick = createTick(core, { marking, features, fields, observe: watch.observe, settle: ticker.settle });
  /** Detect again on the next frame, and look again for late rendering from the start. */
  const again = () => {
    ticker.settle.reset();
    ticker.tickSoon();
  };

  const ready = (async () => {
    const [loaded, tab, ui, extras] = await Promise.all([
      deps.readState(),
      deps.loadTabState(),
      deps.loadUi().catch((): UiMode => 'open'),
      deps.loadExtras?.().catch(() => undefined),
    ]);
    state.corrections = extras?.corrections ?? [];
    state.policyDisabled = extras?.disabledFlows ?? [];
    state.packSteps = extras?.steps ?? [];
    deps.watchExtras?.((next) => {
      state.corrections = next.corrections;
      state.policyDisabled = next.disabledFlows;
      state.packSteps = next.steps;
      state.stepKey = '';
      again();
    }, signal);
    state.settings = loaded.settings;
    state.activeClient = loaded.activeClient;
    state.clientsRevision = loaded.clientsRevision;
    state.tab = tab;
    state.ui = ui;
    state.loaded = true;
    deps.watchState((next) => {
      const revised = next.clientsRevision !== state.clientsRevision;
      state.settings = next.settings;
      state.activeClient = next.activeClient;
      state.clientsRevision = next.clientsRevision;
      features.forget();
      if (revised) picker.refresh();
      ticker.schedule();
      views.emit();
    }, signal);
    tick();
  })();

  return {
    ready,
    getView: views.get,
    subscribe: views.subscribe,
    tick,
    schedule: again,
    chooseFlow(flowId) {
      if (!activeFlows(core).some((f) => f.id === flowId)) return;
      persist(core, { flowId, chosenBy: 'user', updatedAt: now() });
      state.stepKey = '';
      tick();
    },
    chooseService(title) {
      const { flow, tab } = state;
      if (!flow) return;
      persist(core, { ...(tab ?? { flowId: flow.id, chosenBy: 'default' }), service: title, updatedAt: now() });
      features.forget();
      tick();
    },
    goToStep(index) {
      const { flow } = state;
      if (!flow || (index !== null && (!Number.isSafeInteger(index) || index < 0 || index >= flow.steps.length)))
        return;
      state.chosenStep = index === null ? undefined : { index, flowId: flow.id, where: state.where };
      tick();
    },
    choosePage(pageId) {
      const view = state.page ?? readPage(doc, deps.url?.());
      const base: TabState = state.tab ?? {
        flowId: state.flow?.id ?? deps.flows[0]?.id ?? '',
        chosenBy: 'default',
        updatedAt: now(),
      };
      persist(core, {
        ...base,
        pinned: pageId === null ? undefined : { pageId, path: view.url.pathname },
        updatedAt: now(),
      });
      state.stepKey = '';
      tick();
    },
    getRecognition: () => state.recognition,
    ...createTeaching(core),
    searchClients: picker.search,
    pickClient: picker.pick,
    setUi(mode) {
      state.ui = mode;
      void deps.saveUi(mode);
      if (mode === 'dismissed') {
        marking.clear();
        marking.positionRing();
      }
      tick();
      views.emit();
    },
  };
}
