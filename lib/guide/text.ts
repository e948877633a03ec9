/**
 * The one text normaliser of the guide, and phrase matching as the portals need it.
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

const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/**
 * Words the portals write in several ways for the same thing, folded to one form on both sides
 * of every comparison (2026-12: seed 000 writes "KBO nummer" and "KBO-nummer"; public pages and
 * forms "ondernemingsnummer", "KBO-nr."; "u wil" and "u wilt" are both correct Dutch).
 */
const SYNONYMS: [RegExp, string][] = [
  [/\b(kbo ?nummer|kbo nr|kbo nummers|ondernemings ?nummer|ondernemingsnr|enterprise number)\b/g, 'kbo nummer'],
  [/\b(e ?mail ?adres|emailadres)\b/g, 'e mailadres'],
  [/\b(e ?mail|email)\b/g, 'e mail'],
  [/\bbegin datum\b/g, 'begindatum'],
  [/\beind datum\b/g, 'einddatum'],
  [/\bwilt\b/g, 'wil'],
];
const COMBINING = /[\u0300-\u036f]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The comparable form of a text: lower case, no diacritics, words separated by single spaces,
 * punctuation, hyphens and quotes folded to spaces.
 *
 * @example
 * normaliseText('  GEEF HET\n KBO-NUMMER  OP. ') // → 'geef het kbo nummer op'
 * normaliseText('Doorgaan als “SD WORX”')      // → 'doorgaan als sd worx'
 */
export function normaliseText(text: string): string {
  let out = text
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .trim();
  for (const [pattern, canonical] of SYNONYMS) if (pattern.test(out)) out = out.replace(pattern, canonical);
  return out;
}

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
}

const prepared = new Map<string, Phrase>();

/** Prepare (and cache) a phrase. */
export function phrase(raw: string): Phrase {
  let found = prepared.get(raw);
  if (!found) {
    const text = normaliseText(raw);
    found = { text, padded: ` ${text} `, budget: typoBudget(text.length) };
    prepared.set(raw, found);
  }
  return found;
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

/** Whether every content word of a phrase (at least three) occurs within a short window of the text. */
function looseContains(haystack: string, text: string): boolean {
  const words = text.split(' ').filter((w) => !STOPWORDS.has(w));
  if (words.length < 3) return false;
  const hay = haystack.split(' ');
  const window = text.split(' ').length * 2 + 2;
  const wanted = new Set(words);
  for (let i = 0; i < hay.length; i++) {
    if (!wanted.has(hay[i] as string)) continue;
    const seen = new Set<string>();
    for (let j = i; j < Math.min(hay.length, i + window); j++)
      if (wanted.has(hay[j] as string)) seen.add(hay[j] as string);
    if (seen.size === wanted.size) return true;
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
export function findPhrase(haystack: string, raw: string | Phrase): PhraseHit {
  const p = typeof raw === 'string' ? phrase(raw) : raw;
  if (p.text === '') return undefined;
  const padded = ` ${haystack} `;
  if (padded.includes(p.padded)) return 'exact';
  if (p.budget === 0) return looseContains(haystack, p.text) ? 'loose' : undefined;
  const parts = pieces(p.text);
  const budgetPer = Math.max(1, Math.floor(p.budget / parts.length));
  for (const part of parts) {
    // Pigeonhole: with at most `budgetPer` edits, one of `budgetPer + 1` slices is intact.
    const n = budgetPer + 1;
    const size = Math.floor(part.length / n);
    let possible = false;
    for (let i = 0; i < n && !possible; i++) {
      const slice = part.slice(i * size, i === n - 1 ? part.length : (i + 1) * size);
      if (slice.length >= 3 && haystack.includes(slice)) possible = true;
    }
    if (!possible || !fuzzyContains(haystack, part, budgetPer)) {
      return looseContains(haystack, p.text) ? 'loose' : undefined;
    }
  }
  return 'fuzzy';
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
  const hit = findPhrase(name, wanted);
  return hit === 'exact' ? 0.85 : hit === 'fuzzy' ? 0.7 : hit === 'loose' ? 0.6 : 0;
}

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
