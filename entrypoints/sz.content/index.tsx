import { defineContentScript } from 'wxt/utils/define-content-script';
import { SZ_GUIDE } from '../../lib/flows/sz';
import { SZ_FEATURES } from '../../lib/flows/sz/features';
import { addCardLanguages } from '../../lib/i18n/card';
import { CARD_FR_DE } from '../../lib/i18n/card-fr-de';
import { startOverlay } from '../../lib/overlay/start';
import { matchPatterns } from '../../lib/portals';
import '../../lib/overlay/overlay.css';

export default defineContentScript({
  matches: matchPatterns('sz'),
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // WXT would post its "script started" event name (with the extension id) to the page.
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    // The federal portal's card also speaks French and German (lib/guide/lang.ts).
    addCardLanguages(CARD_FR_DE);
    return startOverlay(ctx, 'sz', SZ_GUIDE, SZ_FEATURES);
  },
});
