/**
 * Phrase matching as the portals need it, on the one normaliser of lib/text.ts.
 *
 * Design note (2026-12, issue "recognition that holds on markup we have never seen"): the portals
 * write the same words in many forms — "WSE-loket", "WSE Loket", "WSE LOKET"; "KBO-nummer" and
 * "KBO nummer"; "Stap 1 van 3: Selecteer organisatie" and "Stap 1 van 3 - Selecteer organisatie";
 * typographic quotes, non-breaking spaces, accents typed or not. So every text is compared in one
 * folded form: lower case, no diacritics, every run of characters that is not a letter or digit
 * becomes one space. Phrases match on whole words (padded with spaces), and long phrases tolerate
 * small typos (an edit distance of one per twelve characters, at most three), so a portal that writes
 * "Selecteer gebruikersrechten" or "Staat de juiste organisatie niet in de lijst ?" still matches.
 */

import { normaliseText } from '../text';

export { normaliseText };

/** How many typos a phrase of this (normalised) length tolerates. */
export function typoBudget(length: number): number {
  if (length < 15) return 0;
  return Math.min(3, Math.floor(length / 12));
}

/**
 * Whether `pattern` occurs in `text` with at most `k` edits (Myers' bit-parallel algorithm; the
 * pattern is at most 31 characters long — longer patterns are split by the caller).
 */
function fuzzyContains(text: string, pattern: string, k: number): boolean {
  const m = pattern.length;
  if (m === 0) return true;
  if (m > 31) throw new Error('pattern too long');
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    peq.set(c, (peq.get(c) ?? 0) | (1 << i));
  }
  const high = 1 << (m - 1);
  let pv = -1 >>> (32 - m);
  let mv = 0;
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const eq = peq.get(text.charCodeAt(j)) ?? 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    if (score <= k) return true;
    ph = (ph << 1) | 0;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return false;
}

/**
 * Whether `part` occurs in `haystack` with at most `k` edits. Pigeonhole: with `k` edits, one of
 * `k + 1` slices of the part is intact, so the edit-distance search runs only around the places
 * where a slice occurs, never over the whole page.
 */
function fuzzyNear(haystack: string, part: string, k: number, most = 50): boolean {
  const n = k + 1;
  const size = Math.floor(part.length / n);
  for (let i = 0; i < n; i++) {
    const slice = part.slice(i * size, i === n - 1 ? part.length : (i + 1) * size);
    if (slice.length < 3) continue;
    for (
      let at = haystack.indexOf(slice), tries = 0;
      at !== -1 && tries < most;
      at = haystack.indexOf(slice, at + 1), tries++
    ) {
      const from = Math.max(0, at - i * size - k - 1);
      const window = haystack.slice(from, from + part.length + 2 * k + 2);
      if (fuzzyContains(window, part, k)) return true;
    }
  }
  return false;
}

