/**
 * The knowledge base: the data of DOMAIN.md §4–5 (facts, tasks, grantors, help lines, flows,
 * observation kinds), parsed with zod and cross-checked once when this module loads, then frozen.
 * A broken reference (a task naming a fact that does not exist, a fact naming an unknown flow)
 * throws here, so it fails every test and the build, never in front of a user.
 *
 * @example
 * import { getFact, getTask } from '../knowledge';
 * getFact('werkrelatie').label.nl; // 'Werkrelatie met de organisatie'
 * getTask('wse.vov.terugbetaling').requires; // [{ fact: 'werkrelatie' }, { fact: 'recht:dwse-…#opleidingsverlof' }]
 */
import { FACTS as FACT_DATA } from './facts';
import { FLOWS as FLOW_DATA } from './flows';
import { GRANTORS as GRANTOR_DATA } from './grantors';
import { HELPLINES as HELPLINE_DATA } from './helplines';
import { OBSERVATION_KINDS as OBSERVATION_DATA } from './observations';
import type { Fact, Flow, Grantor, Helpline, Knowledge, ObservationKind, Requirement, Task } from './schema';
import { knowledgeSchema } from './schema';
import { TASKS as TASK_DATA } from './tasks';

export { RRN_NEED } from './facts';
export type {
  Condition,
  Fact,
  Flow,
  Grantor,
  Helpline,
  Knowledge,
  ObservationKind,
  Requirement,
  Task,
  TaskPortal,
  Text,
} from './schema';

/**
 * Every fact id a list of requirements mentions (options and `via` prerequisites included), in
 * order, once each. Facts' own `requires` are not followed.
 *
 * @example
 * requirementFactIds([{ fact: 'gebruiker-sz' }, { anyOf: [{ fact: 'profiel:stts2' }, { fact: 'profiel:stts3' }] }]);
 * // → ['gebruiker-sz', 'profiel:stts2', 'profiel:stts3']
 */
export function requirementFactIds(requirements: readonly Requirement[]): string[] {
  const out: string[] = [];
  const walk = (reqs: readonly Requirement[]) => {
    for (const r of reqs) {
      if ('anyOf' in r) walk(r.anyOf);
      else {
        if (r.via) walk(r.via);
        if (!out.includes(r.fact)) out.push(r.fact);
      }
    }
  };
  walk(requirements);
  return out;
}

function requirementGrantorIds(requirements: readonly Requirement[]): string[] {
  const out: string[] = [];
  const walk = (reqs: readonly Requirement[]) => {
    for (const r of reqs) {
      if ('anyOf' in r) walk(r.anyOf);
      else {
        if (r.via) walk(r.via);
        out.push(...(r.grantedBy ?? []));
      }
    }
  };
  walk(requirements);
  return out;
}

/**
 * Every broken cross-reference or duplicate in a parsed knowledge base, as readable lines
 * (empty when all is well). Used at module load and by the data-integrity test.
 *
 * @example
 * checkKnowledge(KNOWLEDGE); // → []
 */
