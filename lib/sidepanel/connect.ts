/**
 * The side panel's end of the port (lib/sidepanel/protocol.ts): which tab it shows, the link to
 * that tab's guide, and the view model it last got, checked with zod (lib/sidepanel/schema.ts).
 *
 * The panel follows the active tab of its window (`tabs.onActivated`); `?tab=<id>` binds it to one
 * tab instead (the end-to-end tests open the panel page as a tab of its own, beside the portal's).
 * A tab whose page has no guide does not answer: the port closes at once and the panel says so.
 * When the page navigates the port closes too: the panel connects again when the tab has loaded
 * (`tabs.onUpdated`), and a few times after, since the guide starts once the page is idle.
 * Tab ids, activation and load status need no `tabs` permission.
 */
import { type Browser, browser } from 'wxt/browser';
import type { PageReport } from '../guide/report';
import { PANEL_PORT, type PanelAction, type PanelView } from './protocol';
import { checkPageMessage } from './schema';

export type PanelState =
  /** The tab's guide is about to answer (a page loading, a panel just opened). */
  | { kind: 'connecting'; tabId?: number }
  /** No guide on this tab: not a portal page, or no tab at all. */
  | { kind: 'none'; tabId?: number }
  | { kind: 'view'; tabId: number; view: PanelView };

export interface PanelConnection {
  state(): PanelState;
  subscribe(listener: (state: PanelState) => void): () => void;
  /** Send the person's action to the page's guide (dropped when no page is connected). */
  send(action: PanelAction): void;
  /** The redacted report of the page, made by the page's guide. */
  report(): Promise<PageReport | undefined>;
  /** "Op de pagina tonen": let the page have its card back and stop. */
  close(): void;
}

/** Waits before connecting again after the port closed (the page may still be loading). */
export const RETRY_MS = [250, 600, 1200, 2500] as const;
const REPORT_TIMEOUT_MS = 3000;

/** The tab named by `?tab=` (tests), or undefined: follow the active tab. */
export function boundTab(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  return raw && /^\d{1,10}$/.test(raw) ? Number(raw) : undefined;
}

/**
 * Connect the panel to a tab's guide: the bound one, or the active tab of the panel's window.
 *
 * @example
 * const connection = connectPanel({ bound: boundTab(location.search) });
 * connection.subscribe((state) => render(<SidePanel state={state} />, root));
 */
export function connectPanel(options: { bound?: number; api?: typeof browser } = {}): PanelConnection {
  const api = options.api ?? browser;
  const listeners = new Set<(state: PanelState) => void>();
  const pending = new Map<number, (report: PageReport | undefined) => void>();
  let state: PanelState = { kind: 'connecting', tabId: options.bound };
  let followed: number | undefined;
  let port: Browser.runtime.Port | undefined;
  let attempts = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reportSeq = 0;
  let closed = false;
  /** The followed tab's guide answered since the panel follows it. */
  let seenGuide = false;

  const set = (next: PanelState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };

  const disconnect = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const old = port;
    port = undefined;
    old?.disconnect();
  };

  function connect(): void {
    timer = undefined;
    if (closed) return;
    const tabId = followed;
    if (tabId === undefined) {
      set({ kind: 'none' });
      return;
    }
    let opened: Browser.runtime.Port;
    try {
      opened = api.tabs.connect(tabId, { name: PANEL_PORT });
    } catch {
      set({ kind: 'none', tabId });
      return;
    }
    port = opened;
    opened.onMessage.addListener((raw: unknown) => {
      if (port !== opened) return;
      const message = checkPageMessage(raw);
      if (!message) return;
      seenGuide = true;
      attempts = 0;
      if (message.type === 'view') set({ kind: 'view', tabId, view: message.view });
      else {
        pending.get(message.id)?.(message.report ?? undefined);
        pending.delete(message.id);
      }
    });
    opened.onDisconnect.addListener(() => {
      // Read it, or Chrome logs "Unchecked runtime.lastError" for a tab without a guide.
      void api.runtime.lastError;
      if (port !== opened) return;
      port = undefined;
      const wait = RETRY_MS[attempts++];
      if (wait !== undefined) timer = setTimeout(connect, wait);
      // A tab that showed a guide is loading its next page: wait for it. One that never answered
      // has none (it may still come: the retries and `tabs.onUpdated` go on meanwhile).
      set(seenGuide && wait !== undefined ? { kind: 'connecting', tabId } : { kind: 'none', tabId });
    });
  }

  function follow(tabId: number | undefined): void {
    if (closed || (tabId === followed && (port || timer))) return;
    disconnect();
    followed = tabId;
    attempts = 0;
    seenGuide = false;
    set({ kind: 'connecting', tabId });
    connect();
  }

  if (options.bound !== undefined) follow(options.bound);
  else {
    void api.windows.getCurrent().then(async (win) => {
      const [tab] = await api.tabs.query({ active: true, windowId: win.id });
      follow(tab?.id);
      api.tabs.onActivated.addListener((info) => {
        if (info.windowId === win.id) follow(info.tabId);
      });
    });
  }
  api.tabs.onUpdated.addListener((tabId, change) => {
    if (tabId !== followed || change.status !== 'complete' || port || closed) return;
    if (timer) clearTimeout(timer);
    attempts = 0;
    connect();
  });

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(action) {
      try {
        port?.postMessage(action);
      } catch {
        // The page is going; the panel connects again once the next one is there.
      }
    },
    report() {
      const id = ++reportSeq;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        setTimeout(() => {
          pending.delete(id);
          resolve(undefined);
        }, REPORT_TIMEOUT_MS);
        this.send({ type: 'report', id });
      });
    },
    close() {
      this.send({ type: 'close' });
      closed = true;
      disconnect();
    },
  };
}
