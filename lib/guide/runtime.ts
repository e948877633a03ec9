/**
 * The guide at run time, on one portal page: it watches the page, derives the flow and step,
 * finds and marks the target, runs the step's live checks and keeps a `GuideView` that the
 * overlay draws.
 *
 * Design note:
 * - Everything hangs on one AbortSignal and a scheduler (the WXT `ctx` in the content script,
 *   plain timers in tests): the MutationObserver(s), listeners and timers stop when it aborts.
 * - Mutations (document and every open shadow root) and `wxt:locationchange` only *schedule* a
 *   tick; a tick runs at most once per animation frame and costs one walk of the page
 *   (`readPage`). Nothing else happens per mutation.
 * - The target element carries `data-loketgids-target="<step id>"` only while its step is shown;
 *   a tick removes it from any other element and from a target the page has replaced.
 * - Field checks listen for `input`/`change` on the document (capture, composed path), so a field
 *   inside a shadow root or re-rendered by a single-page app is still checked.
 */
import { formatKbo, normaliseKboInput, parseKbo } from '../ids';
import type { ClientSummary } from '../messaging';
import type { PortalId } from '../portals';
import type { Settings, State } from '../state';
import {
  checkKboField,
  checkKboOrNameField,
  checkRrnField,
  compareTopKbo,
  type GuideWarning,
  readyToCheck,
  topKbo,
} from './checks';
import type { StepMatch } from './detect';
import { type PageView, readPage } from './dom';
import { type ExplainAdapter, type ExplanationView, type FactInfo, SERVICE_OBSERVATIONS } from './explain';
import { fillAsPerson, isFillable } from './fill';
import { type Recognition, recognise } from './recognise';
import type { Feature, Flow, PageState, Text } from './schema';
import { chooseFlow } from './select';
import { readServices, sameService } from './services';
import type { TabState } from './tab-state';
import { findTarget } from './target';

export const TARGET_ATTRIBUTE = 'data-loketgids-target';
/** After this long without finding the target, the card says in words what to look for. */
export const TARGET_TIMEOUT_MS = 3000;
const SETTLE_MS = 700;
/** Mutations are coalesced: detect after this long without a change… */
export const QUIET_MS = 60;
/** …or at the latest this long after the first change of a burst. */
export const MAX_WAIT_MS = 250;

export type UiMode = 'open' | 'collapsed' | 'dismissed';

export interface ServiceView {
  title: string;
  status: 'available' | 'right-missing';
  chosen: boolean;
  explanation?: ExplanationView;
}

export interface StepView {
  flowId: string;
  stepId: string;
  /** 1-based. */
  number: number;
  total: number;
  title: Text;
  instruction: Text;
  check?: Text;
  completes: Text;
  done: boolean;
  problem: boolean;
}

/** Everything the overlay draws. A new object whenever something visible changed. */
export interface GuideView {
  portal: PortalId;
  lang: 'nl' | 'en';
  ui: UiMode;
  flows: { id: string; title: Text }[];
  flowId?: string;
  step?: StepView;
  target: 'none' | 'searching' | 'found' | 'missing';
  lookFor?: Text;
  warnings: GuideWarning[];
  picker?: { query: string; clients: ClientSummary[]; active: ClientSummary | null; loading: boolean };
  services?: ServiceView[];
  explanations: ExplanationView[];
  facts?: { title: Text; items: FactInfo[] };
  /**
   * The page looks like more than one screen (or like one, but not clearly enough): the likeliest
   * screens to pick from, and the flow's steps. Nothing is marked on the page meanwhile.
   */
  unsure?: { candidates: { id: string; title: Text }[]; steps: { index: number; page: string; title: Text }[] };
  /** The user said which screen this is (shown so it can be undone). */
  pinned?: boolean;
  /** Text for the aria-live region: changes when the step changes. */
  announcement: string;
}

export interface Scheduler {
  requestAnimationFrame(cb: () => void): number;
  setTimeout(cb: () => void, ms: number): number;
}

