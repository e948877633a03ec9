/**
 * Speed of the rules engine, for `npm run bench` (issue 4 aim: explain() far under 1 ms per call).
 * Not a vitest test: the bench runner imports `benchRules()` and prints what it returns.
 */
import { checkKnowledge, GOAL_IDS, KNOWLEDGE } from '../../lib/knowledge/index';
import { knowledgeSchema } from '../../lib/knowledge/schema';
import { explain, searchTasks, whatCanIDo } from '../../lib/rules/index';

export interface RulesMetric {
  name: string;
  value: number;
  unit: string;
}

/** Situations from empty to busy, so gaps, alternatives, warnings and observations all get built. */
const HAVES: string[][] = [
  [],
  ['werkrelatie'],
  ['org:btb-geregistreerd'],
  ['gebruiker-sz', 'profiel:stts1'],
  ['gebruiker-sz', 'profiel:stts1', 'profiel:stts3'],
  ['rol:medewerker', 'werkrelatie', 'recht:dimona-mandaatuitvoerder'],
];
const OBSERVED = [{ observation: 'wse.gebruikersrecht-aanvragen-knop', page: 'wse.aanvragen' }];

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Mean time of `fn` per call in microseconds, over `calls` calls after a short warm-up. */
function perCallMicros(calls: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(3000, calls); i++) fn(i);
  const start = performance.now();
  for (let i = 0; i < calls; i++) fn(i);
  return ((performance.now() - start) / calls) * 1000;
}

/**
 * Measures explain() per call (mean over 10,000 calls across all goals and several situations),
 * the slowest goal, whatCanIDo(), searchTasks() and validating the whole knowledge base.
 *
 * @example
 * const metrics = await benchRules(); // [{ name: 'rules: explain() per call, mean of 10000 …', value: 21.4, unit: 'µs' }, …]
 */
export async function benchRules(calls = 10_000): Promise<RulesMetric[]> {
  const goals = GOAL_IDS;
  const mean = perCallMicros(calls, (i) => {
    const goal = goals[i % goals.length] as string;
    const have = HAVES[Math.floor(i / goals.length) % HAVES.length] as string[];
    explain({ goal, have, ...(i % 7 === 0 ? { missing: OBSERVED } : {}) });
  });

  let slowest = { goal: '', micros: 0 };
  for (const goal of goals) {
    const micros = perCallMicros(500, (i) => explain({ goal, have: HAVES[i % HAVES.length] as string[] }));
    if (micros > slowest.micros) slowest = { goal, micros };
  }

  const canDo = perCallMicros(1000, (i) => whatCanIDo(HAVES[i % HAVES.length] as string[]));
  const queries = ['opleidingsverlof', 'stemmen', 'annulatie', 'klant', 'ik wil een erkenning hernieuwen'];
  const search = perCallMicros(1000, (i) => searchTasks(queries[i % queries.length] as string));

  const validateStart = performance.now();
  const runs = 20;
  for (let i = 0; i < runs; i++) checkKnowledge(knowledgeSchema.parse(structuredClone(KNOWLEDGE)));
  const validate = (performance.now() - validateStart) / runs;

  return [
    {
      name: `rules: explain() per call, mean of ${calls} over all ${goals.length} goals`,
      value: round(mean),
      unit: 'µs',
    },
    { name: `rules: explain() slowest goal (${slowest.goal}), mean`, value: round(slowest.micros), unit: 'µs' },
    { name: 'rules: whatCanIDo() per call', value: round(canDo), unit: 'µs' },
    { name: 'rules: searchTasks() per call', value: round(search), unit: 'µs' },
    { name: 'knowledge: zod parse + reference check of the whole base', value: round(validate), unit: 'ms' },
  ];
}
