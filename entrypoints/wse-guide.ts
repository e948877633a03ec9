/**
 * The WSE-loket's guide: its flows, step features and the card. Not a content script of its
 * own: entrypoints/wse.content loads it into the page's isolated world when a page needs the guide
 * (lib/overlay/lazy.ts), with what it has read already.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { WSE_GUIDE } from '../lib/flows/wse';
import { WSE_FEATURES } from '../lib/flows/wse/features';
import { offerGuide } from '../lib/overlay/lazy';
import overlayCss from '../lib/overlay/overlay.css?inline';
import { startOverlay } from '../lib/overlay/start';

export default defineUnlistedScript(() =>
  offerGuide(({ ctx, options }) => startOverlay(ctx, 'wse', WSE_GUIDE, WSE_FEATURES, { ...options, css: overlayCss })),
);
