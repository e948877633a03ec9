/**
 * Everything the WSE-loket's content script needs to guide: its page states and its flows, and
 * nothing of the other portals (lib/flows/registry.ts puts all portals together for the tests,
 * the popup and the architecture checks).
 */
import { definePortalGuide, type PortalGuideInput } from '../define';
import { AANVRAAG_VOOR_KLANT } from './aanvraag-voor-klant';
import { WSE_PAGES } from './pages';
import { VOV_TERUGBETALING } from './vov-terugbetaling';

/** The data as written (checked by lib/flows/check.ts in the tests and the build). */
export const WSE_INPUT: PortalGuideInput = { pages: WSE_PAGES, flows: [AANVRAAG_VOOR_KLANT, VOV_TERUGBETALING] };

export const WSE_GUIDE = definePortalGuide(WSE_INPUT);
