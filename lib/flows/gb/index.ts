/**
 * Everything the gebruikersbeheer content script needs to guide: its page states and its flows,
 * and nothing of the other portals (lib/flows/registry.ts puts all portals together).
 */
import { definePortalGuide, type PortalGuideInput } from '../define';
import { KEN_RECHT_TOE } from './ken-recht-toe';
import { KOPPEL_GEBRUIKER } from './koppel-gebruiker';
import { GB_PAGES } from './pages';
import { SNEL_RECHT_TOEKENNEN } from './snel-recht-toekennen';

/** The data as written (checked by lib/flows/check.ts in the tests and the build). */
export const GB_INPUT: PortalGuideInput = {
  pages: GB_PAGES,
  flows: [KOPPEL_GEBRUIKER, KEN_RECHT_TOE, SNEL_RECHT_TOEKENNEN],
};

export const GB_GUIDE = definePortalGuide(GB_INPUT);