export interface Ring {
  /** Put the ring around this rectangle (viewport coordinates), or hide it with null. */
  show(rect: DOMRect | null): void;
}

export interface GuideDeps {
  doc: Document;
  portal: PortalId;
  flows: readonly Flow[];
  pages: ReadonlyMap<string, PageState>;
  signal: AbortSignal;
  scheduler: Scheduler;
  ring?: Ring;
  /** The overlay's host element (never observed, never read). */
  isOwnNode?: (node: Node) => boolean;
  readState(): Promise<State>;
  watchState(cb: (state: State) => void, signal: AbortSignal): void;
  loadTabState(): Promise<TabState | null>;
  saveTabState(state: TabState | null): Promise<void>;
  searchClients(query: string): Promise<ClientSummary[]>;
  getClient(kbo: string): Promise<ClientSummary | null>;
  setActiveClient(kbo: string | null): Promise<void>;
  loadUi(): Promise<UiMode>;
  saveUi(mode: UiMode): Promise<void>;
  explain: ExplainAdapter;
  /** Remember an observation that proves a right missing, for the popup's Rechtencheck. */
  recordObservation?(entry: { observation: string; page: string; goal?: string }): void;
  now?: () => number;
  /** Called after each tick (tests, bench). */
  onTick?: () => void;
}

export interface Guide {
  getView(): GuideView;
  subscribe(listener: (view: GuideView) => void): () => void;
  /** Run detection now (tests); the runtime otherwise ticks on its own. */
  tick(): void;
  /** Detect again on the next animation frame (after an in-page navigation, `wxt:locationchange`). */
  schedule(): void;
  ready: Promise<void>;
  chooseFlow(flowId: string): void;
  chooseService(title: string): void;
  /** The user says which screen this is (from the unsure card): a page-state id, or null to undo. */
  choosePage(pageId: string | null): void;
  /** The last recognition (tests, the bench, the report). */
  getRecognition(): Recognition | undefined;
  searchClients(query: string): void;
  /** Fill the portal's KBO field with a client's number (only ever from a click in the card). */
  pickClient(client: ClientSummary): Promise<void>;
  setUi(mode: UiMode): void;
}

