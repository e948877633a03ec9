/**
 * The shapes of the guide's explanations (what the card shows of the rules engine's answer), and
 * the services the knowledge base can name. No knowledge base here: portal pages import this.
 */
import type { Settings } from '../state';
import type { Text } from './text-schema';

export interface GapView {
  id: string;
  label: Text;
  why: Text;
  grantedBy: Text;
  where: Text;
  how: Text;
  needs: Text[];
  /** Guided flow that grants it (another task in the card's task list). */
  flow?: string;
}

export interface ExplanationView {
  id: string;
  title: Text;
  /** What the page showed that led here. */
  seen?: Text;
  gaps: GapView[];
  /** The request to send to whoever grants the gaps (nl and en). */
  message?: Text;
  /** Any further note (help line). */
  note?: Text;
}

export interface FactInfo {
  id: string;
  label: Text;
  meaning: Text;
}

/**
 * Where explanations come from: the rules engine itself (`rulesAdapter`, in the background, the
 * popup and tests) or the background asked by message (`remoteExplain`, on portal pages, so the
 * knowledge base never loads into a portal page). Either may answer at once or later.
 */
export interface ExplainAdapter {
  forObservation(input: {
    goal?: string;
    observation: string;
    settings?: Settings;
  }): ExplanationView | undefined | Promise<ExplanationView | undefined>;
  forService(input: {
    goal?: string;
    service: string;
    settings?: Settings;
  }): ExplanationView | undefined | Promise<ExplanationView | undefined>;
  facts(ids: readonly string[]): FactInfo[] | Promise<FactInfo[]>;
}

/** Services on the WSE overview whose missing right the knowledge base can name (seed 001 step 4). */
export const SERVICE_OBSERVATIONS = [
  {
    service: 'Terugbetalingsaanvraag Vlaams opleidingsverlof',
    goal: 'wse.vov.terugbetaling',
    observation: 'wse.gebruikersrecht-aanvragen-knop',
    page: 'wse.aanvragen-zonder-recht',
  },
] as const;

/** The roles of app.werkplekduaal.be (seed 003 "ROLLEN IN HET DIGITALE LOKET"); they combine. */
export const WPD_ROLE_NAMES = ['beheerder', 'behandelaar', 'medewerker', 'stemgerechtigde'] as const;
export type WpdRoleName = (typeof WPD_ROLE_NAMES)[number];

/** Who is logged in to app.werkplekduaal.be: a company (seed 004) or a sectoraal partnerschap (seed 003). */
export type WpdSide = 'onderneming' | 'sectoraal-partnerschap';

const WPD_QUERY = /^wpd-rollen:(onderneming|sectoraal-partnerschap):([a-z+]*)$/;

/**
 * The `facts` question (lib/guide/explain.ts answers it in the background) for "what may this
 * role do here, and what not": the side and the roles read from the portal's top line.
 *
 * @example
 * wpdRolesQuery('sectoraal-partnerschap', ['medewerker', 'behandelaar']) // → 'wpd-rollen:sectoraal-partnerschap:behandelaar+medewerker'
 */
export function wpdRolesQuery(side: WpdSide, roles: readonly WpdRoleName[]): string {
  return `wpd-rollen:${side}:${[...new Set(roles)].sort().join('+')}`;
}

/** The side and roles of a `wpdRolesQuery`, or undefined for any other id. */
export function parseWpdRolesQuery(id: string): { side: WpdSide; roles: WpdRoleName[] } | undefined {
  const match = WPD_QUERY.exec(id);
  if (!match) return undefined;
  const roles = (match[2] ?? '')
    .split('+')
    .filter((r): r is WpdRoleName => (WPD_ROLE_NAMES as readonly string[]).includes(r));
  return { side: match[1] as WpdSide, roles };
}
