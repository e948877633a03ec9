/**
 * The Oefenmodus's scenarios: six situations a trainer shows, each a starting replica, the flow the
 * guide follows there, and the profile and rights ("facts", DOMAIN.md §4) of the person in the
 * story. The guide's card explains the missing rights on the replica; beside it the Oefenmodus
 * shows the Rechtencheck for the scenario's task with the same rights, so the room sees every gap
 * at once, who grants each, where and how. test/unit/practice/scenarios.test.ts holds each
 * scenario to the knowledge base: the task, the facts and the observation exist, the start page
 * is a replica of a step of the flow, and the rules engine reports the gap the story is about.
 */
import type { Profile } from '../state';

export interface Scenario {
  id: string;
  title: { nl: string; en: string };
  /** What the trainer tells the room; what the guide and the Rechtencheck then show. */
  story: { nl: string; en: string };
  /** Practice page to start on, and its query (replica parameters, lib/practice/catalog.ts). */
  page: string;
  query?: string;
  flow: string;
  profile: Profile;
  /** The rights the person has (the rest are missing). */
  facts: string[];
  /** The task the Rechtencheck shows. */
  goal: string;
  /** The fact the story is about: the Rechtencheck must report it missing. */
  missing?: string;
  /** What the replica shows that proves a right missing (lib/knowledge observations). */
  observation?: string;
}

export const SCENARIOS: readonly Scenario[] = Object.freeze([
  {
    id: 'ss-zonder-dimona',
    title: {
      nl: 'Medewerker van een sociaal secretariaat zonder Dimona Mandaatuitvoerder',
      en: 'Payroll bureau employee without Dimona Mandaatuitvoerder',
    },
    story: {
      nl: 'Karel werkt bij het secretariaat en wil een aanvraag indienen voor een klant. Zijn organisatie is Dimona-mandaatnemer en hij heeft een werkrelatie, maar het gebruikersrecht Dimona Mandaatuitvoerder ontbreekt.',
      en: 'Karel works at the payroll bureau and wants to file an application for a client. His organisation is a Dimona mandate holder and he has a work relation, but the user right Dimona Mandaatuitvoerder is missing.',
    },
    page: 'wse.organisatie-kiezen',
    flow: 'wse.ss.aanvraag-voor-klant',
    profile: 'secretariaat',
    facts: ['org-type:dimona-mandaatnemer', 'werkrelatie'],
    goal: 'wse.ss.aanvraag-voor-klant',
    missing: 'recht:dimona-mandaatuitvoerder',
  },
  {
    id: 'werkgever-zonder-vov',
    title: { nl: 'Werkgever zonder het recht voor Vlaams opleidingsverlof', en: 'Employer without the VOV right' },
    story: {
      nl: "Els wil voor haar eigen bedrijf een terugbetaling van Vlaams opleidingsverlof aanvragen. Bij die dienst staat de knop 'Gebruikersrecht aanvragen' in plaats van 'Aanvragen'.",
      en: "Els wants to claim a Flemish training leave reimbursement for her own company. That service shows the button 'Gebruikersrecht aanvragen' instead of 'Aanvragen'.",
    },
    page: 'wse.aanvragen-zonder-recht',
    flow: 'wse.vov.terugbetaling',
    profile: 'werkgever',
    facts: ['werkrelatie'],
    goal: 'wse.vov.terugbetaling',
    missing: 'recht:dwse-organisatieverantwoordelijke#opleidingsverlof',
    observation: 'wse.gebruikersrecht-aanvragen-knop',
  },
  {
    id: 'enkel-persoonlijke-naam',
    title: {
      nl: 'Na het aanmelden staat enkel een persoonlijke naam',
      en: 'After logging in only a personal name shows',
    },
    story: {
      nl: 'Jonas meldt zich aan in het WSE-loket en ziet alleen zijn eigen naam, geen organisatie. Er is nog geen werkrelatie in gebruikersbeheer.',
      en: 'Jonas logs in to the WSE-loket and sees only his own name, no organisation. There is no work relation in user management yet.',
    },
    page: 'wse.enkel-persoon',
    flow: 'wse.vov.terugbetaling',
    profile: 'werkgever',
    facts: [],
    goal: 'wse.vov.terugbetaling',
    missing: 'werkrelatie',
    observation: 'wse.enkel-persoonlijke-naam',
  },
  {
    id: 'stts2-annuleren',
    title: { nl: 'Een STTS 2-gebruiker wil een actie annuleren', en: 'An STTS 2 user wants to cancel an action' },
    story: {
      nl: 'Sofie heeft het profiel STTS 2 en wil een actie annuleren. Dat kan pas met STTS 3; een gebruiker heeft één profiel tegelijk, dus de lokale beheerder vervangt STTS 2 door STTS 3.',
      en: 'Sofie has the STTS 2 profile and wants to cancel an action. That needs STTS 3; a user has one profile at a time, so the local administrator replaces STTS 2 with STTS 3.',
    },
    page: 'sz.wijzigen-profiel',
    flow: 'sz.profiel-wijzigen',
    profile: 'lokale-beheerder',
    facts: ['gebruiker-sz', 'profiel:stts2'],
    goal: 'stts.annulatie',
    missing: 'profiel:stts3',
  },
  {
    id: 'behandelaar-stemmen',
    title: { nl: 'Een Behandelaar wil stemmen over een erkenningsaanvraag', en: 'A Behandelaar wants to vote' },
    story: {
      nl: 'Pieter is Behandelaar bij een sectoraal partnerschap en wil een stem registreren. Stemmen mag alleen een Stemgerechtigde; rollen kunnen samen.',
      en: 'Pieter is a Behandelaar at a sectoral partnership and wants to register a vote. Only a Stemgerechtigde may vote; roles combine.',
    },
    page: 'wpd.sp-dashboard',
    flow: 'wpd.sp.rollen',
    profile: 'sectoraal-partnerschap',
    facts: ['rol:behandelaar'],
    goal: 'wpd.sp.stem-registreren',
    missing: 'rol:stemgerechtigde',
  },
  {
    id: 'hernieuwing-10-dagen',
    title: { nl: 'Een hernieuwing van een erkenning over 10 dagen', en: 'A recognition renewal due in 10 days' },
    story: {
      nl: "Op het dashboard van Werkplek Duaal staat de taak 'Beslissen hernieuwing erkenning' met nog 10 dagen resterend. De gids toont wat te doen en tegen wanneer.",
      en: "The Werkplek Duaal dashboard shows the task 'Beslissen hernieuwing erkenning' with 10 days left. The guide shows what to do and by when.",
    },
    page: 'wpd.dashboard',
    query: 'dagen=10',
    flow: 'wpd.ond.erkenning-hernieuwen',
    profile: 'werkgever',
    facts: [],
    goal: 'wpd.ond.erkenning-hernieuwen',
  },
]);

export function findScenario(id: string | undefined): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.id === id);
}
