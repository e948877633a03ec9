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
  title: { nl: 'Lokale beheerder aanduiden', en: 'Appoint a local administrator' },
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
      title: { nl: 'De toegangsaanvraag invullen', en: 'Fill in the access request' },
      instruction: {
        nl: "Selecteer 'Een toegangsaanvraag voor de beveiligde omgeving doen' en vink in het luik voor de RSZ Werkgever 'lokale beheerder' aan. Identificeer dan uw onderneming (RSZ- of KBO-nummer), de lokale beheerder en de verantwoordelijke die zal ondertekenen. Kijk het overzicht na en klik op 'Registreren'.",
        en: "Select 'Een toegangsaanvraag voor de beveiligde omgeving doen' (an access request for the secure area) and, in the panel for the NSSO employer, tick 'lokale beheerder'. Then identify your company (NSSO or KBO number), the local administrator and the responsible person who will sign. Check the overview and click 'Registreren'.",
      },
      check: {
        nl: 'De verantwoordelijke is bestuurder, zaakvoerder of vennoot. Loketgids controleert de nummers die u typt, maar bewaart geen rijksregisternummer.',
        en: 'The responsible person is a director, managing director or partner. Loketgids checks the numbers you type but never keeps a national register number.',
      },
      completes: { by: 'submit', text: { nl: "Klik op 'Registreren'.", en: "Click 'Registreren'." } },
      features: TOEGANGSAANVRAAG_CHECKS,
    },
    STEP_TICKET,
    STEP_EERSTE_AANMELDING,
    STEP_MAAK_LOKALE_BEHEERDER,
    STEP_OPNIEUW_AANMELDEN,
    STEP_WELKOM_KLAAR,
  ],
};
