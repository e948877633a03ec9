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
  title: { nl: 'Lokale beheerder vervangen', en: 'Replace the local administrator' },
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
      title: { nl: 'De toegangsaanvraag: vervangen', en: 'The access request: replace' },
      instruction: {
        nl: "Selecteer 'Een toegangsaanvraag voor de beveiligde omgeving doen', vink 'lokale beheerder' aan en antwoord 'ja' op de vraag of u uw huidige lokale beheerder wil vervangen: zijn of haar gegevens worden dan overschreven. Identificeer verder uw onderneming, de nieuwe lokale beheerder en de verantwoordelijke, en klik op 'Registreren'.",
        en: "Select 'Een toegangsaanvraag voor de beveiligde omgeving doen', tick 'lokale beheerder' and answer 'ja' (yes) to the question whether you want to replace your current local administrator: their data are then overwritten. Then identify your company, the new local administrator and the responsible person, and click 'Registreren'.",
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
