/**
 * The portal page's end of the side panel (lib/sidepanel/protocol.ts): the panel connects to this
 * tab, gets the card's view model on every change and sends the person's actions back; the guide
 * stays here. While a panel is connected the overlay shows only the ring and a one-line hint.
 *
 * Only this extension's own pages can reach a content script's `runtime.onConnect` (the manifest
 * has no `externally_connectable`); the sender's id is checked all the same, and every action
 * with `parsePanelAction`.
 */
import { type Browser, browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Guide } from '../guide/runtime';
import { request } from '../messaging';
import { applyPanelAction, PANEL_PORT, type PageMessage, parsePanelAction, toPanelView } from '../sidepanel/protocol';
import type { CardPlace } from '../state';

export interface PanelLink {
  /** A side panel shows this tab's guide now. */
  connected(): boolean;
  subscribe(listener: (connected: boolean) => void): () => void;
  /** "Naast de pagina tonen" (a click): the background opens the side panel beside this tab. */
  open(): Promise<boolean>;
  /** Keep the card on the page (or in the panel) from now on: the `cardPlace` setting. */
  place(where: CardPlace): Promise<void>;
  /**
   * Start answering panels, for this guide; `listen: false` when the content script takes the
   * ports (lib/overlay/boot.ts) and hands them on with `adopt`.
   */
  serve(guide: Guide, listen?: boolean): void;
  /** A panel's port that the content script took before this guide was there (after `serve`). */
  adopt(port: Browser.runtime.Port): void;
}

export function createPanelLink(ctx: ContentScriptContext): PanelLink {
  const listeners = new Set<(connected: boolean) => void>();
  let current: Browser.runtime.Port | undefined;
  const notify = () => {
    for (const listener of listeners) listener(current !== undefined);
  };
  const drop = (port: Browser.runtime.Port) => {
    if (current !== port) return;
    current = undefined;
    notify();
  };
  let onConnect: ((port: Browser.runtime.Port) => void) | undefined;
  return {
    connected: () => current !== undefined,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async open() {
      try {
        return (await request<'guide.openPanel'>({ type: 'guide.openPanel' })).ok;
      } catch {
        return false;
      }
    },
    async place(where) {
      await request<'guide.placeCard'>({ type: 'guide.placeCard', place: where }).catch(() => undefined);
    },
    adopt(port) {
      onConnect?.(port);
    },
    serve(guide, listen = true) {
      onConnect = (port: Browser.runtime.Port) => {
        if (port.name !== PANEL_PORT) return;
        if (port.sender?.id !== browser.runtime.id) {
          port.disconnect();
          return;
        }
        // One panel at a time: a newer one (the panel reloaded, another window's) replaces it.
        const previous = current;
        current = port;
        previous?.disconnect();
        const send = (message: PageMessage) => {
          try {
            port.postMessage(message);
          } catch {
            drop(port);
          }
        };
        let stop: (() => void) | undefined;
        port.onDisconnect.addListener(() => {
          stop?.();
          drop(port);
        });
        port.onMessage.addListener((message: unknown) => {
          const action = parsePanelAction(message);
          if (!action || current !== port) return;
          if (action.type === 'close') {
            port.disconnect();
            stop?.();
            drop(port);
            return;
          }
          const answer = applyPanelAction(guide, action);
          if (answer) send(answer);
        });
        void guide.ready.then(() => {
          if (current !== port) return;
          // Opening the panel is asking for the guide: a card closed on this portal shows again (as its hint).
          if (guide.getView().ui === 'dismissed') guide.setUi('open');
          stop = guide.subscribe((view) => send({ type: 'view', view: toPanelView(view) }));
          send({ type: 'view', view: toPanelView(guide.getView()) });
        });
        notify();
      };
      const listener = onConnect;
      if (listen) browser.runtime.onConnect.addListener(listener);
      ctx.onInvalidated(() => {
        browser.runtime.onConnect.removeListener(listener);
        current?.disconnect();
        current = undefined;
      });
    },
  };
}
