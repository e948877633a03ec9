/**
 * WSE-loket page states (DOMAIN.md §7, WSE 1–7) as weighted evidence, and what to point at.
 *
 * Only wording that seed 000/001 or DOMAIN.md §7–§8 quote as screen text is ever `required`; the
 * rest (our replicas' guesses, structure) only adds weight. Paths are not used: the real portal's
 * URLs are unknown (2026-12). Evidence against a state (negative weight) keeps look-alike
 * screens apart: the KBO prompt and the organisation choice both say "WSE Loket: Aanmelden".
 */
import type { PageStateInput, SignalInput, TargetInput } from '../../guide/schema';

const REPLICA = '2026-11: replica markup; real markup unknown';

/** Evidence shared by several states. */
const KBO_FIELD: SignalInput = { kind: 'pattern', pattern: 'kbo-field', weight: -5, source: 'seed:000 Stap 2.3' };
const SERVICES: SignalInput = { kind: 'pattern', pattern: 'services', weight: -5, source: 'seed:000 Stap 3.2' };
const ORG_CHOICE: SignalInput = {
  kind: 'text',
  any: ['Staat de juiste organisatie niet in de lijst'],
  weight: -4,
  source: 'seed:000 Stap 2.2',
};
const FORM: SignalInput = {
  kind: 'text',
  any: ['Stap 1: Werkgevergegevens', 'Werkgevergegevens'],
  weight: -4,
  source: 'seed:000 Stap 3.4',
};
const CONFIRM_BUTTON: SignalInput = {
  kind: 'role',
  roles: ['button'],
  names: ['Bevestigen'],
  weight: -3,
  source: 'seed:001 step 4',
};
/** The organisation choice's line under the tiles (seed 000 Stap 2.2). */
const NO_ACCESS_LINE: SignalInput = {
  kind: 'text',
  any: ['Staat de juiste organisatie niet in de lijst', 'Vraag hier de gewenste toegang aan'],
  weight: 4,
  source: 'seed:000 Stap 2.2',
};
/** The login choice's organisation tile, as evidence against the screens after it. */
const loginTile = (weight: number): SignalInput => ({
  kind: 'role',
  roles: ['link', 'button'],
  names: ['Een onderneming of organisatie', 'Onderneming of organisatie'],
  weight,
  source: 'seed:000 Stap 2.1 (the login choice)',
});
const WSE_NAME: SignalInput = { kind: 'text', any: ['WSE Loket'], weight: 1, source: 'seed:000' };
const LOGIN_TITLE: SignalInput = { kind: 'text', any: ['WSE Loket: Aanmelden'], weight: 1, source: 'seed:000 Stap 2' };
const PERSONAL_LOGIN: SignalInput = {
  kind: 'text',
  any: ['op persoonlijke naam', 'uw persoonlijke naam', 'in eigen naam', 'als burger', 'aangemeld als burger'],
  weight: -3,
  source: 'seed:001 step 2 ("uw persoonlijke naam"); replica',
};

const kboVeld: TargetInput = {
  roles: ['textbox'],
  labels: ['KBO-nummer', 'KBO nummer', 'Ondernemingsnummer', 'KBO-nr'],
  names: ['KBO-nummer', 'Ondernemingsnummer'],
  selectors: [{ css: 'input[name="kbo"]', note: REPLICA }],
  lookFor: {
    nl: "Zoek onder 'Geef het KBO-nummer op van de klant' het veld 'KBO-nummer'.",
    en: "Look for the field 'KBO-nummer' under 'Geef het KBO-nummer op van de klant'.",
  },
};

