/**
 * `sz.lokale-beheerder-vervangen`: the same procedure as appointing one, answering "ja" to
 * replacing the current lokale beheerder, whose data are then overwritten (seed 002 "Hoe
 * verandert u van lokale beheerder?").
 */
import type { FlowInput } from '../../guide/schema';
import {
  STEP_EERSTE_AANMELDING,
  STEP_HOE_REGISTREREN,
  STEP_HOME,
  STEP_MAAK_LOKALE_BEHEERDER,
  STEP_OPNIEUW_AANMELDEN,
  STEP_TICKET,
  STEP_WELKOM_KLAAR,
  STEP_WERKGEVERS,
  TOEGANGSAANVRAAG_CHECKS,
} from './shared';

export const LOKALE_BEHEERDER_VERVANGEN: FlowInput = {
  id: 'sz.lokale-beheerder-vervangen',
  portal: 'sz',
  title: {
    nl: 'Lokale beheerder vervangen',
    en: 'Replace the local administrator',
    fr: 'Remplacer le gestionnaire local',
    de: 'Den lokalen Verwalter ersetzen',
  },
  goal: 'sz.lokale-beheerder-vervangen',
  grants: ['lokale-beheerder'],
  profiles: [],
  source: 'seeds/002_54958e6e2f7ce4f2.txt "Hoe verandert u van lokale beheerder?"',
  steps: [
    STEP_HOME,
    STEP_WERKGEVERS,
    STEP_HOE_REGISTREREN,
    {
      id: 'toegangsaanvraag',
      page: 'sz.toegangsaanvraag',
      target: 'vervangen-ja',
      title: {
        nl: 'De toegangsaanvraag: vervangen',
        en: 'The access request: replace',
        fr: "La demande d'accès : remplacer",
        de: 'Der Zugangsantrag: ersetzen',
      },
      instruction: {
        nl: "Selecteer 'Een toegangsaanvraag voor de beveiligde omgeving doen', vink 'lokale beheerder' aan en antwoord 'ja' op de vraag of u uw huidige lokale beheerder wil vervangen: zijn of haar gegevens worden dan overschreven. Identificeer verder uw onderneming, de nieuwe lokale beheerder en de verantwoordelijke, en klik op 'Registreren'.",
        en: "Select 'Een toegangsaanvraag voor de beveiligde omgeving doen', tick 'lokale beheerder' and answer 'ja' (yes) to the question whether you want to replace your current local administrator: their data are then overwritten. Then identify your company, the new local administrator and the responsible person, and click 'Registreren'.",
        fr: "Sélectionnez 'Introduire une demande d'accès à l'environnement sécurisé', cochez 'gestionnaire local' et répondez 'oui' à la question de savoir si vous voulez remplacer votre gestionnaire local actuel : ses données sont alors écrasées. Identifiez ensuite votre entreprise, le nouveau gestionnaire local et le responsable, et cliquez sur 'Enregistrer'.",
        de: "Wählen Sie die Option für einen Zugangsantrag für den gesicherten Bereich, kreuzen Sie 'Lokaler Verwalter' an und antworten Sie 'ja' auf die Frage, ob Sie Ihren aktuellen lokalen Verwalter ersetzen möchten: Seine oder ihre Daten werden dann überschrieben. Identifizieren Sie weiter Ihr Unternehmen, den neuen lokalen Verwalter und den Verantwortlichen und klicken Sie auf 'Registrieren'.",
      },
      check: {
        nl: 'De verantwoordelijke is bestuurder, zaakvoerder of vennoot. Loketgids controleert de nummers die u typt, maar bewaart geen rijksregisternummer.',
        en: 'The responsible person is a director, managing director or partner. Loketgids checks the numbers you type but never keeps a national register number.',
        fr: 'Le responsable est administrateur, gérant ou associé. Loketgids vérifie les numéros que vous tapez, mais ne conserve aucun numéro de registre national.',
        de: 'Der Verantwortliche ist Verwaltungsratsmitglied, Geschäftsführer oder Gesellschafter. Loketgids prüft die Nummern, die Sie eingeben, speichert aber keine Nationalregisternummer.',
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
      features: TOEGANGSAANVRAAG_CHECKS,
    },
    STEP_TICKET,
    STEP_EERSTE_AANMELDING,
    STEP_MAAK_LOKALE_BEHEERDER,
    STEP_OPNIEUW_AANMELDEN,
    STEP_WELKOM_KLAAR,
  ],
};
