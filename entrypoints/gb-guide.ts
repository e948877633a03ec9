/**
 * Gebruikersbeheer's guide: its flows, step features and the card. Not a content script of its
 * own: entrypoints/gb.content loads it into the page's isolated world when a page needs the guide
 * (lib/overlay/lazy.ts), with what it has read already.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { GB_GUIDE } from '../lib/flows/gb';
import { GB_FEATURES } from '../lib/flows/gb/features';
import { offerGuide } from '../lib/overlay/lazy';
import overlayCss from '../lib/overlay/overlay.css?inline';
import { startOverlay } from '../lib/overlay/start';

export default defineUnlistedScript(() =>
  offerGuide(({ ctx, options }) => startOverlay(ctx, 'gb', GB_GUIDE, GB_FEATURES, { ...options, css: overlayCss })),
);
