import { defineContentScript } from 'wxt/utils/define-content-script';
import { WPD_GUIDE } from '../../lib/flows/wpd';
import { WPD_FEATURES } from '../../lib/flows/wpd/features';
import { startOverlay } from '../../lib/overlay/start';
import { matchPatterns } from '../../lib/portals';
import '../../lib/overlay/overlay.css';

export default defineContentScript({
  matches: matchPatterns('wpd'),
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // WXT would post its "script started" event name (with the extension id) to the page.
  noScriptStartedPostMessage: true,
  main: (ctx) => startOverlay(ctx, 'wpd', WPD_GUIDE, WPD_FEATURES),
});
