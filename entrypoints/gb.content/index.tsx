import { defineContentScript } from 'wxt/utils/define-content-script';
import { GB_GUIDE } from '../../lib/flows/gb';
import { GB_FEATURES } from '../../lib/flows/gb/features';
import { startOverlay } from '../../lib/overlay/start';
import { matchPatterns } from '../../lib/portals';
import '../../lib/overlay/overlay.css';

export default defineContentScript({
  matches: matchPatterns('gb'),
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // WXT would post its "script started" event name (with the extension id) to the page.
  noScriptStartedPostMessage: true,
  main: (ctx) => startOverlay(ctx, 'gb', GB_GUIDE, GB_FEATURES),
});
