/**
 * Steps both WSE-loket flows share (login, organisation, home, form, confirmation). Each flow file
 * still lists its own steps in order; these are only the common texts.
 */
import type { StepInput } from '../../guide/schema';

export const STEP_AANMELDEN: StepInput = {
  id: 'aanmelden',
  page: 'wse.aanmelden',
  target: 'organisatie-tegel',
  title: { nl: 'Aanmelden als organisatie', en: 'Log in as an organisation' },
  instruction: {
    nl: "Kies de tegel 'Een onderneming of organisatie'.",
    en: "Choose the tile 'Een onderneming of organisatie' (company or organisation).",
  },
  completes: { by: 'click', text: { nl: 'Klik op de tegel.', en: 'Click the tile.' } },
};

export function stepOrganisatie(who: { nl: string; en: string }): StepInput {
  return {
    id: 'organisatie',
    page: 'wse.organisatie-kiezen',
    target: 'eigen-organisatie',
    title: { nl: 'Uw organisatie kiezen', en: 'Choose your organisation' },
    instruction: {
      nl: `Klik op de tegel met de naam van ${who.nl} — niet op uw eigen naam.`,
      en: `Click the tile with the name of ${who.en} — not your own name.`,
    },
    completes: { by: 'click', text: { nl: 'Klik op de tegel.', en: 'Click the tile.' } },
    problems: [
      {
        page: 'wse.enkel-persoon',
        title: { nl: 'Geen organisatie te zien', en: 'No organisation shown' },
        instruction: {
          nl: 'U ziet enkel uw persoonlijke naam en geen organisatie: u hebt nog geen werkrelatie met de organisatie. Klik niet op uw eigen naam; vraag het eerst aan wie hieronder staat.',
          en: 'You only see your personal name and no organisation: you have no work relation with the organisation yet. Do not click your own name; first ask the person named below.',
        },
        features: [{ kind: 'explain', observation: 'wse.enkel-persoonlijke-naam' }],
      },
      {
        page: 'wse.burger',
        title: { nl: 'Aangemeld in eigen naam', en: 'Logged in under your own name' },
        instruction: {
          nl: "U bent aangemeld als burger. Kies 'Andere organisatie kiezen' en klik op de tegel van de organisatie.",
          en: "You are logged in as a citizen. Choose 'Andere organisatie kiezen' and click the organisation's tile.",
        },
      },
    ],
  };
}

export const STEP_HOME: StepInput = {
  id: 'home',
  page: 'wse.home',
  target: 'aanvraag',
  title: { nl: "Naar 'Aanvraag'", en: "Go to 'Aanvraag'" },
  instruction: {
    nl: "Controleer bovenaan voor wie u werkt en klik dan rechts op de zwarte knop 'Aanvraag'.",
    en: "Check at the top who you are working for, then click the black button 'Aanvraag' on the right.",
  },
  check: {
    nl: 'Het KBO-nummer in de lijn bovenaan is dat van de gekozen onderneming.',
    en: 'The KBO number in the line at the top is that of the chosen company.',
  },
  completes: { by: 'click', text: { nl: "Klik op 'Aanvraag'.", en: "Click 'Aanvraag'." } },
  features: [{ kind: 'top-kbo-check' }],
};

export const STEP_FORMULIER: StepInput = {
  id: 'formulier',
  page: 'wse.formulier',
  target: 'volgende',
  title: { nl: 'Werkgevergegevens invullen', en: 'Fill in the employer details' },
  instruction: {
    nl: "Controleer eerst het KBO-nummer bovenaan, vul dan 'Maatschappelijke zetel' en 'Contactgegevens werkgever' aan en ga verder.",
    en: "First check the KBO number at the top, then complete 'Maatschappelijke zetel' (registered office) and 'Contactgegevens werkgever' (contact details) and go on.",
  },
  check: {
    nl: 'Bovenaan staat het KBO-nummer van de gekozen onderneming.',
    en: 'The top shows the KBO number of the chosen company.',
  },
  completes: { by: 'submit', text: { nl: 'Ga naar de volgende stap.', en: 'Go to the next step.' } },
  features: [{ kind: 'top-kbo-check' }],
};

export const STEP_BEVESTIGEN: StepInput = {
  id: 'bevestigen',
  page: 'wse.bevestigen',
  target: 'bevestigen',
  title: { nl: 'Bevestigen', en: 'Confirm' },
  instruction: {
    nl: "Kijk alle gegevens na, ook het KBO-nummer, en klik op 'Bevestigen'.",
    en: "Check all details, the KBO number too, and click 'Bevestigen' (confirm).",
  },
  completes: { by: 'submit', text: { nl: "Klik op 'Bevestigen'.", en: "Click 'Bevestigen'." } },
  features: [{ kind: 'top-kbo-check' }],
};

export const STEP_ONTVANGEN: StepInput = {
  id: 'ontvangstbevestiging',
  page: 'wse.ontvangstbevestiging',
  title: { nl: 'Aanvraag ingediend', en: 'Application filed' },
  instruction: {
    nl: 'U krijgt een ontvangstbevestiging: de aanvraag is ingediend. Bewaar het dossiernummer.',
    en: 'You get an acknowledgement of receipt: the application has been filed. Keep the file number.',
  },
  completes: { by: 'end', text: { nl: 'Klaar.', en: 'Done.' } },
};