export function checkKnowledge(k: Knowledge): string[] {
  const problems: string[] = [];
  const dupes = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${what} "${id}" is defined twice`);
      seen.add(id);
    }
    return seen;
  };
  dupes('fact id or alias', [...k.facts.map((f) => f.id), ...k.facts.flatMap((f) => f.idAliases)]);
  const canonicalFacts = new Set(k.facts.map((f) => f.id));
  dupes(
    'goal id',
    k.tasks.map((t) => t.id),
  );
  const grantorIds = dupes(
    'grantor id',
    k.grantors.map((g) => g.id),
  );
  const helplineIds = dupes(
    'helpline id',
    k.helplines.map((h) => h.id),
  );
  const flowIds = dupes(
    'flow id',
    k.flows.map((f) => f.id),
  );
  dupes('observation kind or alias', [...k.observations.map((o) => o.id), ...k.observations.flatMap((o) => o.aliases)]);

  const need = (set: Set<string>, what: string, id: string, where: string) => {
    if (!set.has(id)) problems.push(`${where} refers to unknown ${what} "${id}"`);
  };

  for (const f of k.facts) {
    for (const g of f.grantedBy) need(grantorIds, 'grantor', g, `fact ${f.id}`);
    if (f.flow) need(flowIds, 'flow', f.flow, `fact ${f.id}`);
    for (const r of f.requires) need(canonicalFacts, 'fact', r, `fact ${f.id} (requires)`);
    for (const r of f.implies) need(canonicalFacts, 'fact', r, `fact ${f.id} (implies)`);
  }
  for (const t of k.tasks) {
    for (const id of requirementFactIds(t.requires)) need(canonicalFacts, 'fact', id, `task ${t.id}`);
    for (const g of requirementGrantorIds(t.requires)) need(grantorIds, 'grantor', g, `task ${t.id}`);
    if (t.flow) need(flowIds, 'flow', t.flow, `task ${t.id}`);
  }
  for (const g of k.grantors) {
    for (const h of g.holderFacts) need(canonicalFacts, 'fact', h, `grantor ${g.id}`);
    for (const h of g.helplines) need(helplineIds, 'helpline', h, `grantor ${g.id}`);
  }
  for (const fl of k.flows) for (const id of fl.grants) need(canonicalFacts, 'fact', id, `flow ${fl.id}`);
  for (const o of k.observations) for (const id of o.proves) need(canonicalFacts, 'fact', id, `observation ${o.id}`);
  // A fact granted by a flow must name that flow (and vice versa), so the guide can start it from a gap.
  for (const f of k.facts) {
    if (f.flow && !k.flows.find((fl) => fl.id === f.flow)?.grants.includes(f.id)) {
      problems.push(`fact ${f.id} names flow ${f.flow}, which does not list it in grants`);
    }
  }

  // One rank per member of an exclusive group (STTS 1, 2, 3).
  const ranks = new Map<string, Set<number>>();
  for (const f of k.facts) {
    if (!f.exclusive) continue;
    const set = ranks.get(f.exclusive.group) ?? new Set<number>();
    if (set.has(f.exclusive.rank))
      problems.push(`exclusive group ${f.exclusive.group} has rank ${f.exclusive.rank} twice`);
    set.add(f.exclusive.rank);
    ranks.set(f.exclusive.group, set);
  }

  // No cycles through requires/implies: the engine walks them.
  const edges = new Map(k.facts.map((f) => [f.id, [...f.requires, ...f.implies]]));
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      problems.push(`cycle through requires/implies: ${[...path, id].join(' → ')}`);
      return;
    }
    state.set(id, 'open');
    for (const next of edges.get(id) ?? []) visit(next, [...path, id]);
    state.set(id, 'done');
  };
  for (const f of k.facts) visit(f.id, []);
  return problems;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function load(): Knowledge {
  const parsed = knowledgeSchema.safeParse({
    facts: FACT_DATA,
    tasks: TASK_DATA,
    grantors: GRANTOR_DATA,
    helplines: HELPLINE_DATA,
    flows: FLOW_DATA,
    observations: OBSERVATION_DATA,
  });
  if (!parsed.success) {
    throw new Error(`Loketgids knowledge base does not match its schema:\n${parsed.error.message}`);
  }
  const problems = checkKnowledge(parsed.data);
  if (problems.length > 0) {
    throw new Error(`Loketgids knowledge base has broken references:\n- ${problems.join('\n- ')}`);
  }
  return deepFreeze(parsed.data);
}

/** The whole parsed, checked, frozen knowledge base. */
export const KNOWLEDGE: Readonly<Knowledge> = load();

export const FACTS: readonly Fact[] = KNOWLEDGE.facts;
export const TASKS: readonly Task[] = KNOWLEDGE.tasks;
export const GRANTORS: readonly Grantor[] = KNOWLEDGE.grantors;
export const HELPLINES: readonly Helpline[] = KNOWLEDGE.helplines;
export const FLOWS: readonly Flow[] = KNOWLEDGE.flows;
export const OBSERVATION_KINDS: readonly ObservationKind[] = KNOWLEDGE.observations;

/** Canonical fact ids, in data order. */
export const FACT_IDS: readonly string[] = Object.freeze(FACTS.map((f) => f.id));
/** Goal (task) ids, in data order. */
export const GOAL_IDS: readonly string[] = Object.freeze(TASKS.map((t) => t.id));
/** Flow ids the knowledge base may refer to. */
export const FLOW_IDS: readonly string[] = Object.freeze(FLOWS.map((f) => f.id));

const factById = new Map<string, Fact>();
for (const f of FACTS) {
  factById.set(f.id, f);
  for (const alias of f.idAliases) factById.set(alias, f);
}
// Names the portals show ("SSM Mandaatuitvoerder", "DWSE - werkplekduaal gebruiker"), compared case-insensitively.
const factByName = new Map<string, Fact>();
for (const f of FACTS)
  for (const name of f.names) if (!factByName.has(name.toLowerCase())) factByName.set(name.toLowerCase(), f);
const taskById = new Map(TASKS.map((t) => [t.id, t]));
const grantorById = new Map(GRANTORS.map((g) => [g.id, g]));
const helplineById = new Map(HELPLINES.map((h) => [h.id, h]));
const flowById = new Map(FLOWS.map((f) => [f.id, f]));
const observationById = new Map<string, ObservationKind>();
for (const o of OBSERVATION_KINDS) {
  observationById.set(o.id, o);
  for (const alias of o.aliases) observationById.set(alias, o);
}

/**
 * The fact with this id or id alias, or `undefined`.
 *
 * @example
 * findFact('recht:ssm-mandaatuitvoerder')?.id; // 'recht:dimona-mandaatuitvoerder'
 */
export function findFact(id: string): Fact | undefined {
  return factById.get(id);
}

/**
 * The fact a portal shows under this name (case-insensitive), e.g. "SSM Mandaatuitvoerder", or `undefined`.
 *
 * @example
 * findFactByName('DWSE - werkplekduaal gebruiker')?.id; // 'recht:werkplek-duaal-gebruiker'
 */
export function findFactByName(name: string): Fact | undefined {
  return factByName.get(name.trim().toLowerCase());
}

/**
 * The fact with this id or alias; throws an Error naming the id when there is none. The rules
 * engine throws a friendlier error with suggestions; this one is for data that must exist.
 *
 * @example
 * getFact('werkrelatie').grantedBy; // ['hoofd-lokale-beheerder']
 */
export function getFact(id: string): Fact {
  const f = factById.get(id);
  if (!f) throw new Error(`Unknown fact "${id}"`);
  return f;
}

/** The task with this goal id, or `undefined`. @example findTask('stts.annulatie')?.portal; // 'sz' */
export function findTask(id: string): Task | undefined {
  return taskById.get(id);
}

/** The task with this goal id; throws naming it otherwise. @example getTask('stts.annulatie').portal; // 'sz' */
export function getTask(id: string): Task {
  const t = taskById.get(id);
  if (!t) throw new Error(`Unknown goal "${id}"`);
  return t;
}

/** A grantor by id; throws naming it otherwise. @example getGrantor('dwse').label.nl */
export function getGrantor(id: string): Grantor {
  const g = grantorById.get(id);
  if (!g) throw new Error(`Unknown grantor "${id}"`);
  return g;
}

/** A help line by id; throws naming it otherwise. @example getHelpline('1700').contact; // '1700' */
export function getHelpline(id: string): Helpline {
  const h = helplineById.get(id);
  if (!h) throw new Error(`Unknown helpline "${id}"`);
  return h;
}

/** A flow by id, or `undefined`. @example findFlow('gb.ken-recht-toe')?.portal; // 'gb' */
export function findFlow(id: string): Flow | undefined {
  return flowById.get(id);
}

/**
 * An observation kind by id or alias, or `undefined`.
 *
 * @example
 * findObservationKind('button-gebruikersrecht-aanvragen')?.id; // 'wse.gebruikersrecht-aanvragen-knop'
 */
export function findObservationKind(id: string): ObservationKind | undefined {
  return observationById.get(id);
}
