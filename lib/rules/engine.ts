/**
 * The rules engine (DOMAIN.md §6): from a goal and the facts that hold, every gap in the order to
 * fix it, who grants it, where, how and what they need.
 *
 * Design note — how a requirement tree is walked (`visit`):
 * - A `{ fact }` that holds (given, implied by a given fact, and not observed missing) is done; its
 *   prerequisites are not asked for: whoever granted it already met them.
 * - A missing fact first brings in its own prerequisites (`fact.requires`, then the task's `via`),
 *   then itself. So `werkrelatie` comes before the right that hangs on it, and
 *   `org:btb-geregistreerd` before `toegangsbeheerder` before `recht:werkplek-duaal-gebruiker`.
 * - An `{ anyOf }` that no option satisfies names ONE option as the gap and lists the others as
 *   alternatives. "Smallest that suffices" is defined, deterministically, as:
 *     1. requestable first (a legal status such as wettelijk vertegenwoordiger cannot be asked for);
 *     2. fewest capabilities: the number of tasks in the knowledge base that list the fact as a
 *        requirement or option (roles: stemgerechtigde 4, beheerder 7, medewerker 9,
 *        behandelaar 11; STTS 1: 4, STTS 2: 5, STTS 3: 7);
 *     3. the order of the options in the task's data.
 * Everything is synchronous and pure; lookups are precomputed when the module loads.
 */
import {
  FACTS,
  type Fact,
  findFact,
  findObservationKind,
  findTask,
  GOAL_IDS,
  getFact,
  getGrantor,
  getHelpline,
  type Helpline,
  OBSERVATION_KINDS,
  type Requirement,
  requirementFactIds,
  TASKS,
  type Task,
} from '../knowledge/index';
import { closestIds, UnknownIdError } from './suggest';
import type {
  Alternative,
  Evidence,
  ExplainContext,
  ExplainRequest,
  Explanation,
  Gap,
  Lang,
  Observation,
  ObservationConclusion,
  TaskSummary,
  Text,
  Warning,
} from './types';

// ── Precomputed lookups ────────────────────────────────────────────────────────

/** Tasks that list each fact (requirement, option or `via`): the measure of how "big" a fact is. */
const CAPABILITIES = new Map<string, number>();
for (const task of TASKS) {
  for (const id of requirementFactIds(task.requires)) CAPABILITIES.set(id, (CAPABILITIES.get(id) ?? 0) + 1);
}

/**
 * How many tasks list this fact as a requirement or option (0 when none): the engine's measure of
 * "smallest" when several roles or profiles would do.
 *
 * @example
 * capabilities('rol:beheerder'); // 7
 */
export function capabilities(factId: string): number {
  return CAPABILITIES.get(factId) ?? 0;
}

const FACT_CANDIDATES: [string, string][] = FACTS.flatMap((f) => [
  [f.id, f.id] as [string, string],
  ...f.idAliases.map((a) => [a, f.id] as [string, string]),
]);
const GOAL_CANDIDATES: [string, string][] = GOAL_IDS.map((g) => [g, g]);
const OBSERVATION_CANDIDATES: [string, string][] = OBSERVATION_KINDS.flatMap((o) => [
  [o.id, o.id] as [string, string],
  ...o.aliases.map((a) => [a, o.id] as [string, string]),
]);

/** Options of an `anyOf`, best first (see the design note). Cached per (frozen) requirement node. */
const rankedCache = new WeakMap<Requirement, Requirement[]>();
function rankedOptions(req: Requirement & { anyOf: Requirement[] }): Requirement[] {
  const cached = rankedCache.get(req);
  if (cached) return cached;
  const ranked = req.anyOf
    .map((option, index) => {
      const fact = getFact(keyFact(option));
      return { option, index, requestable: fact.requestable ? 0 : 1, size: capabilities(fact.id) };
    })
    .sort((a, b) => a.requestable - b.requestable || a.size - b.size || a.index - b.index)
    .map((x) => x.option);
  rankedCache.set(req, ranked);
  return ranked;
}

/** The fact an option stands for: itself, or the best option of a nested `anyOf`. */
function keyFact(req: Requirement): string {
  if ('anyOf' in req) return keyFact(rankedOptions(req)[0] as Requirement);
  return req.fact;
}

