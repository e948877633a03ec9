/**
 * Gebruikersbeheer (Vlaamse overheid) page states (DOMAIN.md §7, Gebruikersbeheer) and what to
 * point at on each. Recognised by visible text ("Stap 1 van 3: …" and the wizard titles from
 * seeds 000 and 003) and roles; targets by role + name, label, text, then dated selectors.
 */
import type { PageStateInput } from '../../guide/schema';

const REPLICA = '2026-11: replica markup; real markup unknown';

const verder = {
  role: 'button',
  name: 'Verder',
  text: 'Verder',
  lookFor: { nl: "Klik op 'Verder'.", en: "Click 'Verder' (next)." },
} as const;
const bevestig = {
  role: 'button',
  name: 'Bevestig',
  text: 'Bevestig',
  lookFor: { nl: "Klik op 'Bevestig'.", en: "Click 'Bevestig' (confirm)." },
} as const;
const volgende = {
  role: 'button',
  name: 'Volgende',
  text: 'Volgende',
  lookFor: { nl: "Klik op 'Volgende'.", en: "Click 'Volgende' (next)." },
} as const;

export const GB_PAGES: PageStateInput[] = [
  {
    id: 'gb.aanmelden',
    title: { nl: 'Aanmelden in gebruikersbeheer', en: 'Log in to user management' },
    detect: { all: ['Aanmelden', 'een entiteit van de Vlaamse overheid'] },
    targets: {
      entiteit: {
        role: 'radio',
        name: 'een entiteit van de Vlaamse overheid',
        text: 'een entiteit van de Vlaamse overheid',
        selectors: [{ css: 'input[value="entiteit"], a[href*="als=entiteit"]', note: REPLICA }],
        lookFor: {
          nl: "Kies bij Aanmelden 'een entiteit van de Vlaamse overheid'.",
          en: "Under Aanmelden choose 'een entiteit van de Vlaamse overheid' (an entity of the Flemish government).",
        },
      },
    },
    source: 'seeds/003_d4bc706caa4b468e.txt "RECHTEN GEVEN AAN GEBRUIKERS"',
  },
  {
    id: 'gb.beheer',
    title: { nl: 'Gebruiker in gebruikersbeheer', en: 'User in user management' },
    detect: {
      all: ['Koppel gebruiker aan organisatie', 'Ken gebruikersrecht toe'],
      none: ['Stap 1 van 3', 'Stap 2 van 3', 'Stap 3 van 3'],
    },
    targets: {
      koppel: {
        role: 'link',
        name: 'Koppel gebruiker aan organisatie',
        text: 'Koppel gebruiker aan organisatie',
        selectors: [{ css: 'a[href*="/koppel"]', note: REPLICA }],
        lookFor: {
          nl: "Open de gebruiker en klik op 'Koppel gebruiker aan organisatie'.",
          en: "Open the user and click 'Koppel gebruiker aan organisatie'.",
        },
      },
      'ken-recht': {
        role: 'link',
        name: 'Ken gebruikersrecht toe',
        text: 'Ken gebruikersrecht toe',
        selectors: [{ css: 'a[href*="/recht"]', note: REPLICA }],
        lookFor: {
          nl: "Open de gebruiker en klik op 'Ken gebruikersrecht toe'.",
          en: "Open the user and click 'Ken gebruikersrecht toe'.",
        },
      },
      'snel-recht': {
        role: 'link',
        name: 'Snel recht toekennen',
        text: 'Snel recht toekennen',
        selectors: [{ css: 'a[href$="/snel-recht"]', note: REPLICA }],
        lookFor: { nl: "Kies 'Snel recht toekennen'.", en: "Choose 'Snel recht toekennen' (quick grant)." },
      },
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.2–1.3',
  },
  {
    id: 'gb.koppel-stap-1',
    title: { nl: 'Koppel: organisatie', en: 'Link: organisation' },
    detect: { all: ['Koppel gebruiker aan organisatie', 'Stap 1 van 3'] },
    targets: {
      'organisatie-veld': {
        role: 'textbox',
        name: 'KBO nummer of naam',
        label: 'KBO nummer of naam',
        selectors: [{ css: 'input[name="organisatie"]', note: REPLICA }],
        lookFor: {
          nl: 'Zoek het veld voor het KBO-nummer of de naam van de organisatie.',
          en: "Look for the field for the organisation's KBO number or name.",
        },
      },
      verder,
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.2 ("Stap 1 van 3: Selecteer organisatie")',
  },
  {
    id: 'gb.koppel-stap-2',
    title: { nl: 'Koppel: werkrelatie', en: 'Link: work relation' },
    detect: { all: ['Koppel gebruiker aan organisatie', 'Stap 2 van 3'] },
    targets: {
      telefoon: {
        role: 'textbox',
        name: 'Telefoonnummer',
        label: 'Telefoonnummer',
        selectors: [{ css: 'input[type="tel"]', note: REPLICA }],
        lookFor: { nl: 'Zoek het veld Telefoonnummer.', en: 'Look for the field Telefoonnummer (phone).' },
      },
      verder,
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.2 ("Stap 2 van 3 Werkrelatie details")',
  },
  {
    id: 'gb.koppel-stap-3',
    title: { nl: 'Koppel: bevestigen', en: 'Link: confirm' },
    detect: { all: ['Koppel gebruiker aan organisatie', 'Stap 3 van 3'] },
    targets: { bevestig },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.2 ("Klik op Bevestig")',
  },
  {
    id: 'gb.koppel-klaar',
    title: { nl: 'Gekoppeld', en: 'Linked' },
    detect: { all: ['Koppel gebruiker aan organisatie', 'werd gekoppeld'] },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.2',
  },
  {
    id: 'gb.recht-stap-1',
    title: { nl: 'Recht: kiezen', en: 'Right: choose' },
    detect: { all: ['Ken gebruikersrecht toe', 'Stap 1 van 3'] },
    targets: {
      dimona: {
        role: 'radio',
        name: 'Dimona Mandaatuitvoerder',
        text: 'Dimona Mandaatuitvoerder',
        selectors: [{ css: 'input[value="Dimona Mandaatuitvoerder"]', note: REPLICA }],
        lookFor: {
          nl: "Zoek het gebruikersrecht 'Dimona Mandaatuitvoerder' (soms 'SSM Mandaatuitvoerder') en selecteer het.",
          en: "Find the user right 'Dimona Mandaatuitvoerder' (sometimes 'SSM Mandaatuitvoerder') and select it.",
        },
      },
      verder,
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.3 ("Selecteer Dimona Mandaatuitvoerder en klik op Verder")',
  },
  {
    id: 'gb.recht-stap-2',
    title: { nl: 'Recht: datums', en: 'Right: dates' },
    detect: { all: ['Ken gebruikersrecht toe', 'Stap 2 van 3'] },
    targets: {
      begindatum: {
        role: 'textbox',
        name: 'Begindatum',
        label: 'Begindatum',
        lookFor: { nl: 'Zoek de velden Begindatum en Einddatum.', en: 'Look for the fields Begindatum and Einddatum.' },
      },
      verder,
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.3 ("Kijk datums na en klik op Verder")',
  },
  {
    id: 'gb.recht-stap-3',
    title: { nl: 'Recht: bevestigen', en: 'Right: confirm' },
    detect: { all: ['Ken gebruikersrecht toe', 'Stap 3 van 3'] },
    targets: { bevestig },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.3 ("Klik op Bevestig")',
  },
  {
    id: 'gb.recht-klaar',
    title: { nl: 'Recht toegekend', en: 'Right granted' },
    detect: {
      all: ['Ken gebruikersrecht toe', 'werd toegekend'],
      none: ['Stap 1 van 3', 'Stap 2 van 3', 'Stap 3 van 3'],
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.3',
  },
  {
    id: 'gb.snel-recht',
    title: { nl: 'Snel recht toekennen', en: 'Quick grant' },
    detect: { all: ['Snel recht toekennen', 'Nieuw recht toekennen'], none: ['Persoon toevoegen', 'werd toegekend'] },
    targets: {
      'nieuw-recht': {
        role: 'link',
        name: 'Nieuw recht toekennen',
        text: 'Nieuw recht toekennen',
        selectors: [{ css: 'a[href$="/snel-recht/persoon"]', note: REPLICA }],
        lookFor: { nl: "Klik op 'Nieuw recht toekennen'.", en: "Click 'Nieuw recht toekennen' (grant new right)." },
      },
    },
    source: 'seeds/003_d4bc706caa4b468e.txt ("\'Snel recht toekennen\' > Nieuw recht toekennen")',
  },
  {
    id: 'gb.snel-recht-persoon',
    title: { nl: 'Persoon toevoegen', en: 'Add the person' },
    detect: {
      all: ['Nieuw recht toekennen'],
      roles: [{ role: 'textbox', name: 'Rijksregisternummer' }],
    },
    targets: {
      'rrn-veld': {
        role: 'textbox',
        name: 'Rijksregisternummer',
        label: 'Rijksregisternummer',
        selectors: [{ css: 'input#rrn', note: REPLICA }],
        lookFor: {
          nl: 'Zoek het veld Rijksregisternummer (elf cijfers).',
          en: 'Look for the field Rijksregisternummer (national register number, eleven digits).',
        },
      },
      volgende,
    },
    source:
      'seeds/003_d4bc706caa4b468e.txt ("Zorg dat u het rijksregisternummer … kent"); public page: "Persoon toevoegen", "Volgende"',
  },
  {
    id: 'gb.snel-recht-recht',
    title: { nl: 'Gebruikersrecht en rollen', en: 'User right and roles' },
    detect: {
      all: ['Nieuw recht toekennen', 'Rollen', 'Werkplek Duaal Gebruiker'],
      roles: [{ role: 'button', name: 'Volgende' }],
    },
    targets: {
      'werkplek-duaal': {
        role: 'radio',
        name: 'Werkplek Duaal Gebruiker',
        label: 'Gebruikersrecht',
        text: 'Werkplek Duaal Gebruiker',
        lookFor: {
          nl: "Kies bij gebruikersrecht 'Werkplek Duaal Gebruiker' en vink de rol(len) aan.",
          en: "Choose the user right 'Werkplek Duaal Gebruiker' and tick the role(s).",
        },
      },
      volgende,
    },
    source: 'seeds/003_d4bc706caa4b468e.txt ("Kies bij gebruikersrecht \'Werkplek Duaal Gebruiker\'", roles)',
  },
  {
    id: 'gb.snel-recht-bevestig',
    title: { nl: 'Nieuw recht bevestigen', en: 'Confirm the new right' },
    detect: { all: ['Nieuw recht toekennen'], roles: [{ role: 'button', name: 'Bevestig' }] },
    targets: { bevestig },
    source: 'seeds/003_d4bc706caa4b468e.txt ("In de volgende schermen volgt u de stappen")',
  },
  {
    id: 'gb.snel-recht-klaar',
    title: { nl: 'Recht toegekend', en: 'Right granted' },
    detect: { all: ['werd toegekend', 'bevestigingsmail'] },
    source: 'seeds/003_d4bc706caa4b468e.txt ("automatisch een bevestigingsmail")',
  },
];
