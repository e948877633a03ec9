/**
 * A portal's content script: small, on every page of the portal. It recognises the page and loads
 * the guide (the card, the flows, the step features, Preact: `/<portal>-guide.js`, see
 * lib/overlay/lazy.ts) only where the guide has something to say. On a page none of the portal's
 * screens fits (news, help, a search page) it shows only the launcher and keeps watching, cheaply
 * (mutations coalesced by lib/guide/schedule.ts, nothing on an idle page).
 *
 * Design note (issue "as light as a tour library"):
 * - What the guide reads first — settings, this tab's state, the card's mode, the taught screens —
 *   is asked for at once, and handed to the guide module, so storage and the background answer
 *   while the page is read and the module loads.
 * - The guide module is loaded when the page is (or may be) one of the portal's screens, or pinned
 *   by the person, or when the portal has taught screens (lib/corrections: they can make any page
 *   a screen); and whenever the person asks for the guide (the launcher, Alt+Shift+L, "Toon de gids
 *   op deze pagina", the side panel, a correction test).
 * - The launcher is the guide's own (the same classes, words and corner: lib/overlay/place.ts), so
 *   a person sees no difference between the two scripts.
 * - The content script answers the extension's messages and the side panel's port itself, and
 *   passes them to the guide once it is there: nothing the person does is lost while it loads.
 *
 * @example
 * import SCREENS from 'virtual:loketgids-screens/wse';
 * main: (ctx) => bootGuide(ctx, { portal: 'wse', pages: SCREENS, file: '/wse-guide.js', texts: LAUNCHER_NL_EN })
 */
import { type Browser, browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CORRECTIONS_KEY, EXTRAS_KEYS, POLICY_MIRROR_KEY, STEPS_MIRROR_KEY } from '../corrections/keys';
import { isOwnHost, markOwnHost, mayRenderUnseen, type PageView, readPage } from '../guide/dom';
import { type Recognisable, type Recognition, recognise, type Screen } from '../guide/recognise';
import { createChangeFilter, PAGE_CHANGES } from '../guide/runtime/changes';
import { createTicker } from '../guide/schedule';
import { loadTabState, type TabState } from '../guide/tab-state';
import { resolveLang } from '../i18n/lang';
import type { LauncherText } from '../i18n/launcher';
import { PORTALS, type PortalId } from '../portals';
import { PANEL_PORT } from '../sidepanel/port';
import { type Lang, STATE_KEY, type State, stateFrom } from '../state';
import { type EarlyMark, showEarlyMark } from './early-mark';
import { GUIDED_PATHS_KEY, guidedBefore, guidedPathsFrom, rememberGuidedPath } from './guided-paths';
import launcherCss from './launcher.css?inline';
import { fetchGuideModule, loadGuideModule } from './lazy';
import { guardStartEvent, keepMounted, listenForShortcut } from './page-hooks';
import { createPlacer } from './place';
import type { OverlayHandle, OverlayOptions } from './start';
import { UI_KEY, uiFrom } from './ui-state';

export interface BootOptions {
  portal: PortalId;
  /** The portal's screens as the recogniser reads them (`virtual:loketgids-screens/<portal>`). */
  pages: readonly Screen[];
  /** The guide module (entrypoints/<portal>-guide.ts), listed in the manifest's web_accessible_resources. */
  file: `/${string}.js`;
  /** The launcher's words in the languages this portal's card speaks (lib/i18n/launcher.ts). */
  texts: Partial<Record<Lang, LauncherText>>;
}

/** Only the verdict: states that cannot be a candidate are not weighed to the end (lib/guide/recognise.ts). */
const VERDICT = { verdict: true } as const;

/** Any entry for this portal in a raw mirror (lib/corrections/extras.ts; the guide module checks them). */
function hasEntries(raw: Record<string, unknown>, key: string, portal: PortalId): boolean {
  const list = (raw[key] as Record<string, unknown> | undefined)?.[portal];
  return Array.isArray(list) && list.length > 0;
}