// ── Resolving the request ──────────────────────────────────────────────────────

function resolveGoal(goal: string, lang: Lang): Task {
  const task = findTask(goal);
  if (!task) throw new UnknownIdError('goal', goal, closestIds(goal, GOAL_CANDIDATES), lang);
  return task;
}

function resolveFact(id: string, lang: Lang): Fact {
  const fact = findFact(id);
  if (!fact) throw new UnknownIdError('fact', id, closestIds(id, FACT_CANDIDATES), lang);
  return fact;
}

function resolveHave(have: readonly string[], lang: Lang): Set<string> {
  const out = new Set<string>();
  for (const id of have) out.add(resolveFact(id, lang).id);
  return out;
}

interface Observed {
  /** Evidence per fact observed missing. */
  byFact: Map<string, Evidence[]>;
  conclusions: ObservationConclusion[];
}

function resolveObservations(observations: readonly Observation[] | undefined, lang: Lang): Observed {
  const byFact = new Map<string, Evidence[]>();
  const conclusions: ObservationConclusion[] = [];
  for (const o of observations ?? []) {
    const kind = findObservationKind(o.observation);
    if (!kind)
      throw new UnknownIdError('observation', o.observation, closestIds(o.observation, OBSERVATION_CANDIDATES), lang);
    let facts: string[] = [...kind.proves];
    if (o.fact !== undefined) {
      const fact = resolveFact(o.fact, lang).id;
      if (!kind.proves.includes(fact)) {
        throw new Error(
          lang === 'en'
            ? `Observation "${kind.id}" does not prove "${fact}" missing; it proves: ${kind.proves.join(', ')}.`
            : `Waarneming "${kind.id}" bewijst niet dat "${fact}" ontbreekt; wel: ${kind.proves.join(', ')}.`,
        );
      }
      facts = [fact];
    }
    const evidence: Evidence = {
      observation: kind.id,
      page: o.page,
      ...(o.detail !== undefined ? { detail: o.detail } : {}),
      seen: kind.seen,
      conclusion: kind.conclusion,
      source: kind.source,
    };
    conclusions.push({ ...evidence, facts });
    for (const f of facts) {
      const list = byFact.get(f) ?? [];
      list.push(evidence);
      byFact.set(f, list);
    }
  }
  return { byFact, conclusions };
}

/** Given facts plus what they imply (a role implies its right), minus what a page showed missing. */
function closure(explicit: Set<string>, observedMissing: Map<string, unknown>): Set<string> {
  const out = new Set<string>();
  const stack = [...explicit];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id) || observedMissing.has(id)) continue;
    out.add(id);
    for (const implied of getFact(id).implies) stack.push(implied);
  }
  return out;
}

function holds(req: Requirement, facts: Set<string>): boolean {
  return 'anyOf' in req ? req.anyOf.some((r) => holds(r, facts)) : facts.has(req.fact);
}

// ── Building gaps ──────────────────────────────────────────────────────────────

function joinOr(items: string[], or: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
}

function shortName(fact: Fact): string {
  return fact.names[0] ?? fact.label.nl;
}

interface Walk {
  facts: Set<string>;
  explicit: Set<string>;
  observed: Observed;
  gaps: Map<string, Gap>;
  alternatives: Alternative[];
}

