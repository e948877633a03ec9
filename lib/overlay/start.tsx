import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay } from '../../components/Overlay';
import type { PortalId } from '../portals';

/**
 * Mount the Loketgids overlay on a portal page, in an open shadow root (reset styles, so the
 * portal's CSS cannot reach in) that is removed again when the content script is invalidated.
 *
 * @example
 * export default defineContentScript({ matches: matchPatterns('wse'), main: (ctx) => startOverlay(ctx, 'wse') });
 */
export async function startOverlay(ctx: ContentScriptContext, portal: PortalId): Promise<void> {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'loketgids-overlay',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      render(<Overlay portal={portal} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
}
