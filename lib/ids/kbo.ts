/**
 * Ondernemingsnummer (KBO-nummer, enterprise number): normalise, validate, format (DOMAIN.md §3).
 */
import { isDigits, stripSeparators } from './clean';
import { checkShape, fail, KBO_ALLOWED_SEPARATORS, NOUNS, succeed, wrongCheckDigitsMessage } from './messages';
import { checkDigits97 } from './mod97';
import type { Bilingual, IdResult } from './result';

// A leading "BE" (any case) is the VAT form of the same number (DOMAIN.md §3).
const VAT_PREFIX = /^\s*be/i;
// "(0)" is how the leading zero is sometimes written, e.g. "BE (0)417.390.703" (DOMAIN.md §3).
const OPTIONAL_ZERO = /\(0\)/g;

/**
 * Turns whatever a person typed or pasted into the digits of an enterprise number: drops a leading
 * `BE` (any case), spaces, dots, dashes, slashes and `(0)`, and puts a `0` before nine digits (the
 * old VAT number became the enterprise number by adding a leading 0, DOMAIN.md §3). It does not
 * validate: the result may be too short or fail the check, which is what search-as-you-type wants.
 * Characters that are not separators (letters, other symbols) are kept, so `isDigits` on the result
 * tells a number from a name.
 *
 * @example
 * normaliseKboInput('BE 0417.390.703') // → '0417390703'
 * normaliseKboInput('417390703')       // → '0417390703'
 * normaliseKboInput('0417.39')         // → '041739'
 */
export function normaliseKboInput(input: string): string {
  const stripped = stripSeparators(input.replace(VAT_PREFIX, '').replace(OPTIONAL_ZERO, ''));
  return stripped.length === 9 && isDigits(stripped) ? `0${stripped}` : stripped;
}

/**
 * Parses an ondernemingsnummer: 10 digits, first digit 0 or 1 (1 is issued since 19 September 2023),
 * last two digits = 97 − (first 8 digits mod 97), never 00 (DOMAIN.md §3). Accepts the display form,
 * the VAT form and the old nine-digit form. A number starting with 2–8 gets a hint that it is a
 * vestigingseenheidsnummer, the mistake people actually make. Never throws.
 *
 * @example
 * parseKbo('BE 0417 390 703') // → { ok: true, kind: 'kbo', value: '0417390703', formatted: '0417.390.703' }
 * parseKbo('0417.390.704')    // → { ok: false, reason: 'wrong-check-digits', expected: '03', … }
 */
export function parseKbo(input: string): IdResult {
  const digits = normaliseKboInput(input);
  const shape = checkShape('kbo', digits, 10, KBO_ALLOWED_SEPARATORS);
  if (shape) return shape;
  const first = digits.charAt(0);
  if (first !== '0' && first !== '1') return fail('kbo', 'wrong-first-digit', kboFirstDigitMessage(first));
  const expected = checkDigits97(digits.slice(0, 8));
  if (digits.slice(8) !== expected) {
    return fail(
      'kbo',
      'wrong-check-digits',
      wrongCheckDigitsMessage(NOUNS.kbo, { nl: expected, en: expected }),
      expected,
    );
  }
  return succeed('kbo', digits, formatKbo(digits));
}

/**
 * Whether `digits` (10 digits, after `normaliseKboInput`) are a valid enterprise number: the yes or
 * no of `parseKbo` without its messages, for readers of a page that only need to know (the
 * content script's recogniser, lib/guide/checks.ts `kboNumbersIn`).
 *
 * @example
 * isValidKbo('0417390703') // → true
 */
export function isValidKbo(digits: string): boolean {
  return /^[01]\d{9}$/.test(digits) && digits.slice(8) === checkDigits97(digits.slice(0, 8));
}

function kboFirstDigitMessage(first: string): Bilingual {
  const nl = `Ongeldig ondernemingsnummer: het begint met ${first}, maar een ondernemingsnummer begint met 0 of 1.`;
  const en = `Invalid enterprise number: it starts with ${first}, but an enterprise number starts with 0 or 1.`;
  // 2–8 is the range of vestigingseenheidsnummers (DOMAIN.md §3): the likeliest mix-up on a KBO extract.
  if (first >= '2' && first <= '8') {
    return {
      nl: `${nl} Dit lijkt op een vestigingseenheidsnummer; vul het ondernemingsnummer van de onderneming in.`,
      en: `${en} This looks like an establishment unit number; enter the enterprise number of the company.`,
    };
  }
  return { nl, en };
}

/**
 * Writes an enterprise number the way the KBO displays it, `0417.390.703`. It only lays out the
 * digits (after `normaliseKboInput`) and does not check them; input that does not come to 10 digits
 * is returned unchanged.
 *
 * @example
 * formatKbo('0417390703') // → '0417.390.703'
 */
export function formatKbo(digits: string): string {
  const value = normaliseKboInput(digits);
  if (value.length !== 10 || !isDigits(value)) return digits;
  return `${value.slice(0, 4)}.${value.slice(4, 7)}.${value.slice(7)}`;
}

/**
 * The VAT (btw) form of an enterprise number, `BE` followed by the 10 digits (DOMAIN.md §3). Like
 * `formatKbo` it does not validate; input that does not come to 10 digits is returned unchanged.
 *
 * @example
 * kboToVat('0417390703') // → 'BE0417390703'
 */
export function kboToVat(digits: string): string {
  const value = normaliseKboInput(digits);
  if (value.length !== 10 || !isDigits(value)) return digits;
  return `BE${value}`;
}
