/**
 * Steps the social security portal's flows share: the way to the access request and what follows
 * it (appointing and replacing a lokale beheerder, seed 002 "Hoe duidt u een lokale beheerder
 * aan?", "De eerste maal aanloggen", "Hoe verandert u van lokale beheerder?"), and the welcome
 * page with "Beheer van gebruikers" (the user-management flows). Each flow file still lists its
 * own steps in order.
 */
import type { StepInput } from '../../guide/schema';

/** What to have ready before the access request (seed 002, the table "Te identificeren / Vereiste informatie"). */
export const CHECKLIST_LOKALE_BEHEERDER: StepInput['features'] = [
  {
    kind: 'checklist',
    title: { nl: 'Leg dit klaar voor u begint', en: 'Have this ready before you start' },
    items: [
      {
        id: 'onderneming',
        label: { nl: 'Uw onderneming', en: 'Your company' },
        detail: {
          nl: 'Het RSZ-identificatienummer of het ondernemingsnummer (KBO-nummer).',
          en: 'The NSSO (RSZ) employer number or the enterprise number (KBO number).',
        },
      },
      {
        id: 'lokale-beheerder',
        label: { nl: 'De lokale beheerder', en: 'The local administrator' },
        detail: {
          nl: 'Naam en voornaam, rijksregisternummer (rechts boven op de SIS-kaart of achteraan op de identiteitskaart), hoedanigheid (werknemer, bestuurder, zaakvoerder of vennoot) en contactgegevens. Hij of zij staat onder het directe gezag van uw onderneming.',
          en: "Name and first name, national register number (top right on the SIS card or on the back of the identity card), capacity (employee, director, managing director or partner) and contact details. They must be under your company's direct authority.",
        },
      },
      {
        id: 'verantwoordelijke',
        label: { nl: 'De verantwoordelijke (die ondertekent)', en: 'The responsible person (who signs)' },
        detail: {
          nl: 'Naam en voornaam, rijksregisternummer, hoedanigheid en contactgegevens. De ondertekenaar moet bestuurder, zaakvoerder of vennoot zijn.',
          en: 'Name and first name, national register number, capacity and contact details. The signer must be a director, managing director or partner.',
        },
      },
      {
        id: 'staatsblad',
        label: { nl: 'Werkt de ondertekenaar niet in de onderneming?', en: 'Does the signer not work in the company?' },
        detail: {
          nl: 'Dan een document waaruit de hoedanigheid blijkt: een kopie van de publicatie in de bijlagen van het Belgisch Staatsblad.',
          en: 'Then a document that shows their capacity: a copy of the publication in the annexes of the Belgisch Staatsblad (Belgian Official Gazette).',
        },
      },
    ],
  },
];

export const STEP_HOME: StepInput = {
  id: 'start',
  page: 'sz.home',
  target: 'werkgevers',
  title: { nl: "Klaarleggen, dan 'Werkgevers RSZ'", en: "Get ready, then 'Werkgevers RSZ'" },
  instruction: {
    nl: "Leg eerst klaar wat hieronder staat. Kies dan in het luik 'De onderneming', in het midden van het scherm, voor 'Werkgevers RSZ'.",
    en: "First get ready what is listed below. Then, in the panel 'De onderneming' in the middle of the screen, choose 'Werkgevers RSZ' (NSSO employers).",
  },
  completes: { by: 'click', text: { nl: "Klik op 'Werkgevers RSZ'.", en: "Click 'Werkgevers RSZ'." } },
  features: CHECKLIST_LOKALE_BEHEERDER,
};

export const STEP_WERKGEVERS: StepInput = {
  id: 'werkgevers',
  page: 'sz.werkgevers',
  target: 'hoe-registreren',
  title: { nl: "Naar 'Hoe registreren'", en: "Go to 'Hoe registreren'" },
  instruction: {
    nl: "Selecteer in het linker menu, bovenaan, 'Hoe registreren'.",
    en: "In the left menu, at the top, select 'Hoe registreren' (how to register).",
  },
  completes: { by: 'click', text: { nl: "Klik op 'Hoe registreren'.", en: "Click 'Hoe registreren'." } },
};

export const STEP_HOE_REGISTREREN: StepInput = {
  id: 'hoe-registreren',
  page: 'sz.hoe-registreren',
  target: 'formulier',
  title: { nl: 'Het formulier voor de toegangsaanvraag', en: 'The access request form' },
  instruction: {
    nl: "Klik op 'Elektronisch formulier voor de toegangsaanvraag'.",
    en: "Click 'Elektronisch formulier voor de toegangsaanvraag' (electronic access request form).",
  },
  completes: { by: 'click', text: { nl: 'Klik op de link.', en: 'Click the link.' } },
};

/** The live checks on the access request: the company's number, both rijksregisternummers (never stored). */
export const TOEGANGSAANVRAAG_CHECKS: StepInput['features'] = [
  { kind: 'rsz-field-check', field: 'nummer' },
  { kind: 'rrn-field-check', field: 'lb-rrn' },
  { kind: 'rrn-field-check', field: 'vv-rrn' },
];

