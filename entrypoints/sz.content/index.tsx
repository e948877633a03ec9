import { defineContentScript } from 'wxt/utils/define-content-script';
import { SZ_GUIDE } from '../../lib/flows/sz';
import { SZ_FEATURES } from '../../lib/flows/sz/features';
import { startOverlay } from '../../lib/overlay/start';
import { matchPatterns } from '../../lib/portals';
import '../../lib/overlay/overlay.css';

export default defineContentScript({
  matches: matchPatterns('sz'),
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // WXT would post its "script started" event name (with the extension id) to the page.
  noScriptStartedPostMessage: true,
  main: (ctx) => startOverlay(ctx, 'sz', SZ_GUIDE, SZ_FEATURES),
});
