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
  title: { nl: 'Wijzigen profiel (STTS-profiel)', en: 'Change profile (STTS profile)' },
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
      title: { nl: 'De gebruiker kiezen', en: 'Choose the user' },
      instruction: {
        nl: "Klik achter de naam van de gebruiker op 'Wijzigen profiel'. Daar past u gegevens (zoals het e-mailadres) en toegangsrechten aan, ook het STTS-profiel.",
        en: "Click 'Wijzigen profiel' (change profile) after the user's name. There you change details (such as the e-mail address) and access rights, the STTS profile too.",
      },
      completes: { by: 'click', text: { nl: "Klik op 'Wijzigen profiel'.", en: "Click 'Wijzigen profiel'." } },
      features: STTS_FACTS,
    },
    {
      id: 'profiel',
      page: 'sz.wijzigen-profiel',
      target: 'bevestigen',
      title: { nl: 'Eén STTS-profiel kiezen', en: 'Choose one STTS profile' },
      instruction: {
        nl: "Een gebruiker heeft maar één profiel tegelijk: wie een ander profiel kiest, vervangt het vorige. Kies het kleinste profiel dat volstaat: STTS 1 voor aanvraag, transfer, wijziging en opzoeken van een dossier; STTS 2 als de gebruiker ook een reductie en het sociaal telefoontarief moet stopzetten; STTS 3 alleen voor wie ook acties annuleert of taken voor de operator behandelt. Klik dan op 'Bevestigen'.",
        en: "A user has only one profile at a time: choosing another profile replaces the previous one. Choose the smallest profile that will do: STTS 1 for applying, transferring, changing and looking up a file; STTS 2 if the user must also stop a reduction and the social telephone tariff; STTS 3 only for whoever also cancels actions or handles the operator's tasks. Then click 'Bevestigen'.",
      },
      completes: { by: 'submit', text: { nl: "Klik op 'Bevestigen'.", en: "Click 'Bevestigen'." } },
      features: STTS_FACTS,
    },
  ],
};
