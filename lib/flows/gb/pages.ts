/**
 * Gebruikersbeheer (Vlaamse overheid) page states (DOMAIN.md §7–§8, Gebruikersbeheer) as weighted
 * evidence, and what to point at. The wizards' titles and buttons come from seeds 000 and 003 and
 * the public help pages (§8); the wizard step is read in any of its forms ("Stap 1 van 3",
 * "Stap 1/3", a step list with `aria-current="step"`). Only wording the sources quote is required.
 */
import type { PageStateInput, SignalInput, TargetInput } from '../../guide/schema';

const REPLICA = '2026-11: replica markup; real markup unknown';

const KOPPEL = 'Koppel gebruiker aan organisatie';
const KEN_RECHT = 'Ken gebruikersrecht toe';

/** A wizard's title: anywhere on the page (required), and more weight in a heading. */
function wizard(title: string, source: string): SignalInput[] {
  return [
    { kind: 'text', any: [title], weight: 2, required: true, source },
    { kind: 'text', any: [title], in: 'heading', weight: 2, source },
  ];
}
/**
 * A wizard's result screen: no seed shows it, so its title may be gone there and only adds weight; the
 * outcome word ("gekoppeld", "toegekend") says which wizard ended, a bare "gelukt" hardly does.
 */
function result(title: string, source: string, outcome: readonly string[]): SignalInput[] {
  return [
    { kind: 'text', any: [title], weight: 2, source },
    { kind: 'text', any: [title], in: 'heading', weight: 2, source },
    SUCCESS,
    { kind: 'text', any: [...outcome], weight: 3, source: 'replica' },
    { kind: 'text', any: ['succesvol', 'gelukt'], weight: 1, source: 'replica' },
    { ...CONFIRM, weight: -3 },
    { ...NEXT, weight: -3 },
  ];
}
const notWizard = (title: string, source: string): SignalInput => ({
  kind: 'text',
  any: [title],
  in: 'heading',
  weight: -4,
  source,
});
const step = (n: number): SignalInput => ({
  kind: 'pattern',
  pattern: 'wizard-step',
  arg: n,
  weight: 4,
  source: 'seed:000 Stap 1.2 ("Stap 1 van 3")',
});
const ANY_STEP: SignalInput = {
  kind: 'pattern',
  pattern: 'wizard-step',
  weight: -4,
  source: 'seed:000 Stap 1.2 ("Stap 1 van 3")',
};
const NEXT: SignalInput = {
  kind: 'role',
  roles: ['button', 'link'],
  names: ['Verder', 'Volgende', 'Volgende stap'],
  weight: 1,
  source: 'domain:§8 buttons "Verder"; domain:§7 "Volgende"',
};
const CONFIRM: SignalInput = {
  kind: 'role',
  roles: ['button', 'link'],
  names: ['Bevestig', 'Bevestigen'],
  weight: 3,
  source: 'seed:000 Stap 1.2 ("Klik op Bevestig")',
};
const SUCCESS: SignalInput = { kind: 'pattern', pattern: 'success-message', weight: 2, source: 'structure' };
const RRN_FIELD: SignalInput = { kind: 'pattern', pattern: 'rrn-field', weight: -4, source: 'seed:003' };
const WPD_CHOICE: SignalInput = {
  kind: 'role',
  roles: ['checkbox'],
  names: ['Stemgerechtigde', 'Behandelaar', 'Medewerker', 'Beheerder'],
  weight: -3,
  source: 'seed:003 roles',
};

const verder: TargetInput = {
  roles: ['button', 'link'],
  names: ['Verder', 'Volgende'],
  lookFor: { nl: "Klik op 'Verder'.", en: "Click 'Verder' (next)." },
};
const bevestig: TargetInput = {
  roles: ['button', 'link'],
  names: ['Bevestig', 'Bevestigen'],
  lookFor: { nl: "Klik op 'Bevestig'.", en: "Click 'Bevestig' (confirm)." },
};
const volgende: TargetInput = {
  roles: ['button', 'link'],
  names: ['Volgende', 'Verder'],
  lookFor: { nl: "Klik op 'Volgende'.", en: "Click 'Volgende' (next)." },
};

const SRC_KOPPEL = 'seed:000 Stap 1.2; domain:§8';
const SRC_RECHT = 'seed:000 Stap 1.3; domain:§8 ("Ken Gebruikersrecht toe")';

