import { render } from 'preact';
import { type Browser, browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay } from '../../components/Overlay';
import { extrasOf, loadExtras, watchExtras } from '../corrections/extras';
import { toCorrection } from '../corrections/model';
import { createFailureCounter } from '../failures/counter';
import type { PortalGuide } from '../flows/define';
import { markOwnHost, type PageView } from '../guide/dom';
import { remoteExplain } from '../guide/explain-remote';
import type { FeatureSet } from '../guide/features';
import { type Recognisable, type Recognition, withPages } from '../guide/recognise';
import { maskPath } from '../guide/report';
import { type Guide, type GuideDeps, startGuide, type UiMode } from '../guide/runtime';
import { loadTabState, saveTabState, type TabState } from '../guide/tab-state';
import { request } from '../messaging';
import { recordObservation } from '../observed';
import type { PortalId } from '../portals';
import { readState, type State, watchState } from '../state';
import { createFocusKeeper, type FocusKeeper } from './focus';
import { guardStartEvent, keepMounted, listenForShortcut } from './page-hooks';
import { createPanelLink } from './panel-link';
import { createPlacer, type Placer } from './place';
import { createRing } from './ring';
import { loadUi, saveUi } from './ui-state';

/**
 * Mount the Loketgids overlay on a portal page and start the guide (lib/guide/runtime.ts) on it.
 * Everything hangs on `ctx`. The portal page is not trusted:
 * - the overlay lives in a **closed** shadow root (reset styles, so the portal's CSS cannot reach
 *   in, and page scripts — an analytics tag — cannot read the client names or drive the picker);
 *   only the e2e build (`wxt build --mode e2e`) opens it, so Playwright can read the card;
 * - its host is a plain `<div>`: a page cannot define that name first (a custom element name it
 *   could, and then `attachShadow` would fail);
 * - it comes back when the page removes it (`document.body.innerHTML = …` in a single-page app);
 * - a page script that knows the name of WXT's "script started" event cannot stop the guide by
 *   dispatching it: only a newer copy of Loketgids may (then this copy's runtime is gone), and
 *   the name is never posted to the page (`noScriptStartedPostMessage` in the entrypoints).
 *
 * The Oefenmodus (entrypoints/practice-guide.ts) runs this same function on a replica inside the
 * extension's own page, with `options` swapping what differs there: the portal URL the replica
 * stands for, the practice profile's clients and tab state, the stylesheet, presenter mode.
 *
 * @example
 * export default defineContentScript({ matches: matchPatterns('wse'), main: (ctx) => startOverlay(ctx, 'wse', WSE_GUIDE, WSE_FEATURES) });
 */
