/**
 * `wpd.ond.erkenning-hernieuwen`: a company renews an erkenning from its dashboard task
 * "Beslissen hernieuwing erkenning" (seed 004 "TAKEN": erkenningen are valid 5 years; the
 * dashboard lists the ones that can be renewed, with "Dagen resterend"). The top line is read on
 * both screens: who is logged in, with which role, for which KBO number. On the dashboard the
 * renewal tasks are read with their deadlines and kept per organisation (`wpd-renewals`).
 */
import type { FlowInput } from '../../guide/schema';
import { PROBLEM_NOT_SUPPORTED, TOP_LINE_FEATURES } from './shared';

export const ERKENNING_HERNIEUWEN: FlowInput = {
  id: 'wpd.ond.erkenning-hernieuwen',
  portal: 'wpd',
  title: { nl: 'Erkenning hernieuwen (onderneming)', en: 'Renew a recognition (company)' },
  goal: 'wpd.ond.erkenning-hernieuwen',
  profiles: ['werkgever'],
  source: 'seeds/004_b2fc1da045cef06a.txt "TAKEN" (Handleiding onderneming - Erkenning hernieuwen)',
  steps: [
    {
      id: 'dashboard',
      page: 'wpd.dashboard',
      title: { nl: 'De taak op het dashboard', en: 'The task on the dashboard' },
      instruction: {
        nl: "Controleer bovenaan voor welke organisatie u bent aangemeld. Kies dan bij 'Taken' de erkenning die u wil hernieuwen ('Beslissen hernieuwing erkenning', met het aantal dagen resterend) en klik op 'Verdergaan'.",
        en: "Check at the top which organisation you are logged in for. Then, under 'Taken', pick the recognition you want to renew ('Beslissen hernieuwing erkenning', with the days left) and click 'Verdergaan' (continue).",
      },
      check: {
        nl: 'Het ondernemingsnummer in de grijze kader rechts bovenaan is dat van de juiste organisatie; anders kiest u eerst "Wissel van organisatie".',
        en: 'The enterprise number in the grey box at the top right is that of the right organisation; otherwise choose "Wissel van organisatie" first.',
      },
      completes: { by: 'click', text: { nl: "Klik op 'Verdergaan'.", en: "Click 'Verdergaan'." } },
      // The tasks with their deadlines, kept per organisation for the popup and the calendar file.
      features: [...(TOP_LINE_FEATURES ?? []), { kind: 'wpd-renewals' }],
      problems: PROBLEM_NOT_SUPPORTED,
    },
    {
      id: 'hernieuwen',
      page: 'wpd.hernieuwing',
      target: 'bevestigen',
      title: { nl: 'Beslissen over de hernieuwing', en: 'Decide on the renewal' },
      instruction: {
        nl: "Kijk het erkenningsnummer, de vestiging en de opleiding na. Kies 'Erkenning hernieuwen' en bevestig uw beslissing.",
        en: "Check the recognition number, the site and the training. Choose 'Erkenning hernieuwen' (renew the recognition) and confirm your decision.",
      },
      completes: { by: 'submit', text: { nl: 'Bevestig uw beslissing.', en: 'Confirm your decision.' } },
      features: TOP_LINE_FEATURES,
    },
  ],
};
