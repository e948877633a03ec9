/**
 * `sz.gebruiker-toevoegen`: the lokale beheerder creates a user for the company (seed 002
 * "Gebruikers aanmaken"): "Beheer van gebruikers" → "Nieuwe gebruiker toevoegen" → the form (the
 * user belongs to the company; the rijksregisternummer is needed, checked live and never stored;
 * the user name is typed twice and can never be changed; the applications) → "Registreren".
 */
import type { FlowInput } from '../../guide/schema';
import { STEP_WELKOM_BEHEER } from './shared';

export const GEBRUIKER_TOEVOEGEN: FlowInput = {
  id: 'sz.gebruiker-toevoegen',
  portal: 'sz',
  title: { nl: 'Nieuwe gebruiker toevoegen', en: 'Add a new user' },
  goal: 'sz.gebruikers-beheren',
  grants: ['gebruiker-sz'],
  profiles: ['lokale-beheerder'],
  source: 'seeds/002_54958e6e2f7ce4f2.txt "Gebruikers aanmaken"',
  steps: [
    STEP_WELKOM_BEHEER,
    {
      id: 'beheer',
      page: 'sz.beheer-gebruikers',
      target: 'nieuwe-gebruiker',
      title: { nl: "'Nieuwe gebruiker toevoegen'", en: "'Nieuwe gebruiker toevoegen' (add new user)" },
      instruction: {
        nl: "Klik op 'Nieuwe gebruiker toevoegen'. Elke gebruiker moet behoren tot de onderneming waarvoor u lokale beheerder bent.",
        en: "Click 'Nieuwe gebruiker toevoegen'. Every user must belong to the company you are the local administrator for.",
      },
      completes: { by: 'click', text: { nl: 'Klik op de knop.', en: 'Click the button.' } },
    },
    {
      id: 'formulier',
      page: 'sz.nieuwe-gebruiker',
      target: 'registreren',
      title: { nl: 'De nieuwe gebruiker', en: 'The new user' },
      instruction: {
        nl: "Vul het formulier in. U hebt het rijksregisternummer van de nieuwe gebruiker nodig. De gebruikersnaam typt u tweemaal: hij kan nadien niet meer gewijzigd worden. Duid de toepassingen aan die de gebruiker mag gebruiken en klik op 'Registreren'.",
        en: "Fill in the form. You need the new user's national register number. You type the user name twice: it cannot be changed afterwards. Tick the applications the user may use and click 'Registreren'.",
      },
      check: {
        nl: 'Loketgids controleert het rijksregisternummer dat u typt, maar bewaart het nooit.',
        en: 'Loketgids checks the national register number you type but never keeps it.',
      },
      completes: { by: 'submit', text: { nl: "Klik op 'Registreren'.", en: "Click 'Registreren'." } },
      features: [{ kind: 'rrn-field-check', field: 'rrn-veld' }],
    },
  ],
};