export const STEP_TICKET: StepInput = {
  id: 'ticket',
  page: 'sz.ticket',
  target: 'afdrukken',
  title: { nl: 'Ticketnummer bewaren en het origineel opsturen', en: 'Keep the ticket number and send the original' },
  instruction: {
    nl: 'Noteer het ticketnummer: het Contactcenter vraagt ernaar als u contact opneemt over deze aanvraag. Druk het formulier af, laat het ondertekenen door de verantwoordelijke (bestuurder, zaakvoerder of vennoot) en stuur het ORIGINEEL naar de RSZ — een fax, fotokopie of e-mail wordt niet aanvaard. Binnen 5 werkdagen na ontvangst krijgt de lokale beheerder een voorlopige gebruikersnaam en wachtwoord.',
    en: 'Write down the ticket number: the Contactcenter asks for it when you contact them about this request. Print the form, have it signed by the responsible person (director, managing director or partner) and send the ORIGINAL to the RSZ (NSSO) — a fax, photocopy or e-mail is not accepted. Within 5 working days of receipt the local administrator gets a provisional user name and password.',
  },
  check: {
    nl: 'Werkt de ondertekenaar niet in uw onderneming? Voeg dan een kopie van de publicatie in het Belgisch Staatsblad toe.',
    en: 'Does the signer not work in your company? Then add a copy of the publication in the Belgisch Staatsblad.',
  },
  completes: {
    by: 'click',
    text: {
      nl: 'Druk het formulier af en stuur het op. Kom terug naar Aanmelden zodra de voorlopige gebruikersnaam er is.',
      en: 'Print the form and send it. Come back to Aanmelden once the provisional user name has arrived.',
    },
  },
  features: [{ kind: 'ticket-number' }],
};

export const STEP_EERSTE_AANMELDING: StepInput = {
  id: 'eerste-aanmelding',
  page: 'sz.aanmelden',
  target: 'gebruikersnaam',
  title: { nl: 'De eerste keer aanmelden', en: 'Logging in the first time' },
  instruction: {
    nl: "Kies 'Onderneming', geef de voorlopige gebruikersnaam en het wachtwoord in die de lokale beheerder kreeg, en klik op 'Login'.",
    en: "Choose 'Onderneming' (company), enter the provisional user name and password the local administrator received, and click 'Login'.",
  },
  completes: { by: 'submit', text: { nl: "Klik op 'Login'.", en: "Click 'Login'." } },
};

export const STEP_MAAK_LOKALE_BEHEERDER: StepInput = {
  id: 'maak-lokale-beheerder',
  page: 'sz.maak-lokale-beheerder',
  target: 'gebruikersnaam',
  title: { nl: "'Maak een lokale beheerder'", en: "'Maak een lokale beheerder' (create a local administrator)" },
  instruction: {
    nl: "Let op voor u typt: de gebruikersnaam die u hier kiest, kan u later nooit meer wijzigen. Typ hem tweemaal, vul de rest van het formulier in en klik op 'registreren'.",
    en: "Careful before you type: the user name you choose here can never be changed later. Type it twice, complete the rest of the form and click 'registreren' (register).",
  },
  completes: { by: 'submit', text: { nl: "Klik op 'registreren'.", en: "Click 'registreren'." } },
};

export const STEP_OPNIEUW_AANMELDEN: StepInput = {
  id: 'opnieuw-aanmelden',
  page: 'sz.aanmelden',
  target: 'gebruikersnaam',
  title: { nl: 'Opnieuw aanmelden', en: 'Log in again' },
  instruction: {
    nl: "Meld u opnieuw aan: kies 'Onderneming' en geef uw zelf gekozen gebruikersnaam en wachtwoord in (niet meer de voorlopige). Klik op 'Login'.",
    en: "Log in again: choose 'Onderneming' and enter the user name and password you chose yourself (no longer the provisional ones). Click 'Login'.",
  },
  completes: { by: 'submit', text: { nl: "Klik op 'Login'.", en: "Click 'Login'." } },
};

export const STEP_WELKOM_KLAAR: StepInput = {
  id: 'welkom',
  page: 'sz.welkom',
  title: { nl: 'U bent lokale beheerder', en: 'You are the local administrator' },
  instruction: {
    nl: "Dit is uw welkomspagina als lokale beheerder. Via 'Beheer van gebruikers' maakt u nu gebruikers aan voor uw onderneming.",
    en: "This is your welcome page as local administrator. Via 'Beheer van gebruikers' you can now create users for your company.",
  },
  completes: { by: 'end', text: { nl: 'Klaar.', en: 'Done.' } },
};

/** The welcome page as the start of a user-management flow. */
export const STEP_WELKOM_BEHEER: StepInput = {
  id: 'welkom',
  page: 'sz.welkom',
  target: 'beheer',
  title: { nl: "Naar 'Beheer van gebruikers'", en: "Go to 'Beheer van gebruikers'" },
  instruction: {
    nl: "Klik op uw welkomspagina onder 'Gebruikers' op 'Beheer van gebruikers'.",
    en: "On your welcome page, under 'Gebruikers', click 'Beheer van gebruikers' (user management).",
  },
  completes: { by: 'click', text: { nl: 'Klik op de link.', en: 'Click the link.' } },
};

/** STTS 1, 2 and 3 side by side (seed 002), from the knowledge base. */
export const STTS_FACTS: StepInput['features'] = [
  {
    kind: 'facts',
    title: { nl: 'De drie STTS-profielen', en: 'The three STTS profiles' },
    facts: ['profiel:stts1', 'profiel:stts2', 'profiel:stts3'],
  },
];
