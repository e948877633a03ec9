/**
 * Text matching as the portals need it: case- and whitespace-insensitive (DOMAIN.md §7: portals
 * show some texts in capitals, "GEEF HET KBO-NUMMER OP …"), with typographic quotes, dashes and
 * non-breaking spaces folded to their plain forms, so `Doorgaan als “SD WORX”` matches
 * `doorgaan als "sd worx"`.
 */

const QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /\s+/g;

/**
 * The comparable form of a text: lower case, one space between words, plain quotes and dashes.
 *
 * @example
 * normaliseText('  GEEF HET\n KBO-NUMMER  OP ') // → 'geef het kbo-nummer op'
 */
export function normaliseText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Whether `haystack` (already normalised) contains `needle` (any form).
 *
 * @example
 * containsText('wse loket: aanmelden', 'WSE Loket:  Aanmelden') // → true
 */
export function containsText(normalisedHaystack: string, needle: string): boolean {
  const n = normaliseText(needle);
  return n !== '' && normalisedHaystack.includes(n);
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
