/**
 * Everything the gebruikersbeheer content script needs to guide: its page states and its flows,
 * and nothing of the other portals (lib/flows/registry.ts puts all portals together).
 */
import { definePortalGuide } from '../define';
import { KEN_RECHT_TOE } from './ken-recht-toe';
import { KOPPEL_GEBRUIKER } from './koppel-gebruiker';
import { GB_PAGES } from './pages';
import { SNEL_RECHT_TOEKENNEN } from './snel-recht-toekennen';

export const GB_GUIDE = definePortalGuide(GB_PAGES, [KOPPEL_GEBRUIKER, KEN_RECHT_TOE, SNEL_RECHT_TOEKENNEN]);
