import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay } from '../../components/Overlay';
import type { PortalGuide } from '../flows/define';
import { remoteExplain } from '../guide/explain-remote';
import { type Guide, startGuide } from '../guide/runtime';
import { loadTabState, saveTabState } from '../guide/tab-state';
import { request } from '../messaging';
import { recordObservation } from '../observed';
import type { PortalId } from '../portals';
import { readState, watchState } from '../state';
import { createRing } from './ring';
import { loadUi, saveUi } from './ui-state';

/**
 * Mount the Loketgids overlay on a portal page, in an open shadow root (reset styles, so the
 * portal's CSS cannot reach in) that is removed again when the content script is invalidated,
 * and start the guide (lib/guide/runtime.ts) on the page. Everything hangs on `ctx`.
 *
 * @example
 * export default defineContentScript({ matches: matchPatterns('wse'), main: (ctx) => startOverlay(ctx, 'wse', WSE_GUIDE) });
 */
export async function startOverlay(ctx: ContentScriptContext, portal: PortalId, data: PortalGuide): Promise<void> {
  let guide: Guide | undefined;
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'loketgids-overlay',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Keys typed in the card's search field must not trigger the portal's shortcuts.
    isolateEvents: true,
    onMount(container) {
      const ring = createRing(container);
      const host = container.ownerDocument.createElement('div');
      container.append(host);
      guide = startGuide({
        doc: document,
        portal,
        flows: data.flows,
        pages: data.pagesById,
        signal: ctx.signal,
        scheduler: {
          requestAnimationFrame: (cb) => ctx.requestAnimationFrame(cb),
          setTimeout: (cb, ms) => ctx.setTimeout(cb, ms),
        },
        ring,
        isOwnNode: (node) => node === ui.shadowHost,
        readState,
        watchState,
        loadTabState,
        saveTabState,
        searchClients: async (query) =>
          (await request<'clients.search'>({ type: 'clients.search', query, limit: 8 })).clients,
        getClient: async (kbo) => (await request<'clients.get'>({ type: 'clients.get', kbo })).client,
        setActiveClient: async (kbo) => {
          await request<'clients.setActive'>({ type: 'clients.setActive', kbo });
        },
        loadUi: () => loadUi(portal),
        saveUi: (mode) => saveUi(portal, mode),
        explain: remoteExplain,
        recordObservation: (entry) => void recordObservation(entry).catch(() => undefined),
      });
      render(<Overlay portal={portal} guide={guide} />, host);
      return host;
    },
    onRemove(host) {
      if (host) render(null, host);
    },
  });
  ui.mount();
  // Single-page navigation (pushState): WXT's location watcher runs once a listener is added through ctx.
  ctx.addEventListener(window, 'wxt:locationchange', () => guide?.schedule());
}
