/**
 * `wse.vov.terugbetaling`: an employer files a terugbetalingsaanvraag Vlaams opleidingsverlof for
 * its own organisation (seed 001): organisation tile (not the personal name), 'Aanvraag', the
 * blue 'Aanvragen' (or 'Gebruikersrecht aanvragen' when the right is missing), the KBO number if
 * the portal asks for it, all steps,
 * 'Bevestigen', ontvangstbevestiging.
 */
import type { FlowInput } from '../../guide/schema';
import { STEP_AANMELDEN, STEP_BEVESTIGEN, STEP_FORMULIER, STEP_HOME, STEP_ONTVANGEN, stepOrganisatie } from './shared';

export const VOV_SERVICE = 'Terugbetalingsaanvraag Vlaams opleidingsverlof';

export const VOV_TERUGBETALING: FlowInput = {
  id: 'wse.vov.terugbetaling',
  portal: 'wse',
  title: {
    nl: 'Terugbetalingsaanvraag Vlaams opleidingsverlof',
    en: 'Flemish training leave reimbursement application',
  },
  goal: 'wse.vov.terugbetaling',
  profiles: ['werkgever'],
  source: 'seeds/001_d440d333149fb13b.txt steps 1–4',
  steps: [
    STEP_AANMELDEN,
    stepOrganisatie({ nl: 'uw organisatie', en: 'your organisation' }),
    STEP_HOME,
    {
      id: 'dienst',
      page: 'wse.aanvragen',
      target: 'dienst',
      title: { nl: "'Aanvragen' bij Vlaams opleidingsverlof", en: "'Aanvragen' for Flemish training leave" },
      instruction: {
        nl: "Zoek de titel 'Vlaams opleidingsverlof' en daaronder 'Terugbetalingsaanvraag Vlaams opleidingsverlof'. Staat er een blauwe knop 'Aanvragen', klik erop. Staat er 'Gebruikersrecht aanvragen', dan ontbreekt uw recht: zie hieronder.",
        en: "Find the title 'Vlaams opleidingsverlof' and under it 'Terugbetalingsaanvraag Vlaams opleidingsverlof'. If there is a blue button 'Aanvragen', click it. If it says 'Gebruikersrecht aanvragen', your right is missing: see below.",
      },
      completes: { by: 'click', text: { nl: "Klik op 'Aanvragen'.", en: "Click 'Aanvragen'." } },
      features: [{ kind: 'services', service: VOV_SERVICE }],
      problems: [
        {
          page: 'wse.gebruikersrecht-aangevraagd',
          title: { nl: 'Gebruikersrecht aangevraagd', en: 'User right requested' },
          instruction: {
            nl: "Uw lokale beheerder krijgt een automatische mail. Zodra het recht is toegekend, krijgt u een mail: meld u dan opnieuw aan, klik op 'Aanvraag' en dan op de blauwe knop 'Aanvragen'.",
            en: "Your local administrator gets an automatic e-mail. Once the right is granted you get an e-mail: then log in again, click 'Aanvraag' and then the blue button 'Aanvragen'.",
          },
          features: [{ kind: 'explain', observation: 'wse.gebruikersrecht-aanvragen-knop' }],
        },
      ],
    },
    {
      // The replica (and a secretariat filing for a client) asks the KBO number after 'Aanvragen'
      // (seed 000 Stap 3.3); seed 001 does not mention it for an employer's own organisation.
      id: 'kbo',
      page: 'wse.kbo-prompt',
      target: 'kbo-veld',
      title: { nl: 'KBO-nummer van de organisatie', en: "The organisation's KBO number" },
      instruction: {
        nl: "Vraagt het loket een KBO-nummer? Vul het ondernemingsnummer in van de organisatie waarvoor u de terugbetaling aanvraagt en klik op 'Doorgaan'.",
        en: "Does the portal ask for a KBO number? Enter the enterprise number of the organisation you claim the reimbursement for and click 'Doorgaan'.",
      },
      completes: { by: 'submit', text: { nl: "Klik op 'Doorgaan'.", en: "Click 'Doorgaan'." } },
      features: [{ kind: 'client-picker', field: 'kbo-veld' }],
    },
    STEP_FORMULIER,
    STEP_BEVESTIGEN,
    STEP_ONTVANGEN,
  ],
};
