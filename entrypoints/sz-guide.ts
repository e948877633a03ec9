/**
 * The federal social security portal's guide: its flows, step features and the card. Not a content script of its
 * own: entrypoints/sz.content loads it into the page's isolated world when a page needs the guide
 * (lib/overlay/lazy.ts), with what it has read already.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { SZ_GUIDE } from '../lib/flows/sz';
import { SZ_FEATURES } from '../lib/flows/sz/features';
import { addCardLanguages } from '../lib/i18n/card';
import { CARD_FR_DE } from '../lib/i18n/card-fr-de';
import { offerGuide } from '../lib/overlay/lazy';
import overlayCss from '../lib/overlay/overlay.css?inline';
import { startOverlay } from '../lib/overlay/start';

// The federal portal's card also speaks French and German (lib/guide/lang.ts).
addCardLanguages(CARD_FR_DE);

export default defineUnlistedScript(() =>
  offerGuide(({ ctx, options }) => startOverlay(ctx, 'sz', SZ_GUIDE, SZ_FEATURES, { ...options, css: overlayCss })),
);
