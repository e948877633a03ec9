import SCREENS from 'virtual:loketgids-screens/sz';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { LAUNCHER_FR_DE, LAUNCHER_NL_EN } from '../../lib/i18n/launcher';
import { bootGuide } from '../../lib/overlay/boot';
import { matchPatterns } from '../../lib/portals';

/**
 * The federal social security portal's content script: the recogniser and the launcher only. The guide itself is
 * entrypoints/sz-guide.ts, loaded when a page needs it (lib/overlay/boot.ts).
 */
export default defineContentScript({
  matches: matchPatterns('sz'),
  // At document_start: storage and the background are asked while the page parses; the page is
  // read at DOMContentLoaded (measured: guidance ~30 ms sooner than document_end, lib/overlay/boot.ts).
  runAt: 'document_start',
  // The guide module brings the card's stylesheet into its shadow root itself.
  cssInjectionMode: 'manual',
  // WXT would post its "script started" event name (with the extension id) to the page.
  noScriptStartedPostMessage: true,
  main: (ctx) =>
    bootGuide(ctx, {
      portal: 'sz',
      pages: SCREENS,
      file: '/sz-guide.js',
      texts: { ...LAUNCHER_NL_EN, ...LAUNCHER_FR_DE },
    }),
});
