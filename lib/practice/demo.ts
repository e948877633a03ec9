/**
 * The Oefenmodus's demo data: fictitious clients, the own organisation and fictitious people.
 *
 * - The client names are invented; their KBO numbers are made up and carry valid check digits, so
 *   every check of the guide passes (test/unit/practice/demo.test.ts). No registry can be asked
 *   whether a made-up number is assigned to someone; the names make plain that they are examples.
 * - The own organisation is what the WSE-loket replicas show as tiles (`demoOwnOrganisation`).
 * - The people's rijksregisternummers are for typing into replica fields only: they are invented
 *   (serial numbers 995–998; these four numbers appear nowhere else in the tests), never stored, and
 *   shown in the Oefenmodus so a trainer can copy them.
 */
import type { Settings } from '../state';

export interface DemoClient {
  kbo: string;
  name: string;
  school: boolean;
  tags: string[];
  notes: string;
}

export const DEMO_CLIENTS: readonly DemoClient[] = Object.freeze([
  { kbo: '0812345603', name: 'Bakkerij De Oefenoven BV', school: false, tags: ['oefen', 'horeca'], notes: '' },
  { kbo: '0765432146', name: 'Fietsen Proefrit NV', school: false, tags: ['oefen'], notes: '' },
  {
    kbo: '0699887761',
    name: 'Vrije Basisschool De Oefenboom',
    school: true,
    tags: ['oefen', 'onderwijs'],
    notes: 'Een school: het WSE-loket aanvaardt hier geen KBO-nummer.',
  },
  { kbo: '0911223344', name: 'Schrijnwerkerij Voorbeeld & Zonen', school: false, tags: ['oefen', 'bouw'], notes: '' },
  { kbo: '0544112293', name: 'Groendienst Demo CVBA', school: false, tags: ['oefen'], notes: '' },
  { kbo: '0888776653', name: 'Kapsalon Fictief', school: false, tags: ['oefen'], notes: '' },
]);

/**
 * The own organisation, by profile: a secretariat works as "SD WORX" (seed 000's example, the
 * WSE-loket replicas' secretariat tile); an employer as the replicas' employer tile.
 */
export function demoOwnOrganisation(profile: Settings['profile']): NonNullable<Settings['ownOrganisation']> {
  return profile === 'werkgever' ? { name: 'Bouwbedrijf Peeters NV', kbo: '0566988259' } : { name: 'SD WORX' };
}

/** The settings the guide runs with in the Oefenmodus: the user's own (language), the demo's organisation, a profile and its rights. */
export function practiceSettings(
  base: Settings,
  profile: Settings['profile'],
  facts: readonly string[] = [],
): Settings {
  return { ...base, ownOrganisation: demoOwnOrganisation(profile), profile, facts: [...facts] };
}

export interface DemoPerson {
  name: string;
  /** Formatted as on the portals (yy.mm.dd-sss.cc), for typing into replica fields. */
  rrn: string;
  role: { nl: string; en: string };
}

export const DEMO_PEOPLE: readonly DemoPerson[] = Object.freeze([
  {
    name: 'An Oefenaar',
    rrn: '75.01.01-998.69',
    role: { nl: 'lokale beheerder (voorbeeld)', en: 'local administrator (example)' },
  },
  {
    name: 'Bram Proef',
    rrn: '82.06.15-997.26',
    role: { nl: 'verantwoordelijke (voorbeeld)', en: 'responsible (example)' },
  },
  {
    name: 'Chloë Demo',
    rrn: '90.03.03-996.49',
    role: { nl: 'nieuwe gebruiker (voorbeeld)', en: 'new user (example)' },
  },
  { name: 'Dirk Fictief', rrn: '68.09.09-995.32', role: { nl: 'bestuurder (voorbeeld)', en: 'director (example)' } },
]);
