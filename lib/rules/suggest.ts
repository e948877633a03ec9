/**
 * "Did you mean …?" for unknown ids. DOMAIN.md §6: an unknown goal or fact id throws an error
 * naming the id and the closest known ids, so a typo in a flow or a stale profile is found at once.
 */
import type { Lang } from './types';

/**
 * Levenshtein distance (insert, delete, substitute each cost 1), with two rows of memory.
 *
 * @example
 * editDistance('kitten', 'sitting'); // 3
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let curr = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] ?? 0;
}

/**
 * The known ids closest to `id`, best first: smallest edit distance (case-insensitive), then the
 * longest common prefix, then the order given. The closest is always named; the next ones only
 * within an edit distance of max(3, 40 % of the id's length) and at most 2 more than the closest. `candidates` maps each spelling (an id or an alias)
 * to the canonical id it stands for; each canonical id appears once.
 *
 * @example
 * closestIds('wse.vov.terugbetalen', [['wse.vov.terugbetaling', 'wse.vov.terugbetaling']]); // ['wse.vov.terugbetaling']
 */
export function closestIds(id: string, candidates: Iterable<readonly [string, string]>, max = 3): string[] {
  const needle = id.toLowerCase();
  const best = new Map<string, { d: number; p: number; order: number }>();
  let order = 0;
  for (const [spelling, canonical] of candidates) {
    const hay = spelling.toLowerCase();
    const d = editDistance(needle, hay);
    let p = 0;
    while (p < needle.length && p < hay.length && needle[p] === hay[p]) p++;
    const prev = best.get(canonical);
    if (!prev || d < prev.d || (d === prev.d && p > prev.p)) best.set(canonical, { d, p, order: prev?.order ?? order });
    order++;
  }
  // The best one always; the next ones only while they are plausibly the same word mistyped.
  const sorted = [...best.entries()].sort(([, x], [, y]) => x.d - y.d || y.p - x.p || x.order - y.order);
  const near = Math.min(Math.max(3, Math.ceil(needle.length * 0.4)), (sorted[0]?.[1].d ?? 0) + 2);
  return sorted
    .filter(([, x], i) => i === 0 || x.d <= near)
    .slice(0, max)
    .map(([canonical]) => canonical);
}

export type UnknownKind = 'goal' | 'fact' | 'observation';

const NOUN: Record<UnknownKind, Record<Lang, string>> = {
  goal: { nl: 'Onbekend doel', en: 'Unknown goal' },
  fact: { nl: 'Onbekend feit', en: 'Unknown fact' },
  observation: { nl: 'Onbekende waarneming', en: 'Unknown observation' },
};

/**
 * Thrown for an unknown goal, fact or observation id. The message names the id and the closest
 * known ids, e.g. `Onbekend doel "wse.vov.terugbetalen". Bedoelde u: wse.vov.terugbetaling?`.
 */
export class UnknownIdError extends Error {
  readonly kind: UnknownKind;
  readonly id: string;
  readonly suggestions: readonly string[];

  constructor(kind: UnknownKind, id: string, suggestions: readonly string[], lang: Lang = 'nl') {
    const hint =
      suggestions.length === 0
        ? ''
        : lang === 'en'
          ? ` Did you mean: ${suggestions.join(', ')}?`
          : ` Bedoelde u: ${suggestions.join(', ')}?`;
    super(`${NOUN[kind][lang]} "${id}".${hint}`);
    this.name = 'UnknownIdError';
    this.kind = kind;
    this.id = id;
    this.suggestions = suggestions;
  }
}
