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
  title: {
    nl: 'Nieuwe gebruiker toevoegen',
    en: 'Add a new user',
    fr: 'Ajouter un nouvel utilisateur',
    de: 'Neuen Benutzer hinzufügen',
  },
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
      title: {
        nl: "'Nieuwe gebruiker toevoegen'",
        en: "'Nieuwe gebruiker toevoegen' (add new user)",
        fr: "'Ajouter un nouvel utilisateur'",
        de: "'Neuen Benutzer hinzufügen'",
      },
      instruction: {
        nl: "Klik op 'Nieuwe gebruiker toevoegen'. Elke gebruiker moet behoren tot de onderneming waarvoor u lokale beheerder bent.",
        en: "Click 'Nieuwe gebruiker toevoegen'. Every user must belong to the company you are the local administrator for.",
        fr: "Cliquez sur 'Ajouter un nouvel utilisateur'. Chaque utilisateur doit appartenir à l'entreprise dont vous êtes le gestionnaire local.",
        de: "Klicken Sie auf 'Neuen Benutzer hinzufügen'. Jeder Benutzer muss zu dem Unternehmen gehören, für das Sie lokaler Verwalter sind.",
      },
      completes: {
        by: 'click',
        text: {
          nl: 'Klik op de knop.',
          en: 'Click the button.',
          fr: 'Cliquez sur le bouton.',
          de: 'Klicken Sie auf die Schaltfläche.',
        },
      },
    },
    {
      id: 'formulier',
      page: 'sz.nieuwe-gebruiker',
      target: 'registreren',
      title: { nl: 'De nieuwe gebruiker', en: 'The new user', fr: 'Le nouvel utilisateur', de: 'Der neue Benutzer' },
      instruction: {
        nl: "Vul het formulier in. U hebt het rijksregisternummer van de nieuwe gebruiker nodig. De gebruikersnaam typt u tweemaal: hij kan nadien niet meer gewijzigd worden. Duid de toepassingen aan die de gebruiker mag gebruiken en klik op 'Registreren'.",
        en: "Fill in the form. You need the new user's national register number. You type the user name twice: it cannot be changed afterwards. Tick the applications the user may use and click 'Registreren'.",
        fr: "Complétez le formulaire. Vous avez besoin du numéro de registre national du nouvel utilisateur. Le nom d'utilisateur, vous le tapez deux fois : il ne pourra plus être modifié par la suite. Cochez les applications que l'utilisateur peut utiliser et cliquez sur 'Enregistrer'.",
        de: "Füllen Sie das Formular aus. Sie benötigen die Nationalregisternummer des neuen Benutzers. Den Benutzernamen tippen Sie zweimal ein: Er kann danach nicht mehr geändert werden. Kreuzen Sie die Anwendungen an, die der Benutzer verwenden darf, und klicken Sie auf 'Registrieren'.",
      },
      check: {
        nl: 'Loketgids controleert het rijksregisternummer dat u typt, maar bewaart het nooit.',
        en: 'Loketgids checks the national register number you type but never keeps it.',
        fr: 'Loketgids vérifie le numéro de registre national que vous tapez, mais ne le conserve jamais.',
        de: 'Loketgids prüft die Nationalregisternummer, die Sie eingeben, speichert sie aber nie.',
      },
      completes: {
        by: 'submit',
        text: {
          nl: "Klik op 'Registreren'.",
          en: "Click 'Registreren'.",
          fr: "Cliquez sur 'Enregistrer'.",
          de: "Klicken Sie auf 'Registrieren'.",
        },
      },
      features: [{ kind: 'rrn-field-check', field: 'rrn-veld' }],
    },
  ],
};
