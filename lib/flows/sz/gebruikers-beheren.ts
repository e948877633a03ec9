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
  title: {
    nl: 'Gebruikers beheren en opzoeken',
    en: 'Manage and search users',
    fr: 'Gérer et rechercher des utilisateurs',
    de: 'Benutzer verwalten und suchen',
  },
  goal: 'sz.gebruikers-beheren',
  profiles: ['lokale-beheerder'],
  source: 'seeds/002_54958e6e2f7ce4f2.txt "Gebruikersbeheer"',
  steps: [
    STEP_WELKOM_BEHEER,
    {
      id: 'beheer',
      page: 'sz.beheer-gebruikers',
      title: {
        nl: 'Wat elke knop doet',
        en: 'What each button does',
        fr: 'Ce que fait chaque bouton',
        de: 'Was jede Schaltfläche bewirkt',
      },
      instruction: {
        nl: "Achter elke gebruiker: 'Wijzigen profiel' (gegevens zoals het e-mailadres, toegangsrechten, het STTS-profiel), 'Nieuw wachtwoord', 'Blokkeren gebruiker' en 'Verwijderen gebruiker'. Blokkeren is tijdelijk: de gebruiker blijft in de lijst staan maar kan niet meer inloggen tot de blokkering opgeheven is. Verwijderen wist de gebruiker helemaal: u krijgt eerst een overzicht en bevestigt met 'Verwijderen'.",
        en: "After each user: 'Wijzigen profiel' (details such as the e-mail address, access rights, the STTS profile), 'Nieuw wachtwoord' (new password), 'Blokkeren gebruiker' (block) and 'Verwijderen gebruiker' (delete). Blocking is temporary: the user stays in the list but cannot log in until unblocked. Deleting removes the user entirely: you first get an overview and confirm with 'Verwijderen'.",
        fr: "À côté de chaque utilisateur : 'Modifier profil' (des données comme l'adresse e-mail, les droits d'accès, le profil STTS), 'Nouveau mot de passe', 'Bloquer l'utilisateur' et 'Supprimer l'utilisateur'. Le blocage est temporaire : l'utilisateur reste dans la liste mais ne peut plus se connecter tant que le blocage n'est pas levé. La suppression efface complètement l'utilisateur : vous recevez d'abord un récapitulatif et vous confirmez avec 'Supprimer'.",
        de: "Hinter jedem Benutzer: 'Profil ändern' (Daten wie die E-Mail-Adresse, Zugriffsrechte, das STTS-Profil), 'Neues Passwort', 'Benutzer sperren' und 'Benutzer löschen'. Sperren ist vorübergehend: Der Benutzer bleibt in der Liste, kann sich aber nicht mehr anmelden, bis die Sperre aufgehoben ist. Löschen entfernt den Benutzer vollständig: Sie erhalten zuerst eine Übersicht und bestätigen mit 'Löschen'.",
      },
      completes: {
        by: 'click',
        text: {
          nl: 'Kies de bewerking achter de naam van de gebruiker.',
          en: "Choose the operation after the user's name.",
          fr: "Choisissez l'opération à côté du nom de l'utilisateur.",
          de: 'Wählen Sie den Vorgang hinter dem Namen des Benutzers.',
        },
      },
      features: STTS_FACTS,
    },
    {
      id: 'opzoeken',
      page: 'sz.opzoeking',
      target: 'complementair',
      title: {
        nl: 'Gebruikers opzoeken',
        en: 'Search users',
        fr: 'Rechercher des utilisateurs',
        de: 'Benutzer suchen',
      },
      instruction: {
        nl: "Zoek op naam of voornaam, rijksregisternummer, de status 'geblokkeerd' of de toepassingen waartoe gebruikers toegang hebben. Met 'Complementair zoeken' ziet u juist alle gebruikers die NIET aan het zoekcriterium beantwoorden.",
        en: "Search by name or first name, national register number, the status 'geblokkeerd' (blocked) or the applications users have access to. With 'Complementair zoeken' you see exactly the users who do NOT match the search criterion.",
        fr: "Recherchez par nom ou prénom, numéro de registre national, le statut 'bloqué' ou les applications auxquelles les utilisateurs ont accès. Avec 'Recherche complémentaire', vous voyez justement tous les utilisateurs qui NE correspondent PAS au critère de recherche.",
        de: "Suchen Sie nach Name oder Vorname, Nationalregisternummer, dem Status 'gesperrt' oder den Anwendungen, auf die Benutzer Zugriff haben. Mit 'Komplementäre Suche' sehen Sie gerade alle Benutzer, die dem Suchkriterium NICHT entsprechen.",
      },
      check: {
        nl: 'Loketgids controleert een rijksregisternummer dat u typt, maar bewaart het nooit.',
        en: 'Loketgids checks a national register number you type but never keeps it.',
        fr: 'Loketgids vérifie un numéro de registre national que vous tapez, mais ne le conserve jamais.',
        de: 'Loketgids prüft eine Nationalregisternummer, die Sie eingeben, speichert sie aber nie.',
      },
      completes: { by: 'submit', text: { nl: 'Zoek.', en: 'Search.', fr: 'Recherchez.', de: 'Suchen Sie.' } },
      features: [{ kind: 'rrn-field-check', field: 'rrn-veld' }],
    },
  ],
};