function makeGap(fact: Fact, grantorIds: readonly string[], w: Walk, requiredFor: string | undefined): Gap {
  const grantors = grantorIds.map(getGrantor);
  const helplines: Helpline[] = [];
  for (const g of grantors) {
    for (const h of g.helplines) if (!helplines.some((x) => x.id === h)) helplines.push(getHelpline(h));
  }

  let why: Text = fact.meaning;
  if (requiredFor) {
    const target = getFact(requiredFor).label;
    why = {
      nl: `${why.nl} Dit is nodig voordat iemand u '${target.nl}' kan toekennen.`,
      en: `${why.en} This is needed before anyone can grant you '${target.en}'.`,
    };
  }

  // One STTS profile per user (seed 002): a new profile replaces the one the user has.
  let how: Text = fact.how;
  let replaces: string | undefined;
  if (fact.exclusive) {
    const group = fact.exclusive.group;
    const held = [...w.explicit]
      .map(getFact)
      .filter((f) => f.exclusive?.group === group && f.id !== fact.id)
      .sort((a, b) => (b.exclusive?.rank ?? 0) - (a.exclusive?.rank ?? 0))[0];
    if (held) {
      replaces = held.id;
      how = {
        nl: `Het profiel ${shortName(held)} wordt vervangen door ${shortName(fact)}: elke gebruiker heeft maar één profiel tegelijk. ${how.nl}`,
        en: `The profile ${shortName(held)} is replaced by ${shortName(fact)}: each user has only one profile at a time. ${how.en}`,
      };
    }
  }

  const evidence = w.observed.byFact.get(fact.id);
  return {
    id: fact.id,
    label: fact.label,
    why,
    grantedBy: {
      nl: joinOr(
        grantors.map((g) => g.label.nl),
        'of',
      ),
      en: joinOr(
        grantors.map((g) => g.label.en),
        'or',
      ),
    },
    grantors: [...grantorIds],
    where: fact.where,
    how,
    ...(fact.needs.length > 0 ? { needs: [...fact.needs] } : {}),
    ...(fact.flow ? { flow: fact.flow } : {}),
    ...(requiredFor ? { requiredFor } : {}),
    ...(replaces ? { replaces } : {}),
    requestable: fact.requestable,
    ...(evidence ? { evidence: [...evidence] } : {}),
    ...(helplines.length > 0 ? { helplines } : {}),
    source: fact.source,
  };
}

function addAlternative(option: Requirement, insteadOf: string, w: Walk) {
  const fact = getFact(keyFact(option));
  if (w.alternatives.some((a) => a.id === fact.id && a.insteadOf === insteadOf)) return;
  const chosen = getFact(insteadOf);
  w.alternatives.push({
    id: fact.id,
    insteadOf,
    label: fact.label,
    why: {
      nl: `Ook dit volstaat in plaats van '${chosen.label.nl}'. ${fact.meaning.nl}`,
      en: `This also does instead of '${chosen.label.en}'. ${fact.meaning.en}`,
    },
    capabilities: capabilities(fact.id),
    source: fact.source,
  });
}

function visit(req: Requirement, w: Walk, requiredFor: string | undefined) {
  if (holds(req, w.facts)) return;
  if ('anyOf' in req) {
    const [chosen, ...others] = rankedOptions(req);
    if (!chosen) return;
    visit(chosen, w, requiredFor);
    const chosenId = keyFact(chosen);
    for (const other of others) addAlternative(other, chosenId, w);
    return;
  }
  const fact = getFact(req.fact);
  for (const prerequisite of fact.requires) visit({ fact: prerequisite }, w, fact.id);
  for (const v of req.via ?? []) visit(v, w, fact.id);
  if (!w.gaps.has(fact.id)) w.gaps.set(fact.id, makeGap(fact, req.grantedBy ?? fact.grantedBy, w, requiredFor));
}

// ── Warnings ───────────────────────────────────────────────────────────────────

function contradictionWarnings(explicit: Set<string>): Warning[] {
  const groups = new Map<string, Fact[]>();
  for (const id of explicit) {
    const f = getFact(id);
    if (!f.exclusive) continue;
    groups.set(f.exclusive.group, [...(groups.get(f.exclusive.group) ?? []), f]);
  }
  const out: Warning[] = [];
  for (const [group, members] of groups) {
    if (members.length < 2) continue;
    const sorted = members.sort((a, b) => (a.exclusive?.rank ?? 0) - (b.exclusive?.rank ?? 0));
    const names = sorted.map(shortName);
    out.push({
      id: `tegenstrijdig:${group}`,
      severity: 'caution',
      text: {
        nl: `U gaf meer dan één profiel op (${joinOr(names, 'en')}), maar elke gebruiker heeft maar één profiel tegelijk. Kijk na welk profiel u echt hebt; Loketgids rekent nu met het hoogste (${names[names.length - 1]}).`,
        en: `You gave more than one profile (${joinOr(names, 'and')}), but each user has only one profile at a time. Check which profile you really have; Loketgids now counts the highest (${names[names.length - 1]}).`,
      },
      facts: sorted.map((f) => f.id),
      source: sorted[0]?.source ?? '',
    });
  }
  return out;
}

