/**
 * `wse.ss.aanvraag-voor-klant`: a sociaal secretariaat files an aanvraag for a client employer in
 * the WSE-loket (seed 000, Stap 2 and 3): organisation tile, the secretariat's own tile, the
 * client's KBO number, home, the service, the KBO number again, the form.
 */
import type { FlowInput, StepInput } from '../../guide/schema';
import { STEP_AANMELDEN, STEP_BEVESTIGEN, STEP_FORMULIER, STEP_HOME, STEP_ONTVANGEN, stepOrganisatie } from './shared';

function kboStep(id: string, again: boolean): StepInput {
  return {
    id,
    page: 'wse.kbo-prompt',
    target: 'kbo-veld',
    title: again
      ? { nl: 'Nogmaals het KBO-nummer', en: 'The KBO number again' }
      : { nl: 'KBO-nummer van de klant', en: "The client's KBO number" },
    instruction: again
      ? {
          nl: "Vul nogmaals het KBO-nummer in van dezelfde klant en klik op 'Doorgaan'.",
          en: "Enter the KBO number of the same client again and click 'Doorgaan'.",
        }
      : {
          nl: "Kies hieronder de klant (of typ het KBO-nummer) en klik op 'Doorgaan'. Geen KBO-nummer van een school ingeven.",
          en: "Choose the client below (or type the KBO number) and click 'Doorgaan'. Never enter a school's KBO number.",
        },
    completes: { by: 'submit', text: { nl: "Klik op 'Doorgaan'.", en: "Click 'Doorgaan'." } },
    features: [{ kind: 'client-picker', field: 'kbo-veld' }],
  };
}

export const AANVRAAG_VOOR_KLANT: FlowInput = {
  id: 'wse.ss.aanvraag-voor-klant',
  portal: 'wse',
  title: { nl: 'Aanvraag voor een klant (sociaal secretariaat)', en: 'Application for a client (payroll bureau)' },
  goal: 'wse.ss.aanvraag-voor-klant',
  profiles: ['secretariaat'],
  source: 'seeds/000_577eb114816f9d85.txt Stap 2–3',
  steps: [
    STEP_AANMELDEN,
    stepOrganisatie({ nl: 'uw sociaal secretariaat', en: 'your payroll bureau' }),
    kboStep('klant', false),
    STEP_HOME,
    {
      id: 'dienst',
      page: 'wse.aanvragen',
      target: 'dienst',
      title: { nl: 'De dienst kiezen', en: 'Choose the service' },
      instruction: {
        nl: "Kies in Loketgids de dienst, of klik achteraan op 'Aanvragen / indienen' bij de gewenste dienst.",
        en: "Choose the service in Loketgids, or click 'Aanvragen / indienen' at the end of the service's row.",
      },
      completes: { by: 'click', text: { nl: "Klik op 'Aanvragen / indienen'.", en: "Click 'Aanvragen / indienen'." } },
      features: [{ kind: 'services' }, { kind: 'top-kbo-check' }],
      problems: [
        {
          page: 'wse.gebruikersrecht-aangevraagd',
          title: { nl: 'Gebruikersrecht aangevraagd', en: 'User right requested' },
          instruction: {
            nl: 'Uw lokale beheerder krijgt een automatische mail. Zodra het recht is toegekend, krijgt u een mail: meld u dan opnieuw aan.',
            en: 'Your local administrator gets an automatic e-mail. Once the right is granted you get an e-mail: then log in again.',
          },
        },
      ],
    },
    kboStep('klant-opnieuw', true),
    STEP_FORMULIER,
    STEP_BEVESTIGEN,
    STEP_ONTVANGEN,
  ],
};
