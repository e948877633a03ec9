/**
 * `wpd.sp.rollen`: "what may I do here?" for a user of a sectoraal partnerschap — the roles in
 * the top line (Beheerder, Behandelaar, Medewerker, Stemgerechtigde; they combine) with what
 * they allow and what not, from the rules engine (seed 003 "ROLLEN IN HET DIGITALE LOKET").
 */
import type { FlowInput } from '../../guide/schema';
import { PROBLEM_NOT_SUPPORTED, TOP_LINE_FEATURES } from './shared';

export const ROLLEN: FlowInput = {
  id: 'wpd.sp.rollen',
  portal: 'wpd',
  title: {
    nl: 'Wat mag ik met mijn rollen? (sectoraal partnerschap)',
    en: 'What may my roles do? (sectoral partnership)',
  },
  profiles: ['sectoraal-partnerschap'],
  source: 'seeds/003_d4bc706caa4b468e.txt "ROLLEN IN HET DIGITALE LOKET"',
  steps: [
    {
      id: 'rollen',
      page: 'wpd.sp-dashboard',
      title: { nl: 'Uw rollen in het digitale loket', en: 'Your roles in the portal' },
      instruction: {
        nl: 'Bovenaan staat met welke rol(len) u bent aangemeld. Hieronder leest u wat die rollen samen mogen, en voor wat u een andere rol nodig hebt. Rollen kunnen gecombineerd worden.',
        en: 'The top line shows the role(s) you are logged in with. Below you read what those roles allow together, and what needs another role. Roles can be combined.',
      },
      completes: { by: 'end', text: { nl: 'Klaar.', en: 'Done.' } },
      features: TOP_LINE_FEATURES,
      problems: PROBLEM_NOT_SUPPORTED,
    },
  ],
};
