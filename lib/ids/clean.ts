/**
 * Removing the separators people type or paste between the digits of an identifier.
 *
 * Besides spaces, dots, dashes and slashes (DOMAIN.md §3) this also drops the look-alikes that come
 * with copy-paste from PDFs and web pages: non-breaking and other Unicode spaces (`\s`), typographic
 * dashes and minus, soft hyphens and zero-width characters. Anything else is left in place so the
 * parser can say "use digits only" instead of silently guessing.
 */

// \s covers NBSP, narrow NBSP and the other Unicode spaces; the rest are dashes, soft hyphen and zero-width marks.
const SEPARATORS = /[\s./\-\u00ad\u2010-\u2015\u2212\u200b-\u200d\u2060\ufeff]/g;

const DIGITS_ONLY = /^[0-9]+$/;

/**
 * The input without separators; other characters are kept.
 *
 * @example
 * stripSeparators('93.05.18-223.61') // → '93051822361'
 */
export function stripSeparators(input: string): string {
  return input.replace(SEPARATORS, '');
}

/**
 * Whether a string is one or more ASCII digits (not Arabic-Indic or full-width ones, which no portal accepts).
 *
 * @example
 * isDigits('0417390703') // → true
 */
export function isDigits(value: string): boolean {
  return DIGITS_ONLY.test(value);
}