export const WSE_PAGES: PageStateInput[] = [
  {
    id: 'wse.aanmelden',
    title: { nl: 'Aanmeldkeuze', en: 'Login choice' },
    recognise: {
      signals: [
        {
          kind: 'text',
          any: ['Een onderneming of organisatie', 'Onderneming of organisatie'],
          weight: 2,
          source: 'seed:000 Stap 2.1; domain:§7 public page "Onderneming of organisatie"',
        },
        {
          kind: 'role',
          roles: ['link', 'button', 'radio'],
          names: ['Een onderneming of organisatie', 'Onderneming of organisatie'],
          weight: 4,
          required: true,
          source: 'seed:000 Stap 2.1 ("Selecteer de tegel Een onderneming of organisatie")',
        },
        { ...LOGIN_TITLE, weight: 2 },
        ORG_CHOICE,
        KBO_FIELD,
        SERVICES,
        { kind: 'pattern', pattern: 'kbo-in-top-line', weight: -2, source: 'seed:000 Stap 2.4' },
      ],
      threshold: 0.55,
    },
    targets: {
      'organisatie-tegel': {
        roles: ['link', 'button', 'radio'],
        names: ['Een onderneming of organisatie', 'Onderneming of organisatie'],
        text: 'onderneming of organisatie',
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
    recognise: {
      signals: [
        NO_ACCESS_LINE,
        {
          kind: 'pattern',
          pattern: 'choice-organisations',
          weight: 3,
          source: 'seed:000 Stap 2.2 (the secretariat tile)',
        },
        LOGIN_TITLE,
        { kind: 'pattern', pattern: 'choice-personal-only', weight: -5, source: 'seed:001 step 2' },
        loginTile(-2),
        KBO_FIELD,
        SERVICES,
      ],
    },
    targets: {
      'eigen-organisatie': {
        roles: ['link', 'button', 'radio'],
        names: ['{ownOrganisation}'],
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
    recognise: {
      signals: [
        {
          kind: 'pattern',
          pattern: 'choice-personal-only',
          weight: 5,
          required: true,
          source: 'seed:001 step 2 ("Ziet u enkel uw persoonlijke naam staan en geen organisatie?")',
        },
        NO_ACCESS_LINE,
        LOGIN_TITLE,
        { kind: 'pattern', pattern: 'choice-organisations', weight: -5, source: 'seed:000 Stap 2.2' },
        loginTile(-3),
        KBO_FIELD,
        SERVICES,
        { kind: 'pattern', pattern: 'kbo-in-top-line', weight: -2, source: 'seed:000 Stap 2.4' },
      ],
    },
    source: 'seeds/001_d440d333149fb13b.txt step 2 ("Ziet u enkel uw persoonlijke naam staan en geen organisatie?")',
  },
  {
    id: 'wse.burger',
    title: { nl: 'Aangemeld in eigen naam', en: 'Logged in under your own name' },
    recognise: {
      signals: [
        {
          kind: 'text',
          any: ['in eigen naam', 'op persoonlijke naam', 'uw persoonlijke naam', 'als burger', 'aangemeld als burger'],
          weight: 4,
          source: 'seed:001 step 2 ("uw persoonlijke naam"); replica',
        },
        { kind: 'text', any: ['Welkom'], weight: 1, source: 'replica' },
        WSE_NAME,
        {
          kind: 'role',
          roles: ['link', 'button'],
          names: [
            'Andere organisatie kiezen',
            'Organisatie kiezen',
            'Wissel van organisatie',
            'Aanmelden als organisatie',
          ],
          weight: 2,
          source: 'replica',
        },
        { kind: 'pattern', pattern: 'kbo-in-top-line', weight: -3, source: 'seed:000 Stap 2.4' },
        { kind: 'pattern', pattern: 'choice-organisations', weight: -3, source: 'seed:000 Stap 2.2' },
        ORG_CHOICE,
        KBO_FIELD,
        SERVICES,
        FORM,
      ],
    },
    targets: {
      'andere-organisatie': {
        roles: ['link', 'button'],
        names: [
          'Andere organisatie kiezen',
          'Organisatie kiezen',
          'Wissel van organisatie',
          'Aanmelden als organisatie',
        ],
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
    recognise: {
      signals: [
        {
          kind: 'pattern',
          pattern: 'kbo-field',
          weight: 3,
          required: true,
          source: 'seed:000 Stap 2.3 (field "KBO-nummer")',
        },
        {
          kind: 'text',
          any: ['Geef het KBO-nummer op van de klant waarvoor u wil werken', 'Geef het KBO-nummer op van de klant'],
          weight: 4,
          source: 'seed:000 Stap 2.3',
        },
        { kind: 'text', any: ['Niet voor een klant werken'], weight: 2, source: 'seed:000 Stap 2.3' },
        { kind: 'role', roles: ['button'], names: ['Doorgaan'], weight: 2, source: 'seed:000 Stap 2.3' },
        { kind: 'text', any: ['Doorgaan als'], weight: 1, source: 'seed:000 Stap 2.3' },
        LOGIN_TITLE,
        SERVICES,
        ORG_CHOICE,
        FORM,
      ],
      threshold: 0.5,
    },
    targets: {
      'kbo-veld': kboVeld,
      doorgaan: {
        roles: ['button'],
        names: ['Doorgaan'],
        lookFor: { nl: "Klik op de knop 'Doorgaan'.", en: "Click the button 'Doorgaan'." },
      },
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 2.3 and Stap 3.3',
  },
  {
    id: 'wse.home',
    title: { nl: 'Startpagina', en: 'Home page' },
    recognise: {
      signals: [
        {
          kind: 'role',
          roles: ['link', 'button'],
          names: ['Aanvraag', 'Start nieuwe aanvraag'],
          weight: 4,
          source:
            'seed:000 Stap 3.1 ("de tegel Aanvraag"); seed:001 ("de zwarte knop"); domain:§8 "Start nieuwe aanvraag"',
        },
        { kind: 'pattern', pattern: 'kbo-in-top-line', weight: 3, source: 'seed:000 Stap 2.4 ("in de lijn bovenaan")' },
        { kind: 'text', any: ['Start nieuwe aanvraag'], weight: 1, source: 'domain:§8 WSE-loket menu' },
        WSE_NAME,
        { kind: 'text', any: ['Welkom'], weight: 1, source: 'replica' },
        // The portal's header is on every page after login: where its menu marks another page
        // as the current one ("Nieuws"), this is that page, not the start page.
        {
          kind: 'pattern',
          pattern: 'current-page-elsewhere',
          weight: -4,
          source: 'structure (WAI-ARIA aria-current="page")',
        },
        KBO_FIELD,
        SERVICES,
        ORG_CHOICE,
        FORM,
        CONFIRM_BUTTON,
        PERSONAL_LOGIN,
      ],
      threshold: 0.5,
      generic: true,
    },
    targets: {
      aanvraag: {
        roles: ['link', 'button'],
        names: ['Aanvraag', 'Start nieuwe aanvraag'],
        selectors: [{ css: 'a[href$="/aanvragen"]', note: REPLICA }],
        lookFor: {
          nl: "Klik rechts in het menu op de zwarte knop 'Aanvraag' (of bovenaan op 'Start nieuwe aanvraag').",
          en: "Click the black button 'Aanvraag' in the menu on the right (or 'Start nieuwe aanvraag' at the top).",
        },
      },
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 2.4 and Stap 3.1; seeds/001_d440d333149fb13b.txt step 4',
  },
  {
    id: 'wse.aanvragen',
    title: { nl: 'Overzicht van de diensten', en: 'Overview of the services' },
    replicas: ['wse.aanvragen', 'wse.aanvragen-zonder-recht'],
    recognise: {
      signals: [
        {
          kind: 'pattern',
          pattern: 'services',
          weight: 5,
          required: true,
          source: 'seed:000 Stap 3.2 ("Klik achteraan op de knop Aanvragen / indienen van de gewenste dienst")',
        },
        { kind: 'text', any: ['Aanvragen / indienen'], weight: 2, source: 'seed:000 Stap 3.2' },
        {
          kind: 'text',
          any: ['Terugbetalingsaanvraag Vlaams opleidingsverlof', 'Vlaams opleidingsverlof'],
          weight: 1,
          source: 'seed:001 step 4',
        },
        { kind: 'text', any: ['Gebruikersrecht aanvragen'], weight: 1, source: 'seed:001 step 4' },
        {
          kind: 'text',
          any: ['Werk en Sociale Economie', 'diensten'],
          weight: 1,
          source: 'seed:000 Stap 3.2; replica',
        },
        KBO_FIELD,
        FORM,
      ],
      threshold: 0.5,
    },
    targets: {
      dienst: {
        roles: ['link', 'button'],
        names: ['Aanvragen', 'Aanvragen / indienen', 'Gebruikersrecht aanvragen'],
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
    recognise: {
      signals: [
        { kind: 'text', any: ['lokale beheerder'], weight: 2, source: 'seed:001 step 4' },
        { kind: 'text', any: ['mail', 'e-mail'], weight: 2, source: 'seed:001 step 4 ("een automatische mail")' },
        { kind: 'text', any: ['gebruikersrecht', 'recht'], weight: 1, source: 'seed:001 step 4' },
        {
          kind: 'text',
          any: ['Gebruikersrecht aanvragen', 'aangevraagd', 'verstuurd', 'verzonden', 'Wat gebeurt er nu'],
          in: 'heading',
          weight: 2,
          source: "seed:001 step 4 (the button's name as the title); replica",
        },
        { kind: 'pattern', pattern: 'success-message', weight: 3, source: 'structure' },
        SERVICES,
        KBO_FIELD,
        FORM,
        ORG_CHOICE,
      ],
      threshold: 0.65,
    },
    source: 'seeds/001_d440d333149fb13b.txt step 4 ("Uw lokale beheerder krijgt een automatische mail")',
  },
  {
    id: 'wse.formulier',
    title: { nl: 'Aanvraagformulier', en: 'Application form' },
    recognise: {
      signals: [
        {
          kind: 'text',
          any: ['Stap 1: Werkgevergegevens', 'Werkgevergegevens'],
          weight: 5,
          required: true,
          source: 'seed:000 Stap 3.4',
        },
        {
          kind: 'pattern',
          pattern: 'form-fields',
          weight: 2,
          required: true,
          source: 'seed:000 Stap 3.4 ("het eerste invulscherm")',
        },
        { kind: 'text', any: ['Maatschappelijke zetel'], weight: 2, source: 'seed:000 Stap 3.4' },
        { kind: 'text', any: ['Contactgegevens werkgever'], weight: 2, source: 'seed:000 Stap 3.4' },
        {
          kind: 'role',
          roles: ['button'],
          names: ['Volgende', 'Verder', 'Volgende stap'],
          weight: 1,
          source: 'replica',
        },
        SERVICES,
      ],
    },
    targets: {
      volgende: {
        roles: ['button', 'link'],
        names: ['Volgende', 'Verder', 'Volgende stap', 'Naar stap 2', 'Opslaan en verder', 'Ga verder'],
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
    recognise: {
      signals: [
        {
          kind: 'role',
          roles: ['button'],
          names: ['Bevestigen'],
          weight: 5,
          required: true,
          source: 'seed:001 step 4 ("klik op \'Bevestigen\'")',
        },
        { kind: 'text', any: ['Bevestigen'], weight: 1, source: 'seed:001 step 4' },
        { kind: 'text', any: ['overzicht', 'samenvatting', 'controleer', 'nakijken'], weight: 1, source: 'replica' },
        { kind: 'pattern', pattern: 'kbo-in-top-line', weight: 1, source: 'seed:000 Stap 3.4' },
        { kind: 'text', any: ['Ontvangstbevestiging'], weight: -4, source: 'seed:001 step 4' },
        { kind: 'pattern', pattern: 'form-fields', weight: -3, source: 'seed:000 Stap 3.4' },
        SERVICES,
        KBO_FIELD,
      ],
      threshold: 0.55,
    },
    targets: {
      bevestigen: {
        roles: ['button'],
        names: ['Bevestigen'],
        lookFor: { nl: "Klik onderaan op 'Bevestigen'.", en: "Click 'Bevestigen' (confirm) at the bottom." },
      },
    },
    source: 'seeds/001_d440d333149fb13b.txt step 4 ("Doorloop alle stappen en klik op \'Bevestigen\'")',
  },
  {
    id: 'wse.ontvangstbevestiging',
    title: { nl: 'Ontvangstbevestiging', en: 'Acknowledgement of receipt' },
    recognise: {
      signals: [
        {
          kind: 'text',
          any: ['Ontvangstbevestiging', 'Ontvangstbewijs'],
          weight: 2,
          required: true,
          source: 'seed:001 step 4 ("U krijgt een ontvangstbevestiging")',
        },
        {
          kind: 'text',
          any: ['Ontvangstbevestiging', 'Ontvangstbewijs', 'goed ontvangen', 'werd ontvangen'],
          in: 'heading',
          weight: 4,
          source: 'seed:001 step 4; replica',
        },
        {
          kind: 'text',
          any: ['goed ontvangen', 'werd ontvangen', 'dossiernummer', 'ingediend', 'referentienummer'],
          weight: 2,
          source: 'replica',
        },
        { kind: 'pattern', pattern: 'success-message', weight: 1, source: 'structure' },
        CONFIRM_BUTTON,
        { kind: 'pattern', pattern: 'form-fields', weight: -3, source: 'seed:000 Stap 3.4' },
        SERVICES,
        KBO_FIELD,
      ],
      threshold: 0.55,
    },
    source: 'seeds/001_d440d333149fb13b.txt step 4 ("U krijgt een ontvangstbevestiging")',
  },
];
