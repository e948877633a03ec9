/**
 * Everything the social security portal's content script needs to guide: its page states and its
 * flows, and nothing of the other portals (lib/flows/registry.ts puts all portals together).
 */
import { definePortalGuide, type PortalGuideInput } from '../define';
import { GEBRUIKER_TOEVOEGEN } from './gebruiker-toevoegen';
import { GEBRUIKERS_BEHEREN } from './gebruikers-beheren';
import { LOKALE_BEHEERDER_AANDUIDEN } from './lokale-beheerder-aanduiden';
import { LOKALE_BEHEERDER_VERVANGEN } from './lokale-beheerder-vervangen';
import { SZ_PAGES } from './pages';
import { PROFIEL_WIJZIGEN } from './profiel-wijzigen';

/** The data as written (checked by lib/flows/check.ts in the tests and the build). */
export const SZ_INPUT: PortalGuideInput = {
  pages: SZ_PAGES,
  flows: [
    LOKALE_BEHEERDER_AANDUIDEN,
    LOKALE_BEHEERDER_VERVANGEN,
    GEBRUIKERS_BEHEREN,
    GEBRUIKER_TOEVOEGEN,
    PROFIEL_WIJZIGEN,
  ],
};

export const SZ_GUIDE = definePortalGuide(SZ_INPUT);
