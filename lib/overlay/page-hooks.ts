/**
 * What both of a portal's scripts hang on the page (lib/overlay/boot.ts, lib/overlay/start.tsx):
 * the guard on WXT's "script started" event, the host kept in the document, and the extension's
 * own messages to this tab (the Alt+Shift+L shortcut, the popup's "Toon de gids op deze pagina",
 * the options page's "Test op de huidige pagina").
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT stops a content script when a newer copy of it announces itself with a DOM event. Page
 * scripts can dispatch that event too; let it through only when this copy is really outdated
 * (its extension runtime is gone after an update or reload).
 */
export function guardStartEvent(ctx: ContentScriptContext): void {
  // WXT keeps the name private; test/e2e/hostile.e2e.ts forges the event and fails if this breaks.
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  window.addEventListener(
    name,
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true, signal: ctx.signal },
  );
}

/**
 * Put the overlay back whenever the page takes it out of the document (a re-rendered body, a
 * removed element); the shadow root and the card's state go with the host. Returns: stop.
 */
export function keepMounted(ctx: ContentScriptContext, host: HTMLElement, onBack: () => void): () => void {
  let body: HTMLElement | null = null;
  const restore = () => {
    if (ctx.isInvalid) return;
    if (document.body !== body) {
      body = document.body;
      if (body) observer.observe(body, { childList: true });
    }
    if (!host.isConnected && document.body) {
      // First in the body again, as it was mounted (the Tab order).
      document.body.prepend(host);
      onBack();
    }
  };
  const observer = new MutationObserver(restore);
  observer.observe(document.documentElement, { childList: true });
  restore();
  const stop = () => observer.disconnect();
  ctx.onInvalidated(stop);
  return stop;
}

/**
 * The keyboard shortcut (manifest `commands`, lib/guide/handlers.ts sends it to the active tab),
 * "Toon de gids" and a correction to test: only a message from this extension counts.
 */
export function listenForShortcut(
  ctx: ContentScriptContext,
  onShortcut: () => void,
  onShow: () => Promise<unknown> | void,
  onTest: (correction: unknown) => Promise<object | undefined> | undefined,
): void {
  // Answered with sendResponse (and `true`: "an answer will follow"), which Chrome's own API and
  // the polyfill both understand: the content script runs without the polyfill (size).
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (answer?: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'guide.focus') onShortcut();
    if (type === 'guide.show') {
      // Answered once the card is there (the content script may have to load the guide first).
      const shown = onShow();
      if (!shown) {
        sendResponse({ ok: true });
        return undefined;
      }
      shown.then(
        (handle) => sendResponse({ ok: handle !== undefined }),
        () => sendResponse({ ok: false }),
      );
      return true;
    }
    if (type === 'guide.testCorrection') {
      // Nothing: not this portal's correction (another tab answers, or none).
      const answer = onTest((message as { correction?: unknown }).correction);
      if (!answer) return undefined;
      answer.then(
        (result) => sendResponse(result ? { result } : undefined),
        () => sendResponse(undefined),
      );
      return true;
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
