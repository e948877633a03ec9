/**
 * What a guide can see on a portal page that proves a fact missing (DOMAIN.md §7). The guide feeds
 * these to `explain()` as `missing: [{ observation, page, fact? }]`; the engine then reports the
 * fact as a gap even when the person ticked it, and names the observation as its evidence.
 *
 * Only observations a seed states outright are listed: the portals publish no more. `pages` are
 * the page-state ids of lib/flows (`wse.aanvragen`, `wse.enkel-persoon`, …), first the usual one.
 */
import type { z } from 'zod';
import type { observationKindSchema } from './schema';

export const OBSERVATION_KINDS: z.input<typeof observationKindSchema>[] = [
  {
    id: 'wse.gebruikersrecht-aanvragen-knop',
    aliases: ['button-gebruikersrecht-aanvragen'],
    pages: ['wse.aanvragen', 'wse.aanvragen-zonder-recht'],
    proves: ['recht:dwse-organisatieverantwoordelijke#opleidingsverlof'],
    seen: {
      nl: "Bij 'Terugbetalingsaanvraag Vlaams opleidingsverlof' staat de blauwe knop 'Gebruikersrecht aanvragen' in plaats van 'Aanvragen'.",
      en: "Under 'Terugbetalingsaanvraag Vlaams opleidingsverlof' there is the blue button 'Gebruikersrecht aanvragen' (request user right) instead of 'Aanvragen' (apply).",
    },
    conclusion: {
      nl: "U hebt nog niet het recht 'DWSE organisatieverantwoordelijke' met context 'opleidingsverlof'.",
      en: "You do not have the right 'DWSE organisatieverantwoordelijke' with context 'opleidingsverlof' yet.",
    },
    source: 'seeds/001_d440d333149fb13b.txt step 4 ("Staat er … een blauwe knop \'Gebruikersrecht aanvragen\'?")',
  },
  {
    id: 'wse.enkel-persoonlijke-naam',
    aliases: ['tile-only-personal-name'],
    pages: ['wse.enkel-persoon', 'wse.organisatie-kiezen'],
    proves: ['werkrelatie'],
    seen: {
      nl: 'Na het aanmelden staat enkel uw persoonlijke naam en geen organisatie.',
      en: 'After logging in only your personal name is shown and no organisation.',
    },
    conclusion: {
      nl: 'U hebt nog geen werkrelatie met de organisatie in gebruikersbeheer.',
      en: 'You do not have a work relation with the organisation in user management yet.',
    },
    source: 'seeds/001_d440d333149fb13b.txt step 2 ("Ziet u enkel uw persoonlijke naam staan en geen organisatie?")',
  },
  {
    id: 'wse.organisatie-niet-in-lijst',
    aliases: [],
    pages: ['wse.organisatie-kiezen'],
    proves: ['werkrelatie'],
    seen: {
      nl: "De organisatie waarvoor u wilt werken staat niet tussen de tegels ('Staat de juiste organisatie niet in de lijst? Vraag hier de gewenste toegang aan.').",
      en: "The organisation you want to work for is not among the tiles ('Staat de juiste organisatie niet in de lijst? …': is the right organisation not in the list?).",
    },
    conclusion: {
      nl: 'U hebt nog geen werkrelatie met die organisatie in gebruikersbeheer.',
      en: 'You do not have a work relation with that organisation in user management yet.',
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 2.2 ("Staat de juiste organisatie niet in de lijst?")',
  },
];
