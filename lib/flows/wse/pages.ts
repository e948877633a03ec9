/**
 * WSE-loket page states (DOMAIN.md §7, WSE 1–7) and what to point at on each.
 *
 * Recognised by visible text first (matched case- and whitespace-insensitively, also inside open
 * shadow roots); targets by role + accessible name, label, visible text, then a dated selector.
 * Paths are not used: the real portal's URLs are unknown (2026-11), the texts come from the seeds.
 */
import type { PageStateInput } from '../../guide/schema';

const REPLICA = '2026-11: replica markup; real markup unknown';

export const WSE_PAGES: PageStateInput[] = [
  {
    id: 'wse.aanmelden',
    title: { nl: 'Aanmeldkeuze', en: 'Login choice' },
    detect: {
      all: ['WSE Loket: Aanmelden'],
      any: ['Een onderneming of organisatie', 'Onderneming of organisatie'],
      none: ['Geef het KBO-nummer op', 'Staat de juiste organisatie niet in de lijst'],
    },
    targets: {
      'organisatie-tegel': {
        role: 'link',
        name: 'Een onderneming of organisatie',
        text: 'Een onderneming of organisatie',
        selectors: [{ css: 'a[href$="/aanmelden/organisatie"]', note: REPLICA }],
        lookFor: {
          nl: "Zoek de tegel 'Een onderneming of organisatie' (niet de tegel voor een burger) en klik erop.",
          en: "Look for the tile 'Een onderneming of organisatie' (company or organisation, not the citizen tile) and click it.",
        },
      },
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 2.1; public page: "Onderneming of organisatie"',
  },
  {
    id: 'wse.organisatie-kiezen',
    title: { nl: 'Organisatie kiezen', en: 'Choose the organisation' },
    detect: {
      all: ['WSE Loket: Aanmelden', 'Staat de juiste organisatie niet in de lijst'],
      none: ['Geef het KBO-nummer op'],
      predicate: 'organisation-tiles',
    },
    targets: {
      'eigen-organisatie': {
        text: '{ownOrganisation}',
        lookFor: {
          nl: 'Klik op de tegel met de naam van uw organisatie, niet op uw eigen naam. Tip: vul de naam van uw organisatie in bij de instellingen van Loketgids, dan wijs ik de tegel aan.',
          en: "Click the tile with your organisation's name, not your own name. Tip: enter your organisation's name in the Loketgids settings and I will point at the tile.",
        },
      },
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 2.2; seeds/001_d440d333149fb13b.txt step 2',
  },
  {
    id: 'wse.enkel-persoon',
    title: { nl: 'Enkel uw persoonlijke naam', en: 'Only your personal name' },
    detect: {
      all: ['WSE Loket: Aanmelden', 'Staat de juiste organisatie niet in de lijst'],
      none: ['Geef het KBO-nummer op'],
      predicate: 'only-personal-tile',
    },
    source: 'seeds/001_d440d333149fb13b.txt step 2 ("Ziet u enkel uw persoonlijke naam staan en geen organisatie?")',
  },
  {
    id: 'wse.burger',
    title: { nl: 'Aangemeld in eigen naam', en: 'Logged in under your own name' },
    detect: { all: ['Welkom in het WSE Loket', 'in eigen naam'] },
    targets: {
      'andere-organisatie': {
        role: 'link',
        name: 'Andere organisatie kiezen',
        text: 'Andere organisatie kiezen',
        lookFor: {
          nl: 'Meld u opnieuw aan en kies de tegel van de organisatie.',
          en: "Log in again and choose the organisation's tile.",
        },
      },
    },
    source: 'seeds/001_d440d333149fb13b.txt step 2 ("dus niet klikken op uw persoonlijke naam")',
  },
  {
    id: 'wse.kbo-prompt',
    title: { nl: 'KBO-nummer van de klant', en: "The client's KBO number" },
    // Seed 000 shows the same screen twice (Stap 2.3 and Stap 3.3).
    replicas: ['wse.kbo-prompt', 'wse.kbo-prompt-aanvraag'],
    detect: { all: ['Geef het KBO-nummer op van de klant'] },
    targets: {
      'kbo-veld': {
        role: 'textbox',
        name: 'KBO-nummer',
        label: 'KBO-nummer',
        selectors: [{ css: 'input[name="kbo"]', note: REPLICA }],
        lookFor: {
          nl: "Zoek onder 'Geef het KBO-nummer op van de klant' het veld 'KBO-nummer'.",
          en: "Look for the field 'KBO-nummer' under 'Geef het KBO-nummer op van de klant'.",
        },
      },
      doorgaan: {
        role: 'button',
        name: 'Doorgaan',
        text: 'Doorgaan',
        lookFor: { nl: "Klik op de knop 'Doorgaan'.", en: "Click the button 'Doorgaan'." },
      },
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 2.3 and Stap 3.3',
  },
  {
    id: 'wse.home',
    title: { nl: 'Startpagina', en: 'Home page' },
    detect: { all: ['Welkom in het WSE Loket', 'Aanvraag'], none: ['in eigen naam'] },
    targets: {
      aanvraag: {
        role: 'link',
        name: 'Aanvraag',
        text: 'Aanvraag',
        selectors: [{ css: 'a[href$="/aanvragen"]', note: REPLICA }],
        lookFor: {
          nl: "Klik rechts in het menu op de zwarte knop 'Aanvraag'.",
          en: "Click the black button 'Aanvraag' in the menu on the right.",
        },
      },
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 2.4 and Stap 3.1; seeds/001_d440d333149fb13b.txt step 4',
  },
  {
    id: 'wse.aanvragen',
    title: { nl: 'Overzicht van de diensten', en: 'Overview of the services' },
    replicas: ['wse.aanvragen', 'wse.aanvragen-zonder-recht'],
    detect: {
      all: ['alle diensten'],
      any: ['Aanvragen / indienen', 'Gebruikersrecht aanvragen'],
      none: ['Uw aanvraag werd verstuurd'],
    },
    targets: {
      dienst: {
        role: 'link',
        name: 'Aanvragen',
        text: 'Aanvragen',
        near: '{service}',
        lookFor: {
          nl: "Zoek de gewenste dienst en klik achteraan op de knop 'Aanvragen / indienen' (of 'Aanvragen').",
          en: "Find the service you want and click the button 'Aanvragen / indienen' (or 'Aanvragen') at the end of its row.",
        },
      },
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 3.2; seeds/001_d440d333149fb13b.txt step 4',
  },
  {
    id: 'wse.gebruikersrecht-aangevraagd',
    title: { nl: 'Gebruikersrecht aangevraagd', en: 'User right requested' },
    detect: { all: ['Gebruikersrecht aanvragen', 'Uw aanvraag werd verstuurd'] },
    source: 'seeds/001_d440d333149fb13b.txt step 4 ("Uw lokale beheerder krijgt een automatische mail")',
  },
  {
    id: 'wse.formulier',
    title: { nl: 'Aanvraagformulier', en: 'Application form' },
    detect: { all: ['Stap 1: Werkgevergegevens'] },
    targets: {
      volgende: {
        role: 'button',
        name: 'Volgende',
        text: 'Volgende',
        selectors: [{ css: 'form [type="submit"]', note: REPLICA }],
        lookFor: {
          nl: "Vul de werkgevergegevens aan en ga naar de volgende stap ('Volgende').",
          en: "Complete the employer details and go to the next step ('Volgende').",
        },
      },
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 3.4 ("STAP 1: WERKGEVERGEGEVENS")',
  },
  {
    id: 'wse.bevestigen',
    title: { nl: 'Aanvraag bevestigen', en: 'Confirm the application' },
    detect: {
      all: ['Bevestigen'],
      none: ['Ontvangstbevestiging', 'Stap 1: Werkgevergegevens'],
      roles: [{ role: 'button', name: 'Bevestigen' }],
    },
    targets: {
      bevestigen: {
        role: 'button',
        name: 'Bevestigen',
        text: 'Bevestigen',
        lookFor: { nl: "Klik onderaan op 'Bevestigen'.", en: "Click 'Bevestigen' (confirm) at the bottom." },
      },
    },
    source: 'seeds/001_d440d333149fb13b.txt step 4 ("Doorloop alle stappen en klik op \'Bevestigen\'")',
  },
  {
    id: 'wse.ontvangstbevestiging',
    title: { nl: 'Ontvangstbevestiging', en: 'Acknowledgement of receipt' },
    detect: { all: ['Ontvangstbevestiging'], any: ['goed ontvangen', 'werd ontvangen'] },
    source: 'seeds/001_d440d333149fb13b.txt step 4 ("U krijgt een ontvangstbevestiging")',
  },
];