/** Any correction for this portal in the raw mirror (lib/corrections/model.ts `toCorrections`). */
const hasCorrections = (raw: Record<string, unknown>, portal: PortalId) => hasEntries(raw, CORRECTIONS_KEY, portal);

/** The person said which screen this page is (the guide was unsure), for this very path. */
const pinnedHere = (tab: TabState | null, view: PageView) => tab?.pinned?.path === view.url.pathname;

/**
 * The flows as the build saw them: no flow switched off (settings or policy), no pack step, no
 * correction — else the guide may choose another step or target than the screen's `mark`.
 */
function flowsAsBuilt(raw: Record<string, unknown>, portal: PortalId, state: State | undefined): boolean {
  const policy = raw[POLICY_MIRROR_KEY] as { disabledFlows?: unknown } | undefined;
  const off = Array.isArray(policy?.disabledFlows) && policy.disabledFlows.length > 0;
  return (
    !off &&
    !hasCorrections(raw, portal) &&
    !hasEntries(raw, STEPS_MIRROR_KEY, portal) &&
    (state?.settings.disabledFlows.length ?? 0) === 0
  );
}

/**
 * The page's DOM is there. The script starts at document_start, so that storage and the background
 * answer while the page parses; the page is read, and the guide starts, at DOMContentLoaded.
 *
 * Heard on `window`, not on `document`: the event reaches the window after every listener on the
 * document, so the portal's own DOMContentLoaded handlers there (jQuery's `ready`, a framework's
 * start) have run, yet in the same dispatch — no task waits in between. (A task posted from the
 * event, as before, started 1–3 ms later on the bench machine, 10–40 ms behind a busy page's other
 * tasks; a plain setTimeout(0) 5–45 ms.) A portal's listener on the window itself runs after this
 * one; what it changes reaches the guide through the mutation observer below.
 */
