/**
 * `sz.gebruikers-beheren`: what the lokale beheerder does in "Beheer van gebruikers" and
 * "Opzoeking van gebruikers" (seed 002 "Gebruikersbeheer"): change a profile, a new password,
 * block (the user stays in the list and cannot log in until unblocked) versus delete (after an
 * overview, for good), and search — "Complementair zoeken" shows everyone who does NOT match.
 */
import type { FlowInput } from '../../guide/schema';
import { STEP_WELKOM_BEHEER, STTS_FACTS } from './shared';

export const GEBRUIKERS_BEHEREN: FlowInput = {
  id: 'sz.gebruikers-beheren',
  portal: 'sz',
  title: { nl: 'Gebruikers beheren en opzoeken', en: 'Manage and search users' },
  goal: 'sz.gebruikers-beheren',
  profiles: ['lokale-beheerder'],
  source: 'seeds/002_54958e6e2f7ce4f2.txt "Gebruikersbeheer"',
  steps: [
    STEP_WELKOM_BEHEER,
    {
      id: 'beheer',
      page: 'sz.beheer-gebruikers',
      title: { nl: 'Wat elke knop doet', en: 'What each button does' },
      instruction: {
        nl: "Achter elke gebruiker: 'Wijzigen profiel' (gegevens zoals het e-mailadres, toegangsrechten, het STTS-profiel), 'Nieuw wachtwoord', 'Blokkeren gebruiker' en 'Verwijderen gebruiker'. Blokkeren is tijdelijk: de gebruiker blijft in de lijst staan maar kan niet meer inloggen tot de blokkering opgeheven is. Verwijderen wist de gebruiker helemaal: u krijgt eerst een overzicht en bevestigt met 'Verwijderen'.",
        en: "After each user: 'Wijzigen profiel' (details such as the e-mail address, access rights, the STTS profile), 'Nieuw wachtwoord' (new password), 'Blokkeren gebruiker' (block) and 'Verwijderen gebruiker' (delete). Blocking is temporary: the user stays in the list but cannot log in until unblocked. Deleting removes the user entirely: you first get an overview and confirm with 'Verwijderen'.",
      },
      completes: {
        by: 'click',
        text: {
          nl: 'Kies de bewerking achter de naam van de gebruiker.',
          en: "Choose the operation after the user's name.",
        },
      },
      features: STTS_FACTS,
    },
    {
      id: 'opzoeken',
      page: 'sz.opzoeking',
      target: 'complementair',
      title: { nl: 'Gebruikers opzoeken', en: 'Search users' },
      instruction: {
        nl: "Zoek op naam of voornaam, rijksregisternummer, de status 'geblokkeerd' of de toepassingen waartoe gebruikers toegang hebben. Met 'Complementair zoeken' ziet u juist alle gebruikers die NIET aan het zoekcriterium beantwoorden.",
        en: "Search by name or first name, national register number, the status 'geblokkeerd' (blocked) or the applications users have access to. With 'Complementair zoeken' you see exactly the users who do NOT match the search criterion.",
      },
      check: {
        nl: 'Loketgids controleert een rijksregisternummer dat u typt, maar bewaart het nooit.',
        en: 'Loketgids checks a national register number you type but never keeps it.',
      },
      completes: { by: 'submit', text: { nl: 'Zoek.', en: 'Search.' } },
      features: [{ kind: 'rrn-field-check', field: 'rrn-veld' }],
    },
  ],
};