function observationWarnings(explicit: Set<string>, observed: Observed): Warning[] {
  const out: Warning[] = [];
  for (const [id, evidence] of observed.byFact) {
    if (!explicit.has(id)) continue;
    const fact = getFact(id);
    const first = evidence[0] as Evidence;
    out.push({
      id: `waarneming:${id}`,
      severity: 'caution',
      text: {
        nl: `U gaf aan dat u '${fact.label.nl}' hebt, maar de pagina toont het tegendeel: ${first.seen.nl} Loketgids gaat uit van wat de pagina toont.`,
        en: `You said you have '${fact.label.en}', but the page shows otherwise: ${first.seen.en} Loketgids goes by what the page shows.`,
      },
      facts: [id],
      source: first.source,
    });
  }
  return out;
}

function conditionWarnings(task: Task, context: ExplainContext | undefined): Warning[] {
  return task.conditions.flatMap((c): Warning[] => {
    const value = (context as Record<string, unknown> | undefined)?.[c.contextKey];
    if (value === true) return [{ id: c.id, severity: 'blocking', text: c.broken, source: c.source }];
    if (value === undefined) return [{ id: c.id, severity: 'info', text: c.reminder, source: c.source }];
    return [];
  });
}

// ── Public API ─────────────────────────────────────────────────────────────────

function summary(label: Text, gaps: Gap[], blocking: Warning[], lang: Lang): string {
  if (gaps.length === 0 && blocking.length === 0) {
    return lang === 'en' ? `You have everything needed for: ${label.en}.` : `U hebt alles om dit te doen: ${label.nl}.`;
  }
  if (gaps.length === 0) return blocking.map((b) => b.text[lang]).join(' ');
  const names = gaps.map((g) => g.label[lang]).join('; ');
  if (lang === 'en') return `${gaps.length} missing for "${label.en}": ${names}.`;
  return `Er ${gaps.length === 1 ? 'ontbreekt 1 zaak' : `ontbreken ${gaps.length} zaken`} voor "${label.nl}": ${names}.`;
}

/**
 * Explains whether the facts in `have` allow a task (goal) and, if not, every gap in the order to
 * fix it: prerequisites first, each with who grants it, where, how, what they need, the flow that
 * does it and its source. Implied facts count (a werkplekduaal role implies its right; an STTS
 * profile option covers the lower ones). Where several roles or profiles would do, the smallest
 * (fewest capabilities, see the module note) is the gap and the others are `alternatives`; for
 * STTS the gap says the current profile is replaced. Page observations (`missing`) make a fact a
 * gap even when it is in `have`, with the observation as `evidence`. Throws an `UnknownIdError`
 * naming the id and the closest known ids for an unknown goal, fact or observation kind.
 *
 * @example
 * explain({ goal: 'wse.vov.terugbetaling', have: ['werkrelatie'] });
 * // → { goal: 'wse.vov.terugbetaling', allowed: false,
 * //     missing: [{ id: 'recht:dwse-organisatieverantwoordelijke#opleidingsverlof', grantedBy: { nl: 'de lokale beheerder …' }, flow: 'gb.ken-recht-toe', … }], … }
 */