function domReady(ctx: ContentScriptContext): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => ctx.addEventListener(window, 'DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * After the event being dispatched now: a user-blocking task where the browser has the
 * Prioritized Task Scheduling API (Chrome and Edge 94+; 1–3 ms on the bench machine), else a
 * timeout (which waited 5–45 ms behind a page's other tasks there).
 */
function nextTask(ctx: ContentScriptContext): Promise<void> {
  const tasks = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  return new Promise((resolve) => {
    if (!tasks) ctx.setTimeout(resolve, 0);
    else tasks.postTask(resolve, { priority: 'user-blocking', signal: ctx.signal }).catch(() => undefined);
  });
}

/** The part of `scheduler` (Prioritized Task Scheduling) used here; not in TypeScript's DOM types yet. */
interface TaskScheduler {
  postTask(task: () => void, options: { priority: 'user-blocking'; signal: AbortSignal }): Promise<void>;
}

export function bootGuide(ctx: ContentScriptContext, options: BootOptions): void {
  const { portal, pages } = options;
  guardStartEvent(ctx);
  const readExtras = () => browser.storage.local.get(EXTRAS_KEYS) as Promise<Record<string, unknown>>;
  // Everything the first look reads from storage, in one call: one trip to the browser process
  // and one pass through the extension's bindings, where four calls took four (measured on the
  // news page, where nothing else runs).
  const stored = browser.storage.local.get([STATE_KEY, UI_KEY, GUIDED_PATHS_KEY, ...EXTRAS_KEYS]) as Promise<
    Record<string, unknown>
  >;
  let lookTaken = false;
  const early: NonNullable<OverlayOptions['early']> = {
    // The first look, for the guide's first round, unless the page changed since (lib/guide/runtime/tick.ts).
    look: () => {
      const look = lookTaken ? undefined : looked;
      lookTaken = true;
      return look;
    },
    own: markOwnHost,
    hosts: () => [earlyMark?.host, launcher].filter((host): host is HTMLElement => host !== undefined),
    state: stored.then(stateFrom),
    tab: loadTabState(),
    ui: stored.then((raw) => uiFrom(raw, portal)).catch(() => 'open' as const),
    extras: stored,
  };
  for (const answer of [early.state, early.tab, early.ui, early.extras]) answer.catch(() => undefined);
  // A page the guide was needed on before: its module is fetched now, while the page loads
  // (started only if the page needs it again; ./guided-paths.ts).
  let guidedPaths = stored.then(guidedPathsFrom).catch(() => ({}));
  void guidedPaths.then((paths) => {
    if (!ctx.isInvalid && guidedBefore(paths, portal, location.pathname))
      fetchGuideModule(options.file).catch(() => undefined);
  });
  /** This page needs the guide: keep its path, for the next time it opens. */
  const remember = () => {
    const pathname = location.pathname;
    guidedPaths = guidedPaths.then((paths) => rememberGuidedPath(paths, portal, pathname)).catch(() => ({}));
  };
  /** The answers above stand for the guide's first reads only while the page has just opened. */
  let fresh = true;
  const isOwn = (node: Node) => isOwnHost(node);

  let handle: Promise<OverlayHandle | undefined> | undefined;
  let launcher: HTMLElement | undefined;
  let unkeep: (() => void) | undefined;
  let placed: AbortController | undefined;
  let launcherUnsure = false;
  /** The target marked before the guide module is there (./early-mark.ts), until the guide's ring is. */
  let earlyMark: EarlyMark | undefined;
  let loaded = false;
  const watching = new AbortController();
  ctx.onInvalidated(() => watching.abort());

  function dropLauncher(): void {
    unkeep?.();
    placed?.abort();
    launcher?.remove();
    launcher = undefined;
  }

  /** Load the guide module (once) and start the overlay. */
  function load(more: Pick<OverlayOptions, 'peek'> = {}): Promise<OverlayHandle | undefined> {
    if (handle) return handle;
    const overlay: OverlayOptions = { messages: false, ...more, early: fresh ? early : undefined };
    handle = domReady(ctx)
      .then(() => loadGuideModule(options.file, { ctx, options: overlay }))
      .then(
        (started) => {
          // Watched until the guide is there: a change meanwhile makes the first look stale.
          watching.abort();
          dropLauncher();
          handOver(started);
          return started;
        },
        () => {
          watching.abort();
          handOver(undefined);
          return undefined;
        },
      );
    return handle;
  }

  /** The guide is there: the early ring goes once the guide has had its first round (and its own ring). */
  function handOver(started: OverlayHandle | undefined): void {
    loaded = true;
    const shown = earlyMark;
    earlyMark = undefined;
    if (!shown) return;
    if (started) void started.guide.ready.finally(() => shown.drop({ keepMark: true }));
    else shown.drop();
  }

  /**
   * A sure screen's target, marked at once where every flow marks the same one — unless the
   * guide might not: its card closed, another screen pinned on this page, flows not as built
   * (switched off, pack steps, taught screens).
   */
  function markEarly(screen: Screen, view: PageView): void {
    const { mark } = screen;
    if (!mark) return;
    // Storage answers before the page is parsed; the tab's state comes from the service worker,
    // which may first have to wake: the ring does not wait for it, and goes if it says otherwise.
    void Promise.all([early.ui, early.extras.catch(() => ({})), early.state.catch(() => undefined)]).then(
      ([ui, raw, state]) => {
        if (loaded || ctx.isInvalid || ui === 'dismissed' || !flowsAsBuilt(raw, portal, state)) return;
        const shown = showEarlyMark(view, mark, ctx.signal);
        earlyMark = shown;
        void early.tab.then((tab) => {
          if (!pinnedHere(tab, view) || earlyMark !== shown) return;
          earlyMark = undefined;
          shown?.drop();
        });
      },
    );
  }

  /**
   * Does this page need the guide? lib/guide/runtime.ts's "quiet" rule, read before the guide
   * exists: a screen of the portal, a page the person pinned, any page once screens were taught,
   * an unclear page while a task is under way in this tab. Else the launcher alone — asking "Welk
   * scherm is dit?" where the page looks like some screen (`unsure`).
   */
  function decide(
    view: PageView,
    found: Recognition<Recognisable>,
    tabState: TabState | null,
    taught: boolean,
  ): 'guide' | 'unsure' | 'none' {
    if (taught) return 'guide';
    if (pinnedHere(tabState, view)) return 'guide';
    if (found.kind === 'sure') return 'guide';
    if (found.kind === 'none') return 'none';
    const inTask = tabState?.lastStepId !== undefined && !tabState.done;
    return inTask ? 'guide' : 'unsure';
  }

  const changes = createChangeFilter(pages);
  const observed = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    // A counter ticking far from anything recognition reads is let go (lib/guide/runtime/changes.ts).
    if (records.every((record) => isOwn(record.target) || !changes.mayMatter(record, undefined))) return;
    looked = undefined;
    ticker.settle.reset();
    ticker.schedule();
  });
  const observe = (root: Node) => {
    if (observed.has(root) || watching.signal.aborted) return;
    observed.add(root);
    observer.observe(root, PAGE_CHANGES);
  };
  watching.signal.addEventListener('abort', () => observer.disconnect());

  let known: { tab: TabState | null; taught: boolean } | undefined;
  function check(): void {
    if (handle || !known || ctx.isInvalid) return;
    // The page as first read, while nothing changed since; else read again.
    const view = looked?.view ?? readPage(document);
    const found = looked?.found ?? recognise(pages, view, VERDICT);
    looked = undefined;
    for (const root of view.roots) observe(root);
    const need = decide(view, found, known.tab, known.taught);
    if (need === 'guide') {
      looked = { view, found };
      void load();
      // A screen that showed after the first look (a portal filling itself in later, a single-page
      // move): ringed at once too, not only once the guide module is there.
      if (found.kind === 'sure') markEarly(found.page, view);
      remember();
      return;
    }
    void showLauncher(need === 'unsure');
    ticker.settle.maybe(mayRenderUnseen(view, isOwn));
  }
  const ticker = createTicker({
    scheduler: {
      requestAnimationFrame: (cb) => ctx.requestAnimationFrame(cb),
      setTimeout: (cb, ms) => ctx.setTimeout(cb, ms),
    },
    signal: watching.signal,
    now: () => performance.now(),
    tick: check,
  });

  let looked: { view: PageView; found: Recognition<Recognisable> } | undefined;
  /** The first look, once the page's DOM is there (the script starts at document_start). */
  function begin(): void {
    if (ctx.isInvalid || handle) return;
    // A screen the portal surely is needs no answer from storage first: the module loads at once.
    const firstView = readPage(document);
    looked = { view: firstView, found: recognise(pages, firstView, VERDICT) };
    // Watched also while the guide loads: a change meanwhile makes this look stale for it.
    for (const root of firstView.roots) observe(root);
    if (looked.found.kind === 'sure') {
      void load();
      markEarly(looked.found.page, firstView);
      remember();
    } else {
      // Not a screen at this look: asked again once the event is over, so that what the portal's
      // own handlers on the window put in counts before the launcher shows (the mutation
      // observer has then made this look stale).
      const after = nextTask(ctx);
      void Promise.all([early.tab, early.extras.catch(() => ({})), after]).then(([tabState, raw]) => {
        known = { tab: tabState, taught: hasCorrections(raw, portal) };
        check();
        fresh = false;
      });
    }
  }
  void domReady(ctx).then(begin);
  // A screen taught in another tab, or a pack imported meanwhile, may make this page one.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !known || !EXTRAS_KEYS.some((key) => key in changes)) return;
    void readExtras().then((raw) => {
      if (known) known = { ...known, taught: hasCorrections(raw, portal) };
      check();
    });
  };
  browser.storage.onChanged.addListener(onStorage);
  watching.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage));

  async function showLauncher(unsure: boolean): Promise<void> {
    if (launcher && launcherUnsure !== unsure) dropLauncher();
    if (launcher || handle) return;
    launcherUnsure = unsure;
    const [read, mode] = await Promise.all([early.state.catch(() => undefined), early.ui]);
    if (launcher || handle || ctx.isInvalid || !document.body) return;
    const lang = resolveLang(read?.settings.lang);
    const text = options.texts[lang] ?? options.texts.nl;
    if (!text) return;
    const dismissed = mode === 'dismissed';
    // A plain host and shadow root, not WXT's createShadowRootUi (which the guide module uses): it
    // would add ~2 KiB gzip to every page of the portal for one button.
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed' });
    const style = document.createElement('style');
    style.textContent = `:host{all:initial}${launcherCss}`;
    // Keys pressed on the launcher are not the portal's shortcuts.
    for (const type of ['keydown', 'keyup', 'keypress'])
      shadow.addEventListener(type, (event) => event.stopPropagation());
    // The same structure as the guide's overlay (container > div > card), so the same corner rules
    // and the same placer keep the launcher off the portal's controls.
    const container = document.createElement('div');
    const inner = document.createElement('div');
    container.append(inner);
    const aside = document.createElement('aside');
    aside.className = `lg-card lg-card--${dismissed ? 'dismissed' : 'launcher'}`;
    aside.setAttribute('aria-label', text['card.label']);
    aside.lang = text === options.texts[lang] ? lang : 'nl';
    aside.dataset.portal = portal;
    aside.dataset.pill = '';
    if (!dismissed) aside.dataset.quiet = '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = dismissed ? 'lg-reopen' : 'lg-launcher';
    button.dataset.focusFirst = '';
    if (dismissed) {
      button.title = PORTALS[portal].name;
      button.textContent = text['card.show'];
    } else {
      button.setAttribute('aria-expanded', 'false');
      const name = document.createElement('strong');
      name.textContent = 'Loketgids';
      const where = document.createElement('span');
      const more = document.createElement('span');
      if (unsure) {
        more.className = 'lg-launcher__question';
        more.textContent = text['launcher.question'];
        button.append(name, ' ', more);
      } else {
        where.className = 'lg-card__portal';
        where.textContent = PORTALS[portal].name;
        more.className = 'lg-sr';
        more.textContent = text['launcher.noStep'];
        button.append(name, ' ', where, more);
      }
    }
    button.addEventListener('click', () => {
      void load({ peek: !dismissed }).then((started) => {
        if (dismissed) started?.show();
        started?.focusCard();
      });
    });
    aside.append(button);
    inner.append(aside);
    shadow.append(style, container);
    markOwnHost(host);
    host.setAttribute('data-loketgids', '');
    // First in the page's Tab order, as the card is.
    document.body.prepend(host);
    launcher = host;
    placed = new AbortController();
    createPlacer(container, (node) => node === host, placed.signal).update(null);
    unkeep = keepMounted(ctx, host, () => undefined);
  }

  // The extension's messages and the side panel reach this script first; the guide answers them.
  listenForShortcut(
    ctx,
    () => void load().then((started) => started?.shortcut()),
    () =>
      load().then((started) => {
        started?.show();
        return started;
      }),
    (correction) =>
      (correction as { portal?: unknown } | null)?.portal === portal
        ? load().then((started) => started?.testCorrection(correction))
        : undefined,
  );
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== PANEL_PORT) return;
    if (port.sender?.id !== browser.runtime.id) {
      port.disconnect();
      return;
    }
    void load().then((started) => started?.adoptPanel(port));
  };
  browser.runtime.onConnect.addListener(onConnect);
  ctx.onInvalidated(() => browser.runtime.onConnect.removeListener(onConnect));
  // Single-page navigation: look again on the next frame (WXT's location watcher runs once a
  // listener is added through ctx).
  ctx.addEventListener(window, 'wxt:locationchange', () => ticker.tickSoon());
  ctx.addEventListener(window, 'popstate', () => ticker.tickSoon());
}
