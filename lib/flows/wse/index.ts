/**
 * Everything the WSE-loket's content script needs to guide: its page states and its flows, and
 * nothing of the other portals (lib/flows/registry.ts puts all portals together for the tests,
 * the popup and the architecture checks).
 */
import { definePortalGuide } from '../define';
import { AANVRAAG_VOOR_KLANT } from './aanvraag-voor-klant';
import { WSE_PAGES } from './pages';
import { VOV_TERUGBETALING } from './vov-terugbetaling';

export const WSE_GUIDE = definePortalGuide(WSE_PAGES, [AANVRAAG_VOOR_KLANT, VOV_TERUGBETALING]);
