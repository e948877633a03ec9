/**
 * What the Oefenmodus does, without its view: which flow or scenario is being shown, which step,
 * the look of the replicas, presenter keys and auto-play. The page (components/practice) draws
 * it and gives it a `load(fileUrl)` that points the frame at a replica file; the frame's guide
 * reports back what it shows (`onView`), so the step list follows the guide, not the other way
 * round: when the trainer clicks through the replica itself, the list moves with the guide.
 *
 * The tab state the guide keeps per browser tab on a real portal lives here (and in the page's
 * sessionStorage, through `persist`), so a reload of the Oefenmodus keeps the demo where it was.
 *
 * @example
 * const practice = createPracticeController({ load: (url) => (frame.src = url) });
 * practice.startFlow('wse.vov.terugbetaling'); // loads the replica of step 1
 * practice.key('PageDown'); // presenter mode: step 2
 */
import { findGuideFlow, PAGES_BY_ID } from '../flows/registry';
import type { Flow } from '../guide/schema';
import type { TabState } from '../guide/tab-state';
import type { Settings } from '../state';
import type { PracticeViewSummary } from './bridge';
import { practicePage, practiceUrl } from './catalog';
import { practiceSettings } from './demo';
import { DEFAULT_LOOK, fileUrlFor, type PracticeLook, resolvePracticeLink, stepUrl } from './navigation';
import { findScenario, type Scenario } from './scenarios';

export const AUTOPLAY_DELAYS_MS = [3000, 5000, 8000, 12000] as const;

export interface PracticeState {
  look: PracticeLook;
  presenter: boolean;
  flowId?: string;
  scenarioId?: string;
  tab: TabState | null;
  /** What the frame's guide shows. */
  view?: PracticeViewSummary;
  /** The portal URL the frame shows (set by the page when the frame has loaded). */
  url?: string;
  autoplay: { on: boolean; delayMs: number };
  /** A link led where the practice portal has no page. */
  notice?: { kind: 'missing' | 'outside'; url: string };
}

export interface PracticeControllerDeps {
  load(fileUrl: string): void;
  persist?(state: PracticeState): void;
  restore?(): Partial<PracticeState> | undefined;
  now?: () => number;
  setTimeout?: (cb: () => void, ms: number) => number;
  clearTimeout?: (id: number) => void;
}

export interface PracticeController {
  getState(): PracticeState;
  subscribe(listener: (state: PracticeState) => void): () => void;
  flow(): Flow | undefined;
  scenario(): Scenario | undefined;
  /** The step index shown now (0-based), or undefined before a flow is chosen. */
  stepIndex(): number | undefined;
  startFlow(flowId: string): void;
  startScenario(id: string): void;
  goToStep(index: number): void;
  next(): boolean;
  previous(): boolean;
  /** A key from the page or the frame; true when used (presenter mode only). */
  key(key: string): boolean;
  setLook(look: Partial<PracticeLook>): void;
  setPresenter(on: boolean): void;
  setAutoplay(change: Partial<PracticeState['autoplay']>): void;
  /** The frame leads to this portal URL (a link or form in the replica). */
  navigate(url: string): void;
  onView(view: PracticeViewSummary): void;
  onLoaded(url: string): void;
  /** The settings the frame's guide runs with: the user's language, the scenario's profile and rights. */
  settings(base: Settings): Settings;
  loadTabState(): TabState | null;
  saveTabState(state: TabState | null): void;
  dismissNotice(): void;
  dispose(): void;
}

