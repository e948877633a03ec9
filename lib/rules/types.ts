/**
 * The rules-engine contract (DOMAIN.md §6): what `explain()` takes and returns. Dutch (nl) first,
 * English (en) second in every text.
 */
import type { Helpline, TaskPortal, Text } from '../knowledge/index';

export type { Text };
export type Lang = 'nl' | 'en';

/**
 * What the guide saw on a page that proves a fact missing, e.g.
 * `{ observation: 'wse.gebruikersrecht-aanvragen-knop', page: 'wse.aanvragen',
 *    fact: 'recht:dwse-organisatieverantwoordelijke#opleidingsverlof' }`.
 * `observation` is a kind of `OBSERVATIONS` (or an alias); `fact` defaults to the facts that kind
 * proves and, when given, must be one of them.
 */
export interface Observation {
  observation: string;
  page: string;
  fact?: string;
  /** Free text the guide adds, e.g. the heading the button stood under. Shown, never interpreted. */
  detail?: string;
}

/** Facts of the situation that are not rights (DOMAIN.md §5, seed 000: no school's KBO). */
export interface ExplainContext {
  /** The client the secretariat works for is a school (known only from the user's own client data). */
  clientIsSchool?: boolean;
}

export interface ExplainRequest {
  goal: string;
  /** Fact ids (or id aliases) that hold; implied facts count. */
  have: readonly string[];
  /** Observations from pages: each proves a fact missing, even when it is in `have`. */
  missing?: readonly Observation[];
  /** Language of `summary` and of error messages; every other text carries both. Default 'nl'. */
  lang?: Lang;
  context?: ExplainContext;
}

/** Which observation led to the conclusion that a fact is missing. */
export interface Evidence {
  observation: string;
  page: string;
  detail?: string;
  seen: Text;
  conclusion: Text;
  source: string;
}

/** One thing to obtain, with who grants it, where, how and what they need. */
export interface Gap {
  id: string;
  label: Text;
  why: Text;
  /** Who grants it, in words. */
  grantedBy: Text;
  /** The grantor ids behind `grantedBy`. */
  grantors: string[];
  where: Text;
  how: Text;
  /** What the grantor needs, e.g. the person's rijksregisternummer. */
  needs?: Text[];
  /** Guided flow that does the granting. */
  flow?: string;
  /** The fact this one is a prerequisite for (e.g. `toegangsbeheerder` → `recht:werkplek-duaal-gebruiker`). */
  requiredFor?: string;
  /** STTS: the profile this one replaces (one profile per user). */
  replaces?: string;
  /** `false` for a legal status nobody can be asked for (wettelijk vertegenwoordiger). */
  requestable: boolean;
  /** Observations that showed it missing. */
  evidence?: Evidence[];
  helplines?: Helpline[];
  source: string;
}

/** Another option that would do instead of a gap (a bigger role or profile, or the wettelijk vertegenwoordiger). */
export interface Alternative {
  id: string;
  /** The gap it could stand in for. */
  insteadOf: string;
  label: Text;
  why: Text;
  /** Number of tasks that list this fact: the engine's measure of "bigger" (see `explain`). */
  capabilities: number;
  source: string;
}

export interface Warning {
  id: string;
  /** 'blocking': the task is not allowed; 'caution': something contradicts; 'info': a reminder. */
  severity: 'blocking' | 'caution' | 'info';
  text: Text;
  facts?: string[];
  source: string;
}

/** What an observation led to. */
export interface ObservationConclusion extends Evidence {
  facts: string[];
}

export interface Explanation {
  goal: string;
  label: Text;
  portal: TaskPortal;
  allowed: boolean;
  /** ALL gaps, in the order to fix them (prerequisites first). */
  missing: Gap[];
  alternatives?: Alternative[];
  warnings?: Warning[];
  observations?: ObservationConclusion[];
  /** What the person needs at hand for the task itself. */
  needs?: Text[];
  /** Guided flow for the task itself. */
  flow?: string;
  /** One line in the request's language. */
  summary: string;
  source: string;
}

export interface TaskSummary {
  id: string;
  portal: TaskPortal;
  label: Text;
  description: Text;
  flow?: string;
}