/** Split a long pattern into pieces of at most 31 characters, at spaces where possible. */
function pieces(pattern: string): string[] {
  if (pattern.length <= 31) return [pattern];
  const out: string[] = [];
  let rest = pattern;
  while (rest.length > 31) {
    let cut = rest.lastIndexOf(' ', 31);
    if (cut < 12) cut = 31;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * A phrase prepared for matching against page texts: normalised once, padded to whole words,
 * with its typo budget and the exact pieces of which at least one must occur (pigeonhole filter,
 * so the fuzzy search runs only where a match is possible).
 */
export interface Phrase {
  readonly text: string;
  readonly padded: string;
  readonly budget: number;
  /** The pieces (at most 31 characters) the typo search runs on. */
  readonly parts: readonly string[];
  /** Its content words (no stop words), for the loose search; empty when fewer than three. */
  readonly words: readonly string[];
  /** How many words it has in all. */
  readonly length: number;
}

const prepared = new Map<string, Phrase>();

/** Prepare (and cache) a phrase. */
export function phrase(raw: string): Phrase {
  let found = prepared.get(raw);
  if (!found) {
    const text = normaliseText(raw);
    const all = text.split(' ');
    const words = [...new Set(all.filter((w) => !STOPWORDS.has(w)))];
    found = {
      text,
      padded: ` ${text} `,
      budget: typoBudget(text.length),
      parts: pieces(text),
      words: words.length >= 3 ? words : [],
      length: all.length,
    };
    prepared.set(raw, found);
  }
  return found;
}

// The page's text is searched for many phrases in a row: pad it once, not per phrase.
let lastHaystack = '';
let lastPadded = '  ';
function paddedOf(haystack: string): string {
  if (haystack !== lastHaystack) {
    lastHaystack = haystack;
    lastPadded = ` ${haystack} `;
  }
  return lastPadded;
}

/**
 * How a phrase was found in a text: exactly (as whole words), with typos, loosely (all its
 * content words close together, in any order: "Werkt u niet voor een klant?" for "Niet voor een
 * klant werken"), or not at all.
 */
export type PhraseHit = 'exact' | 'fuzzy' | 'loose' | undefined;

/** Words that carry no meaning of their own in a phrase. */
const STOPWORDS = new Set(
  'de het een van voor in op aan te u uw je of en is om met als dit dat er hier bij naar'.split(' '),
);

/** Where each word of a text stands (word positions), for the last few texts searched. */
const wordIndexes = new Map<string, Map<string, number[]>>();
function wordIndex(haystack: string): Map<string, number[]> {
  let index = wordIndexes.get(haystack);
  if (!index) {
    index = new Map();
    let position = 0;
    for (const word of haystack.split(' ')) {
      const list = index.get(word);
      if (list) list.push(position);
      else index.set(word, [position]);
      position++;
    }
    if (wordIndexes.size > 64) wordIndexes.clear();
    wordIndexes.set(haystack, index);
  }
  return index;
}

/** Whether every content word of a phrase (at least three) occurs within a short window of the text. */
function looseContains(haystack: string, p: Phrase): boolean {
  const words = p.words;
  if (words.length === 0) return false;
  // Short texts (a control's name): a plain look is cheaper than an index.
  if (haystack.length < 200) {
    const hay = haystack.split(' ');
    if (!words.every((w) => hay.includes(w))) return false;
  }
  const index = wordIndex(haystack);
  const lists = words.map((w) => index.get(w));
  if (lists.some((l) => l === undefined)) return false;
  const window = p.length * 2 + 2;
  // The smallest stretch of text that holds every word (two pointers over their places).
  const places = (lists as number[][]).flatMap((list, word) => list.map((at) => [at, word] as const));
  places.sort((a, b) => a[0] - b[0]);
  const count = new Array<number>(words.length).fill(0);
  let covered = 0;
  for (let right = 0, left = 0; right < places.length; right++) {
    const r = places[right] as readonly [number, number];
    count[r[1]] = (count[r[1]] ?? 0) + 1;
    if (count[r[1]] === 1) covered++;
    while (covered === words.length) {
      const l = places[left] as readonly [number, number];
      if (r[0] - l[0] < window) return true;
      count[l[1]] = (count[l[1]] ?? 1) - 1;
      if (count[l[1]] === 0) covered--;
      left++;
    }
  }
  return false;
}

/**
 * Whether a normalised text contains a phrase: exactly on word boundaries, else within the
 * phrase's typo budget. `haystack` must be normalised (as `PageView.text` and `textOf` are).
 *
 * @example
 * findPhrase('welkom in het wse loket', 'Welkom in het WSE-loket') // → 'exact'
 * findPhrase('selecteer gebruikersrechten', 'Selecteer gebruikersrecht') // → 'fuzzy'
 */
export function findPhrase(haystack: string, raw: string | Phrase, options: { loose?: boolean } = {}): PhraseHit {
  const p = typeof raw === 'string' ? phrase(raw) : raw;
  if (p.text === '') return undefined;
  const padded = paddedOf(haystack);
  if (padded.includes(p.padded)) return 'exact';
  const loose = options.loose !== false;
  if (p.budget === 0) return loose && looseContains(haystack, p) ? 'loose' : undefined;
  const parts = p.parts;
  const budgetPer = Math.max(1, Math.floor(p.budget / parts.length));
  for (const part of parts) {
    if (!fuzzyNear(haystack, part, budgetPer)) return loose && looseContains(haystack, p) ? 'loose' : undefined;
  }
  return 'fuzzy';
}

/**
 * Whether a phrase can be found (`findPhrase`) in any text that occurs in `haystack`: a quick
 * test that never says no where `findPhrase` would say yes, for a text cut from it. It asks what
 * each kind of hit needs, without word boundaries (so the words around a cut-out text cannot make
 * it miss): the phrase itself (exact), every piece within its typos (the same search as
 * `findPhrase`, at every place a slice occurs, not the first 50), or all its content words (loose).
 *
 * @example
 * mayOccurIn('welkom in het wse loket', phrase('WSE-loket')) // → true
 * mayOccurIn('welkom in het wse loket', phrase('Bevestigen')) // → false
 */
export function mayOccurIn(haystack: string, p: Phrase): boolean {
  if (p.text === '') return false;
  if (haystack.includes(p.text)) return true;
  if (p.words.length > 0 && p.words.every((word) => haystack.includes(word))) return true;
  if (p.budget === 0) return false;
  const budgetPer = Math.max(1, Math.floor(p.budget / p.parts.length));
  return p.parts.every((part) => fuzzyNear(haystack, part, budgetPer, Number.POSITIVE_INFINITY));
}

/**
 * Whether `haystack` (already normalised) contains `needle` (any form) as whole words, typos
 * tolerated in long phrases.
 *
 * @example
 * containsText('wse loket aanmelden', 'WSE Loket:  Aanmelden') // → true
 */
export function containsText(normalisedHaystack: string, needle: string): boolean {
  return findPhrase(normalisedHaystack, needle) !== undefined;
}

/**
 * How alike two names are, 0..1: 1 when equal, high when one holds the other as whole words
 * (the more of the longer one it covers, the higher), lower for a fuzzy hit, else the share of
 * words they have in common. Both must be normalised.
 *
 * @example
 * nameSimilarity('doorgaan', 'doorgaan')              // → 1
 * nameSimilarity('doorgaan als sd worx', 'doorgaan')  // → about 0.66
 */
export function nameSimilarity(name: string, wanted: string): number {
  if (name === '' || wanted === '') return 0;
  if (name === wanted) return 1;
  const [longer, shorter] = name.length >= wanted.length ? [name, wanted] : [wanted, name];
  const cover = shorter.length / longer.length;
  if (` ${longer} `.includes(` ${shorter} `)) return 0.5 + 0.4 * cover;
  const hit = findPhrase(longer, shorter);
  if (hit === 'fuzzy') return 0.4 + 0.4 * cover;
  if (hit === 'loose') return 0.3 + 0.3 * cover;
  if (longer.length <= 40 && findPhrase(shorter, longer) === 'fuzzy') return 0.8;
  return wordShare(name, wanted);
}

/**
 * How strongly an element's name is evidence of a wanted name, 0..1: its name is it (1), holds
 * it as whole words (0.85: a tile "Een onderneming of organisatie — voor een werkgever …"),
 * holds it with typos (0.7) or loosely (0.6), else 0. Both must be normalised.
 */
export function nameEvidence(name: string, wanted: string): number {
  if (name === '' || wanted === '') return 0;
  if (name === wanted) return 1;
  const key = `${name}\u0000${wanted}`;
  let value = evidenceMemo.get(key);
  if (value === undefined) {
    const hit = findPhrase(name, wanted);
    value = hit === 'exact' ? 0.85 : hit === 'fuzzy' ? 0.7 : hit === 'loose' ? 0.6 : 0;
    if (evidenceMemo.size > 5000) evidenceMemo.clear();
    evidenceMemo.set(key, value);
  }
  return value;
}

// The same controls are weighed against the same names by several states, page after page.
const evidenceMemo = new Map<string, number>();

function wordShare(name: string, wanted: string): number {
  const a = new Set(name.split(' '));
  const b = new Set(wanted.split(' '));
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (0.5 * shared) / Math.max(a.size, b.size);
}

/** Replace `{name}` placeholders with values; a placeholder without a value makes the whole text undefined. */
export function fillPlaceholders(text: string, vars: Readonly<Record<string, string | undefined>>): string | undefined {
  let missing = false;
  const out = text.replace(/\{([a-zA-Z]+)\}/g, (_, key: string) => {
    const value = vars[key];
    if (value === undefined || value === '') missing = true;
    return value ?? '';
  });
  return missing ? undefined : out;
}
