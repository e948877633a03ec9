/**
 * `sz.lokale-beheerder-aanduiden`: a company appoints its lokale beheerder at the social security
 * portal (seed 002 "Hoe duidt u een lokale beheerder aan?" and "De eerste maal aanloggen"): what
 * to have ready, De onderneming → Werkgevers RSZ → Hoe registreren → the access request, the
 * ticket number and the signed original, then the first login with the provisional user name and
 * "Maak een lokale beheerder".
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

export const LOKALE_BEHEERDER_AANDUIDEN: FlowInput = {
  id: 'sz.lokale-beheerder-aanduiden',
  portal: 'sz',
  title: {
    nl: 'Lokale beheerder aanduiden',
    en: 'Appoint a local administrator',
    fr: 'Désigner un gestionnaire local',
    de: 'Einen lokalen Verwalter ernennen',
  },
  goal: 'sz.lokale-beheerder-aanduiden',
  grants: ['lokale-beheerder'],
  profiles: ['werkgever'],
  source: 'seeds/002_54958e6e2f7ce4f2.txt "Hoe duidt u een lokale beheerder aan?", "De eerste maal aanloggen"',
  steps: [
    STEP_HOME,
    STEP_WERKGEVERS,
    STEP_HOE_REGISTREREN,
    {
      id: 'toegangsaanvraag',
      page: 'sz.toegangsaanvraag',
      target: 'lokale-beheerder',
      title: {
        nl: 'De toegangsaanvraag invullen',
        en: 'Fill in the access request',
        fr: "Compléter la demande d'accès",
        de: 'Den Zugangsantrag ausfüllen',
      },
      instruction: {
        nl: "Selecteer 'Een toegangsaanvraag voor de beveiligde omgeving doen' en vink in het luik voor de RSZ Werkgever 'lokale beheerder' aan. Identificeer dan uw onderneming (RSZ- of KBO-nummer), de lokale beheerder en de verantwoordelijke die zal ondertekenen. Kijk het overzicht na en klik op 'Registreren'.",
        en: "Select 'Een toegangsaanvraag voor de beveiligde omgeving doen' (an access request for the secure area) and, in the panel for the NSSO employer, tick 'lokale beheerder'. Then identify your company (NSSO or KBO number), the local administrator and the responsible person who will sign. Check the overview and click 'Registreren'.",
        fr: "Sélectionnez 'Introduire une demande d'accès à l'environnement sécurisé' et, dans le volet de l'employeur ONSS, cochez 'gestionnaire local'. Identifiez ensuite votre entreprise (numéro ONSS ou BCE), le gestionnaire local et le responsable qui signera. Vérifiez le récapitulatif et cliquez sur 'Enregistrer'.",
        de: "Wählen Sie die Option für einen Zugangsantrag für den gesicherten Bereich und kreuzen Sie im Bereich für den LSS-Arbeitgeber 'Lokaler Verwalter' an. Identifizieren Sie dann Ihr Unternehmen (LSS- oder ZDU-Nummer), den lokalen Verwalter und den Verantwortlichen, der unterschreiben wird. Prüfen Sie die Übersicht und klicken Sie auf 'Registrieren'.",
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
