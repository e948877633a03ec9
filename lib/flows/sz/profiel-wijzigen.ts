/**
 * `sz.profiel-wijzigen`: the lokale beheerder changes a user's profile, e.g. the STTS profile
 * (seed 002 "Gebruikersgegevens wijzigen", "Gebruikersprofielen voor de STTS-toepassingen"):
 * STTS 1, 2 and 3 side by side with what each allows, one profile per user at a time (choosing
 * one replaces the other), and the smallest profile for the task.
 */
import type { FlowInput } from '../../guide/schema';
import { STEP_WELKOM_BEHEER, STTS_FACTS } from './shared';

export const PROFIEL_WIJZIGEN: FlowInput = {
  id: 'sz.profiel-wijzigen',
  portal: 'sz',
  title: {
    nl: 'Wijzigen profiel (STTS-profiel)',
    en: 'Change profile (STTS profile)',
    fr: 'Modifier profil (profil STTS)',
    de: 'Profil ändern (STTS-Profil)',
  },
  goal: 'sz.gebruikers-beheren',
  grants: ['profiel:stts1', 'profiel:stts2', 'profiel:stts3'],
  profiles: [],
  source:
    'seeds/002_54958e6e2f7ce4f2.txt "Gebruikersgegevens wijzigen", "Gebruikersprofielen voor de STTS-toepassingen"',
  steps: [
    STEP_WELKOM_BEHEER,
    {
      id: 'gebruiker',
      page: 'sz.beheer-gebruikers',
      title: {
        nl: 'De gebruiker kiezen',
        en: 'Choose the user',
        fr: "Choisir l'utilisateur",
        de: 'Den Benutzer wählen',
      },
      instruction: {
        nl: "Klik achter de naam van de gebruiker op 'Wijzigen profiel'. Daar past u gegevens (zoals het e-mailadres) en toegangsrechten aan, ook het STTS-profiel.",
        en: "Click 'Wijzigen profiel' (change profile) after the user's name. There you change details (such as the e-mail address) and access rights, the STTS profile too.",
        fr: "Cliquez sur 'Modifier profil' à côté du nom de l'utilisateur. Vous y modifiez des données (comme l'adresse e-mail) et des droits d'accès, y compris le profil STTS.",
        de: "Klicken Sie hinter dem Namen des Benutzers auf 'Profil ändern'. Dort ändern Sie Daten (wie die E-Mail-Adresse) und Zugriffsrechte, auch das STTS-Profil.",
      },
      completes: {
        by: 'click',
        text: {
          nl: "Klik op 'Wijzigen profiel'.",
          en: "Click 'Wijzigen profiel'.",
          fr: "Cliquez sur 'Modifier profil'.",
          de: "Klicken Sie auf 'Profil ändern'.",
        },
      },
      features: STTS_FACTS,
    },
    {
      id: 'profiel',
      page: 'sz.wijzigen-profiel',
      target: 'bevestigen',
      title: {
        nl: 'Eén STTS-profiel kiezen',
        en: 'Choose one STTS profile',
        fr: 'Choisir un seul profil STTS',
        de: 'Ein einziges STTS-Profil wählen',
      },
      instruction: {
        nl: "Een gebruiker heeft maar één profiel tegelijk: wie een ander profiel kiest, vervangt het vorige. Kies het kleinste profiel dat volstaat: STTS 1 voor aanvraag, transfer, wijziging en opzoeken van een dossier; STTS 2 als de gebruiker ook een reductie en het sociaal telefoontarief moet stopzetten; STTS 3 alleen voor wie ook acties annuleert of taken voor de operator behandelt. Klik dan op 'Bevestigen'.",
        en: "A user has only one profile at a time: choosing another profile replaces the previous one. Choose the smallest profile that will do: STTS 1 for applying, transferring, changing and looking up a file; STTS 2 if the user must also stop a reduction and the social telephone tariff; STTS 3 only for whoever also cancels actions or handles the operator's tasks. Then click 'Bevestigen'.",
        fr: "Un utilisateur n'a qu'un seul profil à la fois : choisir un autre profil remplace le précédent. Choisissez le plus petit profil qui suffit : STTS 1 pour la demande, le transfert, la modification et la consultation d'un dossier ; STTS 2 si l'utilisateur doit aussi arrêter une réduction et le tarif téléphonique social ; STTS 3 uniquement pour qui annule aussi des actions ou traite des tâches pour l'opérateur. Cliquez ensuite sur 'Confirmer'.",
        de: "Ein Benutzer hat immer nur ein Profil: Wer ein anderes Profil wählt, ersetzt das vorherige. Wählen Sie das kleinste Profil, das ausreicht: STTS 1 für Antrag, Transfer, Änderung und Abfrage einer Akte; STTS 2, wenn der Benutzer auch eine Ermäßigung und den Sozialtelefontarif beenden muss; STTS 3 nur für diejenigen, die auch Aktionen annullieren oder Aufgaben für den Operator bearbeiten. Klicken Sie dann auf 'Bestätigen'.",
      },
      completes: {
        by: 'submit',
        text: {
          nl: "Klik op 'Bevestigen'.",
          en: "Click 'Bevestigen'.",
          fr: "Cliquez sur 'Confirmer'.",
          de: "Klicken Sie auf 'Bestätigen'.",
        },
      },
      features: STTS_FACTS,
    },
  ],
};
