import { defineContentScript } from 'wxt/utils/define-content-script';
import { WSE_GUIDE } from '../../lib/flows/wse';
import { WSE_FEATURES } from '../../lib/flows/wse/features';
import { startOverlay } from '../../lib/overlay/start';
import { matchPatterns } from '../../lib/portals';
import '../../lib/overlay/overlay.css';

export default defineContentScript({
  matches: matchPatterns('wse'),
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // WXT would post its "script started" event name (with the extension id) to the page.
  noScriptStartedPostMessage: true,
  main: (ctx) => startOverlay(ctx, 'wse', WSE_GUIDE, WSE_FEATURES),
});