export function explain(request: ExplainRequest): Explanation {
  const lang: Lang = request.lang ?? 'nl';
  const task = resolveGoal(request.goal, lang);
  const explicit = resolveHave(request.have, lang);
  const observed = resolveObservations(request.missing, lang);
  const facts = closure(explicit, observed.byFact);

  const w: Walk = { facts, explicit, observed, gaps: new Map(), alternatives: [] };
  for (const req of task.requires) visit(req, w, undefined);
  const missing = [...w.gaps.values()];

  const warnings = [
    ...conditionWarnings(task, request.context),
    ...contradictionWarnings(explicit),
    ...observationWarnings(explicit, observed),
  ];
  const blocking = warnings.filter((x) => x.severity === 'blocking');

  return {
    goal: task.id,
    label: task.label,
    portal: task.portal,
    allowed: missing.length === 0 && blocking.length === 0,
    missing,
    ...(w.alternatives.length > 0 ? { alternatives: w.alternatives } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
    ...(observed.conclusions.length > 0 ? { observations: observed.conclusions } : {}),
    ...(task.needs.length > 0 ? { needs: [...task.needs] } : {}),
    ...(task.flow ? { flow: task.flow } : {}),
    summary: summary(task.label, missing, blocking, lang),
    source: task.source,
  };
}

/**
 * A task as the task picker and `whatCanIDo` list it: id, portal, Dutch/English label and
 * description, and its guided flow when it has one.
 *
 * @example
 * taskSummary(getTask('stts.annulatie')); // { id: 'stts.annulatie', portal: 'sz', label: { nl: 'Een actie annuleren (STTS)', … }, … }
 */
export function taskSummary(task: Task): TaskSummary {
  return {
    id: task.id,
    portal: task.portal,
    label: task.label,
    description: task.description,
    ...(task.flow ? { flow: task.flow } : {}),
  };
}

/**
 * The tasks these facts allow, in knowledge-base order (tasks that need no right, such as
 * appointing a lokale beheerder, are always included). Implied facts count; observations, when
 * given, take facts away as in `explain`. A task with a condition counts as allowed unless
 * `context` says the condition is broken. Throws for an unknown fact id, like `explain`.
 *
 * @example
 * whatCanIDo(['gebruiker-sz', 'profiel:stts2']).map((t) => t.id);
 * // → ['sz.lokale-beheerder-aanduiden', 'sz.lokale-beheerder-vervangen', 'stts.aanvraag', 'stts.transfer',
 * //    'stts.wijziging', 'stts.opzoeken', 'stts.stopzetting']
 */
export function whatCanIDo(
  have: readonly string[],
  options: { missing?: readonly Observation[]; context?: ExplainContext; lang?: Lang } = {},
): TaskSummary[] {
  const lang = options.lang ?? 'nl';
  const explicit = resolveHave(have, lang);
  const observed = resolveObservations(options.missing, lang);
  const facts = closure(explicit, observed.byFact);
  return TASKS.filter(
    (t) =>
      t.requires.every((r) => holds(r, facts)) &&
      !conditionWarnings(t, options.context).some((x) => x.severity === 'blocking'),
  ).map(taskSummary);
}

/**
 * The fact ids that matter for a goal, in the order to fix them (prerequisites first, then each
 * option of a choice): what the Rechtencheck offers as checkboxes. Throws for an unknown goal.
 *
 * @example
 * factsForGoal('wse.vov.terugbetaling'); // → ['werkrelatie', 'recht:dwse-organisatieverantwoordelijke#opleidingsverlof']
 */
export function factsForGoal(goal: string, lang: Lang = 'nl'): string[] {
  const task = resolveGoal(goal, lang);
  const out: string[] = [];
  const walk = (req: Requirement) => {
    if ('anyOf' in req) {
      for (const option of req.anyOf) walk(option);
      return;
    }
    const fact = getFact(req.fact);
    for (const p of fact.requires) walk({ fact: p });
    for (const v of req.via ?? []) walk(v);
    if (!out.includes(fact.id)) out.push(fact.id);
  };
  for (const req of task.requires) walk(req);
  return out;
}

/** Whether an id (or id alias) names a known fact. @example isKnownFact('werkrelatie'); // true */
export function isKnownFact(id: string): boolean {
  return findFact(id) !== undefined;
}

/** Whether a goal id is known. @example isKnownGoal('stts.annulatie'); // true */
export function isKnownGoal(id: string): boolean {
  return findTask(id) !== undefined;
}

/** One row of `OBSERVATIONS`: what a guide saw, the facts it proves missing, and why. */
export interface ObservationRule {
  facts: readonly string[];
  pages: readonly string[];
  aliases: readonly string[];
  seen: Text;
  conclusion: Text;
  source: string;
}

/**
 * Observation kinds a guide can report, mapped to the facts they prove missing, with a Dutch and
 * English explanation and their source (DOMAIN.md §7). Keys are the canonical kinds; `aliases`
 * lists other accepted names.
 *
 * @example
 * OBSERVATIONS['wse.enkel-persoonlijke-naam'].facts; // ['werkrelatie']
 */
export const OBSERVATIONS: Readonly<Record<string, ObservationRule>> = Object.freeze(
  Object.fromEntries(
    OBSERVATION_KINDS.map((o) => [
      o.id,
      Object.freeze({
        facts: o.proves,
        pages: o.pages,
        aliases: o.aliases,
        seen: o.seen,
        conclusion: o.conclusion,
        source: o.source,
      }),
    ]),
  ),
);