export const GB_PAGES: PageStateInput[] = [
  {
    id: 'gb.aanmelden',
    title: { nl: 'Aanmelden in gebruikersbeheer', en: 'Log in to user management' },
    recognise: {
      signals: [
        {
          kind: 'text',
          any: ['een entiteit van de Vlaamse overheid'],
          weight: 4,
          required: true,
          source: 'seed:003 ("Selecteer bij Aanmelden \'een entiteit van de Vlaamse overheid\'")',
        },
        { kind: 'text', any: ['Aanmelden'], weight: 2, source: 'seed:003' },
        {
          kind: 'role',
          roles: ['radio', 'link', 'button'],
          names: ['een entiteit van de Vlaamse overheid', 'entiteit van de Vlaamse overheid'],
          weight: 3,
          source: 'seed:003',
        },
        ANY_STEP,
        { kind: 'role', roles: ['link', 'button'], names: [KOPPEL, KEN_RECHT], weight: -3, source: SRC_KOPPEL },
        RRN_FIELD,
      ],
      threshold: 0.5,
    },
    targets: {
      entiteit: {
        roles: ['radio', 'link', 'button'],
        names: ['een entiteit van de Vlaamse overheid', 'entiteit van de Vlaamse overheid'],
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
    recognise: {
      signals: [
        { kind: 'role', roles: ['link', 'button'], names: [KOPPEL], weight: 3, source: SRC_KOPPEL },
        { kind: 'role', roles: ['link', 'button'], names: [KEN_RECHT], weight: 3, source: SRC_RECHT },
        { kind: 'text', any: ['Gebruikersrechten'], weight: 1, source: 'domain:§8 (right column)' },
        { kind: 'text', any: ['Werkrelatie', 'Vaste Medewerker'], weight: 1, source: 'seed:000 Stap 1.2' },
        {
          kind: 'text',
          any: ['Genereer rapport', 'Zoek Gebruikersrecht', 'Download als CSV bestand', 'Controleer'],
          weight: 1,
          source: 'domain:§8',
        },
        ANY_STEP,
        { ...SUCCESS, weight: -2 },
        RRN_FIELD,
      ],
      threshold: 0.5,
    },
    targets: {
      koppel: {
        roles: ['link', 'button'],
        names: [KOPPEL],
        selectors: [{ css: 'a[href*="/koppel"]', note: REPLICA }],
        lookFor: {
          nl: "Open de gebruiker en klik op 'Koppel gebruiker aan organisatie'.",
          en: "Open the user and click 'Koppel gebruiker aan organisatie'.",
        },
      },
      'ken-recht': {
        roles: ['link', 'button'],
        names: [KEN_RECHT],
        selectors: [{ css: 'a[href*="/recht"]', note: REPLICA }],
        lookFor: {
          nl: "Open de gebruiker en klik op 'Ken gebruikersrecht toe'.",
          en: "Open the user and click 'Ken gebruikersrecht toe'.",
        },
      },
      'snel-recht': {
        roles: ['link', 'button'],
        names: ['Snel recht toekennen'],
        selectors: [{ css: 'a[href$="/snel-recht"]', note: REPLICA }],
        lookFor: { nl: "Kies 'Snel recht toekennen'.", en: "Choose 'Snel recht toekennen' (quick grant)." },
      },
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.2–1.3',
  },
  {
    id: 'gb.koppel-stap-1',
    title: { nl: 'Koppel: organisatie', en: 'Link: organisation' },
    recognise: {
      signals: [
        ...wizard(KOPPEL, SRC_KOPPEL),
        step(1),
        { kind: 'text', any: ['Selecteer organisatie'], weight: 2, source: 'seed:000 Stap 1.2' },
        {
          kind: 'role',
          roles: ['textbox'],
          names: ['KBO nummer of naam', 'KBO-nummer', 'naam van de organisatie', 'organisatie'],
          weight: 1,
          source: 'seed:000 Stap 1.2 ("Geef KBO nummer of naam van de organisatie in")',
        },
        NEXT,
        notWizard(KEN_RECHT, SRC_RECHT),
      ],
    },
    targets: {
      'organisatie-veld': {
        roles: ['textbox', 'combobox'],
        labels: ['KBO nummer of naam', 'KBO-nummer of naam', 'naam van de organisatie', 'Organisatie', 'KBO-nummer'],
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
    recognise: {
      signals: [
        ...wizard(KOPPEL, SRC_KOPPEL),
        step(2),
        { kind: 'text', any: ['Werkrelatie details'], weight: 2, source: 'seed:000 Stap 1.2' },
        {
          kind: 'role',
          roles: ['textbox'],
          names: ['Telefoonnummer', 'E-mailadres'],
          weight: 1,
          source: 'seed:000 Stap 1.2 ("Geef telefoonnummer en e-mailadres in")',
        },
        NEXT,
        notWizard(KEN_RECHT, SRC_RECHT),
      ],
    },
    targets: {
      telefoon: {
        roles: ['textbox'],
        labels: ['Telefoonnummer', 'Telefoon', 'Tel'],
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
    recognise: {
      signals: [
        ...wizard(KOPPEL, SRC_KOPPEL),
        step(3),
        CONFIRM,
        { ...SUCCESS, weight: -3 },
        notWizard(KEN_RECHT, SRC_RECHT),
      ],
    },
    targets: { bevestig },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.2 ("Klik op Bevestig")',
  },
  {
    id: 'gb.koppel-klaar',
    title: { nl: 'Gekoppeld', en: 'Linked' },
    recognise: {
      signals: [
        ...result(KOPPEL, SRC_KOPPEL, ['werd gekoppeld', 'is gekoppeld', 'gekoppeld', 'werkrelatie is aangemaakt']),
        { kind: 'text', any: ['Werkrelatie'], weight: 2, source: 'seed:000 Stap 1.2 ("Werkrelatie details")' },
      ],
      threshold: 0.55,
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.2',
  },
  {
    id: 'gb.recht-stap-1',
    title: { nl: 'Recht: kiezen', en: 'Right: choose' },
    recognise: {
      signals: [
        ...wizard(KEN_RECHT, SRC_RECHT),
        step(1),
        {
          kind: 'text',
          any: ['Selecteer gebruikersrecht'],
          weight: 2,
          source: 'domain:§7 ("Stap 1 van 3: Selecteer gebruikersrecht")',
        },
        {
          kind: 'text',
          any: ['Dimona Mandaatuitvoerder', 'SSM Mandaatuitvoerder'],
          weight: 2,
          source: 'seed:000 Stap 1.3; domain:§7',
        },
        NEXT,
        notWizard(KOPPEL, SRC_KOPPEL),
      ],
    },
    targets: {
      dimona: {
        roles: ['radio', 'option', 'checkbox'],
        names: ['Dimona Mandaatuitvoerder', 'SSM Mandaatuitvoerder'],
        labels: ['Dimona Mandaatuitvoerder', 'SSM Mandaatuitvoerder'],
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
    recognise: {
      signals: [
        ...wizard(KEN_RECHT, SRC_RECHT),
        step(2),
        { kind: 'pattern', pattern: 'date-fields', weight: 2, source: 'seed:000 Stap 1.3 ("Kijk datums na")' },
        {
          kind: 'text',
          any: ['Begindatum', 'Einddatum', 'Vul de begin- en einddatum in'],
          weight: 2,
          source: 'seed:000 Stap 1.3; domain:§8',
        },
        NEXT,
        notWizard(KOPPEL, SRC_KOPPEL),
      ],
    },
    targets: {
      begindatum: {
        roles: ['textbox'],
        labels: ['Begindatum', 'Startdatum', 'Begin', 'Van'],
        lookFor: { nl: 'Zoek de velden Begindatum en Einddatum.', en: 'Look for the fields Begindatum and Einddatum.' },
      },
      verder,
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.3 ("Kijk datums na en klik op Verder")',
  },
  {
    id: 'gb.recht-stap-3',
    title: { nl: 'Recht: bevestigen', en: 'Right: confirm' },
    recognise: {
      signals: [
        ...wizard(KEN_RECHT, SRC_RECHT),
        step(3),
        CONFIRM,
        { ...SUCCESS, weight: -3 },
        notWizard(KOPPEL, SRC_KOPPEL),
      ],
    },
    targets: { bevestig },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.3 ("Klik op Bevestig")',
  },
  {
    id: 'gb.recht-klaar',
    title: { nl: 'Recht toegekend', en: 'Right granted' },
    recognise: {
      signals: [...result(KEN_RECHT, SRC_RECHT, ['werd toegekend', 'is toegekend', 'toegekend'])],
      threshold: 0.55,
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.3',
  },
  {
    id: 'gb.snel-recht',
    title: { nl: 'Snel recht toekennen', en: 'Quick grant' },
    recognise: {
      signals: [
        { kind: 'text', any: ['Snel recht toekennen'], weight: 2, required: true, source: 'seed:003' },
        { kind: 'role', roles: ['link', 'button'], names: ['Nieuw recht toekennen'], weight: 4, source: 'seed:003' },
        RRN_FIELD,
        WPD_CHOICE,
        { ...CONFIRM, weight: -3 },
        { ...SUCCESS, weight: -2 },
        ANY_STEP,
      ],
      threshold: 0.5,
    },
    targets: {
      'nieuw-recht': {
        roles: ['link', 'button'],
        names: ['Nieuw recht toekennen'],
        selectors: [{ css: 'a[href$="/snel-recht/persoon"]', note: REPLICA }],
        lookFor: { nl: "Klik op 'Nieuw recht toekennen'.", en: "Click 'Nieuw recht toekennen' (grant new right)." },
      },
    },
    source: 'seeds/003_d4bc706caa4b468e.txt ("\'Snel recht toekennen\' > Nieuw recht toekennen")',
  },
  {
    id: 'gb.snel-recht-persoon',
    title: { nl: 'Persoon toevoegen', en: 'Add the person' },
    recognise: {
      signals: [
        {
          kind: 'pattern',
          pattern: 'rrn-field',
          weight: 5,
          required: true,
          source: 'seed:003 ("Zorg dat u het rijksregisternummer … kent")',
        },
        {
          kind: 'text',
          any: ['Persoon toevoegen', 'Nieuwe persoon toevoegen'],
          weight: 2,
          source: 'domain:§7 "Persoon toevoegen"; domain:§8',
        },
        { kind: 'text', any: ['Nieuw recht toekennen', 'Snel recht toekennen'], weight: 2, source: 'seed:003' },
        NEXT,
        WPD_CHOICE,
        { ...CONFIRM, weight: -2 },
      ],
      threshold: 0.5,
    },
    targets: {
      'rrn-veld': {
        roles: ['textbox'],
        labels: ['Rijksregisternummer', 'Rijksregisternummer of BIS-nummer', 'INSZ', 'Rijksregister'],
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
    recognise: {
      signals: [
        {
          kind: 'text',
          any: ['Werkplek Duaal Gebruiker', 'werkplekduaal gebruiker'],
          weight: 3,
          required: true,
          source: 'seed:003 ("Kies bij gebruikersrecht \'Werkplek Duaal Gebruiker\'"); seed:004',
        },
        {
          kind: 'role',
          roles: ['checkbox'],
          names: ['Stemgerechtigde', 'Behandelaar', 'Medewerker', 'Beheerder'],
          weight: 3,
          source: 'seed:003 roles',
        },
        { kind: 'text', any: ['Stemgerechtigde', 'Behandelaar'], weight: 1, source: 'seed:003 roles' },
        NEXT,
        { kind: 'text', any: ['Nieuw recht toekennen', 'Snel recht toekennen'], weight: 1, source: 'seed:003' },
        { kind: 'pattern', pattern: 'rrn-field', weight: -3, source: 'seed:003' },
        { ...CONFIRM, weight: -3 },
      ],
      threshold: 0.55,
    },
    targets: {
      'werkplek-duaal': {
        roles: ['radio', 'checkbox', 'option'],
        names: ['Werkplek Duaal Gebruiker', 'DWSE - werkplekduaal gebruiker'],
        labels: ['Werkplek Duaal Gebruiker', 'DWSE - werkplekduaal gebruiker'],
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
    recognise: {
      signals: [
        { ...CONFIRM, weight: 4, required: true },
        {
          kind: 'text',
          any: ['Nieuw recht toekennen', 'Snel recht toekennen', 'Werkplek Duaal Gebruiker'],
          weight: 2,
          source: 'seed:003',
        },
        {
          kind: 'text',
          any: ['Stemgerechtigde', 'Behandelaar', 'Medewerker', 'Beheerder'],
          weight: 1,
          source: 'seed:003 roles',
        },
        notWizard(KOPPEL, SRC_KOPPEL),
        notWizard(KEN_RECHT, SRC_RECHT),
        { kind: 'pattern', pattern: 'rrn-field', weight: -3, source: 'seed:003' },
        { ...WPD_CHOICE, weight: -2 },
        { ...SUCCESS, weight: -3 },
      ],
      threshold: 0.55,
    },
    targets: { bevestig },
    source: 'seeds/003_d4bc706caa4b468e.txt ("In de volgende schermen volgt u de stappen")',
  },
  {
    id: 'gb.snel-recht-klaar',
    title: { nl: 'Recht toegekend', en: 'Right granted' },
    recognise: {
      signals: [
        {
          kind: 'text',
          any: ['bevestigingsmail', 'bevestigingsmail ontvangen'],
          weight: 3,
          source: 'seed:003 ("automatisch een bevestigingsmail ontvangen")',
        },
        // Any other screen may say "e-mail" (a summary's e-mailadres; a page written blind, 2026-12-03).
        { kind: 'text', any: ['e-mail'], weight: 1, source: 'replica' },
        SUCCESS,
        // A guess (no seed quotes the success line), so it only adds a little: a news item on rights
        // that "werden toegekend" is no success screen (a page written blind, 2026-12-02).
        { kind: 'text', any: ['werd toegekend', 'is toegekend', 'toegekend', 'gelukt'], weight: 1, source: 'replica' },
        { kind: 'text', any: ['Werkplek Duaal Gebruiker', 'Nieuw recht toekennen'], weight: 1, source: 'seed:003' },
        { ...CONFIRM, weight: -3 },
        RRN_FIELD,
        notWizard(KOPPEL, SRC_KOPPEL),
        notWizard(KEN_RECHT, SRC_RECHT),
      ],
      threshold: 0.55,
    },
    source: 'seeds/003_d4bc706caa4b468e.txt ("automatisch een bevestigingsmail")',
  },
];
