/**
 * The one text normaliser of Loketgids (guide, rules search, client search).
 *
 * Design note (2026-12): the portals write the same words in many forms — "WSE-loket", "WSE
 * Loket", "WSE LOKET"; "KBO-nummer", "KBO nummer", "ondernemingsnummer"; typographic quotes,
 * non-breaking spaces, accents typed or not. Every comparison uses one folded form: lower case, no
 * diacritics, every run of characters that is not a letter or digit becomes one space, and the
 * portals' synonyms folded to one word (SYNONYMS).
 */

/** Lower case without diacritics, punctuation kept (the client search matches "0417.390" as typed). */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING, '').toLowerCase();
}

const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/**
 * Words the portals write in several ways for the same thing, folded to one form on both sides
 * of every comparison (2026-12: seed 000 writes "KBO nummer" and "KBO-nummer"; public pages and
 * forms "ondernemingsnummer", "KBO-nr."; "u wil" and "u wilt" are both correct Dutch).
 */
export const SYNONYMS: [RegExp, string][] = [
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
  // Portal pages repeat the same short texts (labels, names) on every read: fold each once.
  if (text.length <= 160) {
    let memo = normalised.get(text);
    if (memo === undefined) {
      memo = fold(text);
      if (normalised.size > 20_000) normalised.clear();
      normalised.set(text, memo);
    }
    return memo;
  }
  return fold(text);
}

const normalised = new Map<string, string>();

/** Where one of SYNONYMS may apply: each of them starts with one of these (one scan, not six). */
const SYNONYM_START = /\b(?:kbo|ondernemings|enterprise|e ?mail|begin datum|eind datum|wilt)/;
const NON_ASCII = /[\u0080-\uffff]/;
const NOT_ASCII_WORD = /[^a-z0-9]+/g;

/**
 * Spaces, dashes, quotes, bullets and signs the portals' Dutch, French and German texts hold
 * (no letter or digit among them: every one is a separator to NOT_WORD too).
 */
const PLAIN_SEPARATORS =
  /[\u00a0\u00a6-\u00a9\u00ab\u00ac\u00ae\u00af\u00b0\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2000-\u200a\u2010-\u2027\u202f-\u205f\u20ac\u2122\u2190-\u21ff\u2212\u2500-\u2775\u2794-\u27bf\u3000]/g;

function fold(text: string): string {
  // Plain ASCII (most names and labels): no invisible characters, accents or other scripts, so
  // the same result without decomposing and without the Unicode classes.
  let out = text;
  if (NON_ASCII.test(out)) {
    out = out.replace(INVISIBLE, '').normalize('NFD').replace(COMBINING, '').replace(PLAIN_SEPARATORS, ' ');
    // Accents gone and the usual punctuation a space, most Dutch, French and German text is ASCII:
    // the Unicode classes (NOT_WORD: ~1.3 ms to compile on a page's first use) only where not.
    out = NON_ASCII.test(out) ? out.toLowerCase().replace(NOT_WORD, ' ').trim() : out;
  }
  if (!NON_ASCII.test(out)) out = out.toLowerCase().replace(NOT_ASCII_WORD, ' ').trim();
  if (!SYNONYM_START.test(out)) return out;
  for (const [pattern, canonical] of SYNONYMS) if (pattern.test(out)) out = out.replace(pattern, canonical);
  return out;
}

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * A text from a portal page or an imported file, made safe to put inside our own sentences: its
 * bidi controls dropped (a U+202E in a service title or client name must not flip the card's own
 * words) and the whole wrapped in first-strong isolate … pop directional isolate, the text form
 * of `<bdi>`, so an Arabic or Hebrew name still reads right-to-left on its own.
 *
 * @example
 * `Uw actieve klant is ${isolate(client.name)}.`
 */
export function isolate(text: string): string {
  return `\u2068${withoutBidi(text)}\u2069`;
}

/** A foreign text without its bidi controls, for a `<bdi>` element of the card. */
export function withoutBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