export async function startOverlay(
  ctx: ContentScriptContext,
  portal: PortalId,
  data: PortalGuide,
  features: FeatureSet,
  options: OverlayOptions = {},
): Promise<OverlayHandle | undefined> {
  if (options.messages !== false) guardStartEvent(ctx);
  const early = options.early;
  let guide: Guide | undefined;
  let focus: FocusKeeper | undefined;
  let placer: Placer | undefined;
  // The browser's side panel may show this tab's card (lib/overlay/panel-link.ts); not in the Oefenmodus.
  const panel = options.sidePanel === false ? undefined : createPanelLink(ctx);
  const countFailure = createFailureCounter(
    (entries) => request<'failures.add'>({ type: 'failures.add', portal, entries }),
    { setTimeout: (cb, ms) => ctx.setTimeout(cb, ms) },
  );
  // A person who leaves the page before the batch went out: it goes now.
  ctx.addEventListener(window, 'pagehide', () => countFailure.flush());

  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'div',
    mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed',
    position: 'inline',
    anchor: 'body',
    // First in the page's Tab order: a person reaches the card (a labelled landmark) in a few Tab
    // presses from the top, like a skip link, not after every link of the portal.
    append: 'first',
    // Keys typed in the card's search field must not trigger the portal's shortcuts.
    isolateEvents: true,
    css: options.css,
    onMount(container, shadow) {
      early?.own?.(ui.shadowHost);
      for (const own of early?.hosts?.() ?? []) markOwnHost(own);
      focus = createFocusKeeper(shadow);
      placer = createPlacer(container, (node) => node === ui.shadowHost);
      // Opened from the content script's launcher: the whole card, where it covers least.
      if (options.peek) placer.openFully(true);
      const ring = createRing(container, placer);
      // The picker's outline ("Leer de gids dit scherm"): the card need not avoid it.
      const outline = createRing(container);
      outline.element.classList.add('lg-ring--pick');
      const host = container.ownerDocument.createElement('div');
      container.append(host);
      guide = startGuide({
        doc: document,
        portal,
        flows: data.flows,
        pages: data.pagesById,
        features,
        signal: ctx.signal,
        scheduler: {
          requestAnimationFrame: (cb) => ctx.requestAnimationFrame(cb),
          setTimeout: (cb, ms) => ctx.setTimeout(cb, ms),
        },
        ring,
        isOwnNode: (node) => node === ui.shadowHost,
        version: browser.runtime.getManifest().version,
        firstLook: () => {
          const look = early?.look?.();
          if (!look) return undefined;
          const recognition = withPages(look.found, data.pagesById);
          return recognition ? { view: look.view, recognition } : undefined;
        },
        readState: early ? first(early.state, readState) : readState,
        watchState,
        loadTabState: early ? first(early.tab, loadTabState) : loadTabState,
        saveTabState,
        searchClients: async (query) =>
          (await request<'clients.search'>({ type: 'clients.search', query, limit: 8 })).clients,
        getClient: async (kbo) => (await request<'clients.get'>({ type: 'clients.get', kbo })).client,
        setActiveClient: async (kbo) => {
          await request<'clients.setActive'>({ type: 'clients.setActive', kbo });
        },
        loadUi: early ? first(early.ui, () => loadUi(portal)) : () => loadUi(portal),
        saveUi: (mode) => saveUi(portal, mode),
        explain: remoteExplain,
        recordObservation: (entry) => void recordObservation(entry).catch(() => undefined),
        saveRenewals: (seen) =>
          void request<'renewals.replace'>({ type: 'renewals.replace', ...seen }).catch(() => undefined),
        loadExtras: early
          ? first(
              early.extras.then((raw) => extrasOf(raw, portal)),
              () => loadExtras(portal),
            )
          : () => loadExtras(portal),
        watchExtras: (cb, signal) => watchExtras(portal, cb, signal),
        saveCorrection: async (correction) => {
          await request<'corrections.add'>({ type: 'corrections.add', correction });
        },
        pickOutline: outline,
        countFailure,
        ...options.deps,
      });
      const cards = Object.values(features).flatMap((kind) => (kind?.Card ? [kind.Card] : []));
      render(
        <Overlay
          portal={portal}
          guide={guide}
          focus={focus}
          placer={placer}
          panel={panel}
          cards={cards}
          peek={options.peek}
        />,
        host,
      );
      return host;
    },
    onRemove(host) {
      if (host) render(null, host);
    },
  });
  markOwnHost(ui.shadowHost);
  ui.shadowHost.setAttribute('data-loketgids', '');
  if (options.presenter) ui.shadowHost.setAttribute('data-presenter', '');
  ui.mount();
  if (guide) panel?.serve(guide, options.messages !== false);
  keepMounted(ctx, ui.shadowHost, () => guide?.schedule());
  if (!guide) return undefined;
  const running = guide;
  const handle: OverlayHandle = {
    guide: running,
    shortcut() {
      if (!focus) return;
      if (!focus.inside() && running.getView().ui === 'dismissed') running.setUi('open');
      focus.toggle();
    },
    // "Toon de gids op deze pagina" in the popup: the card opens; the focus stays where it is.
    show: () => running.setUi('open'),
    // The options page's "Test op de huidige pagina": only a correction for this portal is answered.
    testCorrection(value) {
      const correction = toCorrection(value);
      if (!correction || correction.portal !== portal) return undefined;
      return { ...running.testCorrection(correction), path: maskPath(location.pathname) };
    },
    adoptPanel: (port) => panel?.adopt(port),
    focusCard: () => focus?.enter(),
  };
  if (options.messages !== false) {
    listenForShortcut(ctx, handle.shortcut, handle.show, (value) => {
      const answer = handle.testCorrection(value);
      return answer ? Promise.resolve(answer) : undefined;
    });
  }
  // Single-page navigation (pushState): WXT's location watcher runs once a listener is added through ctx.
  ctx.addEventListener(window, 'wxt:locationchange', () => running.schedule());
  return handle;
}

/** The first call gets the answer asked for already; later calls ask again. */
function first<T>(early: Promise<T>, again: () => Promise<T>): () => Promise<T> {
  let used = false;
  return () => {
    if (used) return again();
    used = true;
    return early;
  };
}

/** What the content script (lib/overlay/boot.ts) and the Oefenmodus drive a started overlay with. */
export interface OverlayHandle {
  guide: Guide;
  /** Alt+Shift+L: into the card, and back out. */
  shortcut(): void;
  show(): void;
  testCorrection(correction: unknown): object | undefined;
  /** A side panel that connected before the guide module was there. */
  adoptPanel(port: Browser.runtime.Port): void;
  /** Put the focus in the card (the person activated the content script's launcher). */
  focusCard(): void;
}

export interface OverlayOptions {
  /** The overlay's stylesheet, where WXT cannot inject it (the Oefenmodus's unlisted script). */
  css?: string;
  /** Large text and a heavier ring, for a trainer presenting to a room. */
  presenter?: boolean;
  /** false: no side panel for this guide (the Oefenmodus's frame is no tab of its own). */
  sidePanel?: boolean;
  /**
   * false: the content script (lib/overlay/boot.ts) already answers the extension's messages to
   * this tab and passes them on through the handle.
   */
  messages?: boolean;
  /** Show the whole card even on a screen with no step (the person asked for it in the launcher). */
  peek?: boolean;
  /**
   * What the content script asked for the moment the page opened (lib/overlay/boot.ts), so the
   * guide's first reads need not wait again: its settings, this tab's state, the card's mode and
   * the raw mirror of corrections, pack steps and policy (checked here, `extrasOf`).
   */
  early?: {
    /** The content script's look at the page while nothing changed since (else undefined), once. */
    look?: () => { view: PageView; found: Recognition<Recognisable> } | undefined;
    /** Tell the content script's reader and observer that this host is the overlay's, not the page's. */
    own?: (host: Element) => void;
    /** The content script's own hosts in the page (its early ring): none of the page's, for the guide either. */
    hosts?: () => readonly Element[];
    state: Promise<State>;
    tab: Promise<TabState | null>;
    ui: Promise<UiMode>;
    extras: Promise<Record<string, unknown>>;
  };
  /** What differs from a portal page: the URL, the clients, the tab state, the settings. */
  deps?: Partial<Omit<GuideDeps, 'doc' | 'portal' | 'flows' | 'pages' | 'signal' | 'scheduler' | 'ring' | 'isOwnNode'>>;
}
