/**
 * Everything the Werkplek Duaal content script needs to guide: its page states and its flows,
 * and nothing of the other portals (lib/flows/registry.ts puts all portals together).
 */
import { definePortalGuide, type PortalGuideInput } from '../define';
import { ERKENNING_HERNIEUWEN } from './erkenning-hernieuwen';
import { WPD_PAGES } from './pages';
import { ROLLEN } from './rollen';

/** The data as written (checked by lib/flows/check.ts in the tests and the build). */
export const WPD_INPUT: PortalGuideInput = { pages: WPD_PAGES, flows: [ERKENNING_HERNIEUWEN, ROLLEN] };

export const WPD_GUIDE = definePortalGuide(WPD_INPUT);