const NEXT_KEYS = new Set(['PageDown', 'ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['PageUp', 'ArrowLeft', 'ArrowUp']);

export function createPracticeController(deps: PracticeControllerDeps): PracticeController {
  const now = deps.now ?? (() => Date.now());
  const later = deps.setTimeout ?? ((cb, ms) => window.setTimeout(cb, ms));
  const cancel = deps.clearTimeout ?? ((id) => window.clearTimeout(id));
  let state: PracticeState = {
    look: DEFAULT_LOOK,
    presenter: false,
    tab: null,
    autoplay: { on: false, delayMs: 5000 },
    ...deps.restore?.(),
  };
  const listeners = new Set<(state: PracticeState) => void>();
  let timer: number | undefined;

  function set(change: Partial<PracticeState>): void {
    state = { ...state, ...change };
    deps.persist?.(state);
    for (const listener of listeners) listener(state);
    scheduleAutoplay();
  }

  const flow = () => (state.flowId ? findGuideFlow(state.flowId) : undefined);

  function stepIndex(): number | undefined {
    const current = flow();
    if (!current) return undefined;
    const { view, tab } = state;
    if (view?.flowId === current.id && view.number !== undefined) return view.number - 1;
    return tab?.flowId === current.id ? (tab.lastIndex ?? 0) : 0;
  }

  function show(url: string): void {
    // The page is found by address without its fragment (`/faq#aanmelden`); the fragment stays.
    const bare = url.replace(/#.*$/, '');
    const link = resolvePracticeLink(bare, bare);
    if (link.kind !== 'page') {
      set({ notice: { kind: link.kind === 'missing' ? 'missing' : 'outside', url } });
      return;
    }
    set({ notice: undefined });
    deps.load(fileUrlFor(link.page, url, state.look));
  }

  /** Show the page on screen again (another look, presenter mode): the same address, query and all. */
  function reload(): void {
    if (state.url) show(state.url);
    else {
      const index = stepIndex();
      if (index !== undefined) goToStep(index);
    }
  }

  function goToStep(index: number): void {
    const current = flow();
    if (!current) return;
    const clamped = Math.max(0, Math.min(index, current.steps.length - 1));
    const url = stepUrl(current, clamped, PAGES_BY_ID, state.look);
    if (!url) return;
    const step = current.steps[clamped];
    set({
      tab: { flowId: current.id, chosenBy: 'user', lastIndex: clamped, lastStepId: step?.id, updatedAt: now() },
      view: undefined,
    });
    show(url);
  }

  function scheduleAutoplay(): void {
    if (timer !== undefined) cancel(timer);
    timer = undefined;
    if (!state.autoplay.on || !flow()) return;
    timer = later(() => {
      timer = undefined;
      if (!next()) set({ autoplay: { ...state.autoplay, on: false } });
    }, state.autoplay.delayMs);
  }

  function next(): boolean {
    const current = flow();
    const index = stepIndex();
    if (!current || index === undefined || index >= current.steps.length - 1) return false;
    goToStep(index + 1);
    return true;
  }

  function previous(): boolean {
    const index = stepIndex();
    if (!flow() || index === undefined || index <= 0) return false;
    goToStep(index - 1);
    return true;
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flow,
    scenario: () => findScenario(state.scenarioId),
    stepIndex,
    startFlow(flowId) {
      if (!findGuideFlow(flowId)) return;
      set({ flowId, scenarioId: undefined, tab: null, view: undefined });
      goToStep(0);
    },
    startScenario(id) {
      const scenario = findScenario(id);
      if (!scenario) return;
      set({
        scenarioId: id,
        flowId: scenario.flow,
        tab: { flowId: scenario.flow, chosenBy: 'user', updatedAt: now() },
        view: undefined,
      });
      const page = practicePage(scenario.page);
      const lang = state.look.portalLang;
      const url = new URL(practiceUrl(page, lang !== 'nl' && page.variants.includes(lang) ? lang : undefined));
      if (scenario.query) url.search = scenario.query;
      show(url.href);
    },
    goToStep,
    next,
    previous,
    key(key) {
      if (!state.presenter || !flow()) return false;
      if (NEXT_KEYS.has(key)) {
        next();
        return true;
      }
      if (PREVIOUS_KEYS.has(key)) {
        previous();
        return true;
      }
      if (key === 'Home') {
        goToStep(0);
        return true;
      }
      if (key === 'End') {
        goToStep(Number.MAX_SAFE_INTEGER);
        return true;
      }
      return false;
    },
    setLook(look) {
      const before = state.look;
      set({ look: { ...state.look, ...look } });
      // Another federal portal language is another host (socialsecurity.be): go to that page.
      if (state.url && look.portalLang && look.portalLang !== before.portalLang) {
        const here = new URL(state.url);
        const link = resolvePracticeLink(`${here.origin}${here.pathname}`, state.url);
        if (link.kind === 'page') {
          const lang = state.look.portalLang;
          const target = new URL(
            practiceUrl(link.page, lang !== 'nl' && link.page.variants.includes(lang) ? lang : undefined),
          );
          target.search = here.search;
          show(target.href);
          return;
        }
      }
      reload();
    },
    setPresenter(on) {
      set({ presenter: on });
      // The frame's card takes presenter mode when its page loads: show the same page again.
      if (state.flowId) reload();
    },
    setAutoplay(change) {
      set({ autoplay: { ...state.autoplay, ...change } });
    },
    navigate(url) {
      show(url);
    },
    onView(view) {
      if (
        state.view?.flowId === view.flowId &&
        state.view?.number === view.number &&
        state.view?.target === view.target &&
        state.view?.unsure === view.unsure
      ) {
        return;
      }
      // The guide moved on by itself (the trainer clicked through the replica): follow it.
      const followed = view.flowId && view.flowId !== state.flowId ? { flowId: view.flowId } : {};
      state = { ...state, ...followed, view };
      deps.persist?.(state);
      for (const listener of listeners) listener(state);
    },
    onLoaded(url) {
      if (state.url !== url) set({ url });
    },
    settings(base) {
      const scenario = findScenario(state.scenarioId);
      const current = flow();
      const profile = scenario?.profile ?? (current?.profiles[0] as Settings['profile'] | undefined) ?? base.profile;
      return practiceSettings(base, profile, scenario?.facts);
    },
    loadTabState: () => state.tab,
    saveTabState(tab) {
      state = { ...state, tab };
      deps.persist?.(state);
    },
    dismissNotice() {
      set({ notice: undefined });
    },
    dispose() {
      if (timer !== undefined) cancel(timer);
      listeners.clear();
    },
  };
}