function fieldOf(feature: Feature): string | undefined {
  return 'field' in feature ? (feature as { field?: string }).field : undefined;
}

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
  const listeners = new Set<(view: GuideView) => void>();

  let settings: Settings | undefined;
  let activeClient: ClientSummary | null = null;
  let clientsRevision = -1;
  let tab: TabState | null = null;
  let ui: UiMode = 'open';
  let loaded = false;

  let match: StepMatch | undefined;
  let flow: Flow | undefined;
  let stepKey = '';
  let stepShownAt = 0;
  let target: Element | undefined;
  let targetMissing = false;
  let fieldWarnings: GuideWarning[] = [];
  let topWarnings: GuideWarning[] = [];
  let services: ServiceView[] | undefined;
  const serviceExplanations = new Map<string, ExplanationView | undefined>();
  let explanations: ExplanationView[] = [];
  let facts: GuideView['facts'];
  let picker: GuideView['picker'];
  let announcement = '';
  let lastView: GuideView | undefined;
  let lastSignature = '';
  let pending = 0;
  let settleTimer = 0;
  let settleValue = '';
  let searchSeq = 0;
  let stepController: AbortController | undefined;
  let lastView_: PageView | undefined;
  let recognition: Recognition | undefined;
  let unsure: GuideView['unsure'];
  let pinnedNow = false;
  const portalPages = [...deps.pages.values()].filter((page) => page.id.startsWith(`${portal}.`));
  const observed = new WeakSet<Node>();

  const lang = () => settings?.lang ?? 'nl';

  // ---------------------------------------------------------------- view

  function buildView(): GuideView {
    const step = match?.step;
    const flows = deps.flows.filter((f) => f.portal === portal).map((f) => ({ id: f.id, title: f.title }));
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
        done: step.completes.by === 'end',
        problem: problem !== undefined,
      };
    }
    const targetSpec = step?.target && !match?.problem ? match?.page.targets[step.target] : undefined;
    const targetState: GuideView['target'] = !targetSpec
      ? 'none'
      : target
        ? 'found'
        : targetMissing
          ? 'missing'
          : 'searching';
    return {
      portal,
      lang: lang(),
      ui,
      flows,
      flowId: flow?.id,
      step: stepView,
      target: targetState,
      lookFor: targetState === 'missing' ? targetSpec?.lookFor : undefined,
      warnings: [...topWarnings, ...fieldWarnings],
      picker,
      services,
      explanations,
      facts,
      unsure,
      pinned: pinnedNow || undefined,
      announcement,
    };
  }

  function emit(): void {
    const view = buildView();
    const signature = JSON.stringify(view, (key, value) => (key === 'button' ? undefined : value));
    if (signature === lastSignature && lastView) return;
    lastSignature = signature;
    lastView = view;
    for (const listener of listeners) listener(view);
  }

  // ---------------------------------------------------------------- scheduling

  /**
   * Detect again soon. Mutations come in bursts (a single-page app re-rendering, a ticker
   * updating): they are coalesced — the tick runs once the page has been quiet for
   * `QUIET_MS`, or at the latest `MAX_WAIT_MS` after the first change — so a page mutating 100
   * times a second costs a few detections a second, not one per frame.
   */
  let firstChange = 0;
  let quietTimer = 0;
  /** Detect on the next frame: after a navigation, a timer, a person's choice. */
  function tickSoon(): void {
    if (signal.aborted || soon) return;
    soon = scheduler.requestAnimationFrame(() => {
      soon = 0;
      tick();
    });
  }
  let soon = 0;
  /** Detect once a burst of mutations is over. */
  function schedule(): void {
    if (signal.aborted) return;
    const at = now();
    if (!pending) firstChange = at;
    pending = 1;
    if (quietTimer) clearTimeout(quietTimer);
    const wait = Math.max(0, Math.min(QUIET_MS, firstChange + MAX_WAIT_MS - at));
    quietTimer = scheduler.setTimeout(() => {
      quietTimer = 0;
      scheduler.requestAnimationFrame(() => {
        pending = 0;
        tick();
      });
    }, wait);
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (deps.isOwnNode?.(record.target)) continue;
      settle.reset();
      schedule();
      return;
    }
  });

  /**
   * Late rendering: an app shell or a component may attach and fill a shadow root a second after
   * load, which no observer of the document sees (a MutationObserver does not reach into roots
   * attached later). While the page is unsure, a target is missing, or custom elements are not
   * defined yet, the guide looks again after 0.2, 0.4, 0.8, 1.6, 3.2 and 6.4 s, observing every
   * new root it finds; then it stops, so an idle page costs nothing. Any mutation or navigation
   * starts the series again.
   */
  const settle = (() => {
    const DELAYS = [200, 400, 800, 1600, 3200, 6400];
    let index = 0;
    let waiting = false;
    return {
      reset() {
        index = 0;
      },
      maybe(needed: boolean) {
        if (!needed || waiting || index >= DELAYS.length || signal.aborted) return;
        waiting = true;
        scheduler.setTimeout(() => {
          waiting = false;
          index++;
          schedule();
        }, DELAYS[index] ?? 0);
      },
    };
  })();

  function componentsPending(view: PageView): boolean {
    try {
      return view.roots.some((root) => root.querySelector(':not(:defined)') !== null);
    } catch {
      return false;
    }
  }
  const observeOptions: MutationObserverInit = {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'style', 'class', 'open', 'disabled', 'value', 'aria-hidden', 'aria-expanded'],
  };
  function observe(root: Node): void {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, observeOptions);
  }
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTarget();
    deps.ring?.show(null);
  });

  // ---------------------------------------------------------------- target marking

  function clearTarget(): void {
    if (target) target.removeAttribute(TARGET_ATTRIBUTE);
    target = undefined;
  }

  function markTarget(view: PageView, element: Element | undefined, stepId: string): void {
    if (target && target !== element) clearTarget();
    // No stale marks: a re-rendered page or an earlier step may have left one elsewhere.
    for (const marked of view.queryAll(`[${TARGET_ATTRIBUTE}]`)) {
      if (marked !== element) marked.removeAttribute(TARGET_ATTRIBUTE);
    }
    if (element) {
      if (element.getAttribute(TARGET_ATTRIBUTE) !== stepId) element.setAttribute(TARGET_ATTRIBUTE, stepId);
      target = element;
    }
  }

  function positionRing(): void {
    if (!deps.ring) return;
    if (!target?.isConnected || ui === 'dismissed') {
      deps.ring.show(null);
      watchLayout(undefined);
      return;
    }
    deps.ring.show(target.getBoundingClientRect());
    watchLayout(target);
  }

  // The ring follows its target when layout moves without any DOM mutation (a stylesheet that
  // loads late, fonts, a panel that opens above it): a ResizeObserver on the target and on the
  // page's body, plus scroll and resize events. No per-frame loop: an idle page costs nothing.
  let layoutWatched: Element | undefined;
  let layoutFrame = 0;
  const reposition = () => {
    if (layoutFrame || signal.aborted) return;
    layoutFrame = scheduler.requestAnimationFrame(() => {
      layoutFrame = 0;
      if (target?.isConnected && ui !== 'dismissed' && deps.ring) deps.ring.show(target.getBoundingClientRect());
    });
  };
  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(reposition) : undefined;
  signal.addEventListener('abort', () => resizes?.disconnect());
  function watchLayout(element: Element | undefined): void {
    if (element === layoutWatched || !resizes) return;
    resizes.disconnect();
    layoutWatched = element;
    if (!element) return;
    resizes.observe(element);
    if (doc.body) resizes.observe(doc.body);
  }

  // ---------------------------------------------------------------- features

  function vars(): Record<string, string | undefined> {
    return { ownOrganisation: settings?.ownOrganisation?.name, service: tab?.service ?? serviceOfFlow() };
  }

  function serviceOfFlow(): string | undefined {
    for (const step of flow?.steps ?? []) {
      for (const feature of step.features) if (feature.kind === 'services' && feature.service) return feature.service;
    }
    return undefined;
  }

  function features(): Feature[] {
    if (!match) return [];
    return match.problem ? match.problem.features : match.step.features;
  }

  function fieldElement(view: PageView, key: string): Element | undefined {
    const spec = match?.page.targets[key];
    return spec ? findTarget(view, spec, vars())?.element : undefined;
  }

  function goal(): string | undefined {
    return flow?.goal;
  }

  function explainServices(view: PageView, feature: Extract<Feature, { kind: 'services' }>): ServiceView[] {
    const chosenTitle = feature.service ?? tab?.service;
    return readServices(view).map((service) => {
      let explanation: ExplanationView | undefined;
      if (service.status === 'right-missing') {
        const key = `${flow?.id}|${service.title}|${(settings?.facts ?? []).join(',')}|${lang()}`;
        if (!serviceExplanations.has(key)) {
          serviceExplanations.set(key, deps.explain.forService({ goal: goal(), service: service.title, settings }));
          const known = SERVICE_OBSERVATIONS.find((s) => sameService(service.title, s.service));
          if (known) {
            deps.recordObservation?.({
              observation: known.observation,
              page: match?.page.id ?? known.page,
              goal: known.goal,
            });
          }
        }
        explanation = serviceExplanations.get(key);
      }
      return {
        title: service.title,
        status: service.status,
        chosen: chosenTitle !== undefined && sameService(service.title, chosenTitle),
        explanation,
      };
    });
  }

  function runFeatures(view: PageView, stepChanged: boolean): void {
    topWarnings = [];
    services = undefined;
    if (stepChanged) {
      explanations = [];
      facts = undefined;
    }
    let hasPicker = false;
    for (const feature of features()) {
      switch (feature.kind) {
        case 'top-kbo-check':
          topWarnings = compareTopKbo(topKbo(view), activeClient);
          break;
        case 'services':
          services = explainServices(view, feature);
          break;
        case 'explain':
          if (stepChanged) {
            const found = deps.explain.forObservation({ goal: goal(), observation: feature.observation, settings });
            if (found) {
              explanations = [...explanations, found];
              deps.recordObservation?.({
                observation: feature.observation,
                page: match?.page.id ?? 'onbekend',
                goal: goal(),
              });
            }
          }
          break;
        case 'facts':
          if (stepChanged) facts = { title: feature.title, items: deps.explain.facts(feature.facts) };
          break;
        case 'client-picker':
          hasPicker = true;
          break;
        default:
          break;
      }
    }
    if (hasPicker && !picker) {
      picker = { query: '', clients: [], active: activeClient, loading: true };
      doSearch('');
    } else if (!hasPicker) {
      picker = undefined;
    } else if (picker) {
      picker = { ...picker, active: activeClient };
    }
  }

  async function checkField(kind: Feature['kind'], value: string, settled: boolean): Promise<GuideWarning[]> {
    switch (kind) {
      case 'kbo-field-check':
      case 'client-picker': {
        if (!readyToCheck(value, 10, settled)) return [];
        const parsed = parseKbo(value);
        const client = parsed.ok ? await deps.getClient(parsed.value).catch(() => null) : null;
        return checkKboField(value, client);
      }
      case 'kbo-or-name-check':
        return readyToCheck(value, 10, settled) ? checkKboOrNameField(value) : [];
      case 'rrn-field-check':
        return readyToCheck(value, 11, settled) ? checkRrnField(value) : [];
      default:
        return [];
    }
  }

  /** The field features of the step whose field is `element`. */
  function fieldFeatureFor(element: Element): Feature | undefined {
    const view = lastView_;
    if (!view) return undefined;
    for (const feature of features()) {
      const key = fieldOf(feature);
      if (key && fieldElement(view, key) === element) return feature;
    }
    return undefined;
  }

  async function onFieldValue(element: Element, settled: boolean): Promise<void> {
    const feature = fieldFeatureFor(element);
    if (!feature || !isFillable(element)) return;
    const value = element.value;
    const key = stepKey;
    const warnings = await checkField(feature.kind, value, settled);
    if (key !== stepKey || signal.aborted) return;
    // Only the latest value counts (typing goes on while a client look-up is under way).
    if (element.value !== value) return;
    fieldWarnings = warnings;
    emit();
  }

  function onInput(event: Event): void {
    const element = event.composedPath()[0];
    if (!(element instanceof Element) || !isFillable(element)) return;
    if (!fieldFeatureFor(element)) return;
    void onFieldValue(element, event.type === 'change');
    settleValue = element.value;
    if (settleTimer) clearTimeout(settleTimer);
    settleTimer = scheduler.setTimeout(() => {
      settleTimer = 0;
      // The person stopped typing: now a short number is called what it is.
      if (element.value === settleValue) void onFieldValue(element, true);
    }, SETTLE_MS);
  }

  // ---------------------------------------------------------------- tick

  function persist(next: TabState): void {
    tab = next;
    void deps.saveTabState(next);
  }

  /**
   * The page state to guide on: what recognition is sure of; else the screen the user picked
   * for this URL path (until the page is clearly another screen).
   */
  function recognisedPage(view: PageView, found: Recognition): string | undefined {
    const pin = tab?.pinned;
    const pinHolds = pin !== undefined && pin.path === view.url.pathname;
    pinnedNow = false;
    if (found.kind === 'sure') {
      if (pin && (!pinHolds || pin.pageId !== found.page.id)) {
        if (!pinHolds) persist({ ...(tab as TabState), pinned: undefined, updatedAt: now() });
      }
      if (
        !(
          pinHolds &&
          pin &&
          pin.pageId !== found.page.id &&
          found.scores[0]?.score !== undefined &&
          found.scores[0].score < 0.85
        )
      ) {
        return found.page.id;
      }
    }
    if (pinHolds && pin) {
      pinnedNow = true;
      return pin.pageId;
    }
    return undefined;
  }

  function tick(): void {
    if (signal.aborted || !loaded || !settings) return;
    if (ui === 'dismissed') {
      clearTarget();
      positionRing();
      emit();
      deps.onTick?.();
      return;
    }
    const view = readPage(doc);
    lastView_ = view;
    for (const root of view.roots) observe(root);

    recognition = recognise(portalPages, view);
    const pageId = recognisedPage(view, recognition);
    const choice = chooseFlow({
      flows: deps.flows,
      pages: deps.pages,
      portal,
      pageId,
      tab,
      profile: settings.profile,
    });
    unsure =
      recognition.kind === 'unsure' && pageId === undefined
        ? {
            candidates: recognition.candidates.map((page) => ({ id: page.id, title: page.title })),
            steps: (choice?.flow.steps ?? []).map((step, index) => ({ index, page: step.page, title: step.title })),
          }
        : undefined;
    const previousKey = stepKey;
    flow = choice?.flow;
    match = choice?.match;
    stepKey = match ? `${match.flow.id}/${match.step.id}/${match.page.id}` : flow ? `${flow.id}/-` : '-';
    const stepChanged = stepKey !== previousKey;

    if (stepChanged) {
      stepController?.abort();
      stepController = new AbortController();
      stepShownAt = now();
      targetMissing = false;
      fieldWarnings = [];
      clearTarget();
      if (match) {
        const number = match.index + 1;
        const title = (match.problem?.title ?? match.step.title)[lang()];
        announcement =
          lang() === 'nl'
            ? `Stap ${number} van ${match.flow.steps.length}: ${title}`
            : `Step ${number} of ${match.flow.steps.length}: ${title}`;
        scheduler.setTimeout(tickSoon, TARGET_TIMEOUT_MS + 50);
      } else {
        announcement = '';
      }
      if (flow && choice) {
        const next: TabState = {
          flowId: flow.id,
          chosenBy: choice.chosenBy,
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
        persist(next);
      }
    }

    // Target.
    const spec = match && !match.problem && match.step.target ? match.page.targets[match.step.target] : undefined;
    const found = spec && match ? findTarget(view, spec, vars()) : undefined;
    if (target && !target.isConnected) clearTarget();
    markTarget(view, found?.element, match?.step.id ?? '');
    if (!found) target = undefined;
    targetMissing = spec !== undefined && !found && now() - stepShownAt >= TARGET_TIMEOUT_MS;

    runFeatures(view, stepChanged);
    // A field already holding a value when its step appears (reload, browser autofill) is checked too.
    if (stepChanged) {
      for (const feature of features()) {
        const key = fieldOf(feature);
        const element = key ? fieldElement(view, key) : undefined;
        if (isFillable(element) && element.value.trim() !== '') void onFieldValue(element, true);
      }
    }
    positionRing();
    emit();
    settle.maybe(recognition.kind !== 'sure' || (spec !== undefined && !found) || componentsPending(view));
    deps.onTick?.();
  }

  // ---------------------------------------------------------------- client list

  function doSearch(query: string): void {
    const seq = ++searchSeq;
    deps
      .searchClients(query)
      .then((clients) => {
        if (seq !== searchSeq || !picker) return;
        picker = { ...picker, query, clients, loading: false };
        emit();
      })
      .catch(() => {
        if (seq !== searchSeq || !picker) return;
        picker = { ...picker, query, clients: [], loading: false };
        emit();
      });
  }

  // ---------------------------------------------------------------- start

  const win = doc.defaultView;
  const listen = (target: EventTarget, type: string, handler: (event: Event) => void, capture = false) =>
    target.addEventListener(type, handler, { capture, passive: true, signal });
  listen(doc, 'input', onInput, true);
  listen(doc, 'change', onInput, true);
  if (win) {
    const navigated = () => {
      settle.reset();
      tickSoon();
    };
    listen(win, 'wxt:locationchange', navigated);
    listen(win, 'popstate', navigated);
    listen(win, 'resize', reposition);
    listen(win, 'scroll', reposition, true);
  }
  observe(doc);

  const ready = (async () => {
    const [state, loadedTab, loadedUi] = await Promise.all([
      deps.readState(),
      deps.loadTabState(),
      deps.loadUi().catch((): UiMode => 'open'),
    ]);
    settings = state.settings;
    activeClient = state.activeClient;
    clientsRevision = state.clientsRevision;
    tab = loadedTab;
    ui = loadedUi;
    loaded = true;
    deps.watchState((next) => {
      const revised = next.clientsRevision !== clientsRevision;
      settings = next.settings;
      activeClient = next.activeClient;
      clientsRevision = next.clientsRevision;
      serviceExplanations.clear();
      if (revised && picker) doSearch(picker.query);
      schedule();
      emit();
    }, signal);
    tick();
  })();

  return {
    ready,
    getView() {
      return lastView ?? buildView();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    tick,
    schedule: () => {
      settle.reset();
      tickSoon();
    },
    chooseFlow(flowId) {
      const chosen = deps.flows.find((f) => f.id === flowId);
      if (!chosen) return;
      persist({ flowId, chosenBy: 'user', updatedAt: now() });
      stepKey = '';
      tick();
    },
    chooseService(title) {
      if (!flow) return;
      persist({ ...(tab ?? { flowId: flow.id, chosenBy: 'default' }), service: title, updatedAt: now() });
      serviceExplanations.clear();
      tick();
    },
    choosePage(pageId) {
      const view = lastView_ ?? readPage(doc);
      const base: TabState = tab ?? {
        flowId: flow?.id ?? deps.flows[0]?.id ?? '',
        chosenBy: 'default',
        updatedAt: now(),
      };
      persist({
        ...base,
        pinned: pageId === null ? undefined : { pageId, path: view.url.pathname },
        updatedAt: now(),
      });
      stepKey = '';
      tick();
    },
    getRecognition() {
      return recognition;
    },
    searchClients(query) {
      if (!picker) return;
      picker = { ...picker, query, loading: true };
      emit();
      doSearch(query);
    },
    async pickClient(client) {
      const view = readPage(doc);
      lastView_ = view;
      const feature = features().find((f) => f.kind === 'client-picker');
      const key = feature ? fieldOf(feature) : undefined;
      const field = key ? fieldElement(view, key) : undefined;
      if (client.school) {
        fieldWarnings = checkKboField(client.kbo, client);
        emit();
        return;
      }
      if (!isFillable(field)) {
        fieldWarnings = [
          {
            id: 'kbo-veld-niet-gevonden',
            level: 'warning',
            text: {
              nl: `Het veld KBO-nummer is niet gevonden. Typ ${formatKbo(client.kbo)} zelf in.`,
              en: `The KBO number field was not found. Type ${formatKbo(client.kbo)} yourself.`,
            },
          },
        ];
        emit();
        return;
      }
      fillAsPerson(field, normaliseKboInput(client.kbo));
      fieldWarnings = checkKboField(client.kbo, client);
      await deps.setActiveClient(client.kbo).catch(() => undefined);
      activeClient = client;
      if (picker) picker = { ...picker, active: client };
      emit();
    },
    setUi(mode) {
      ui = mode;
      void deps.saveUi(mode);
      if (mode === 'dismissed') {
        clearTarget();
        positionRing();
      }
      tick();
      emit();
    },
  };
}
