/**
 * Vestigingseenheidsnummer (establishment unit number): validate and format (DOMAIN.md §3).
 */
import { isDigits, stripSeparators } from './clean';
import { checkShape, fail, NOUNS, succeed, wrongCheckDigitsMessage } from './messages';
import { checkDigits97 } from './mod97';
import type { Bilingual, IdResult } from './result';

/**
 * Parses a vestigingseenheidsnummer: 10 digits, first digit 2–8, last two digits = 97 − (first 8
 * digits mod 97) (DOMAIN.md §3). Spaces, dots, dashes and slashes are allowed between the digits. A
 * number starting with 0 or 1 gets a hint that it is an ondernemingsnummer. Never throws.
 *
 * @example
 * parseVestiging('2.147.812.701') // → { ok: true, kind: 'vestiging', value: '2147812701', formatted: '2.147.812.701' }
 * parseVestiging('2.147.812.702') // → { ok: false, reason: 'wrong-check-digits', expected: '01', … }
 */
export function parseVestiging(input: string): IdResult {
  const digits = stripSeparators(input);
  const shape = checkShape('vestiging', digits, 10);
  if (shape) return shape;
  const first = digits.charAt(0);
  if (first < '2' || first > '8') return fail('vestiging', 'wrong-first-digit', vestigingFirstDigitMessage(first));
  const expected = checkDigits97(digits.slice(0, 8));
  if (digits.slice(8) !== expected) {
    return fail(
      'vestiging',
      'wrong-check-digits',
      wrongCheckDigitsMessage(NOUNS.vestiging, { nl: expected, en: expected }),
      expected,
    );
  }
  return succeed('vestiging', digits, formatVestiging(digits));
}

function vestigingFirstDigitMessage(first: string): Bilingual {
  const nl = `Ongeldig vestigingseenheidsnummer: het begint met ${first}, maar een vestigingseenheidsnummer begint met 2 tot 8.`;
  const en = `Invalid establishment unit number: it starts with ${first}, but an establishment unit number starts with 2 to 8.`;
  // 0 and 1 are the enterprise numbers (DOMAIN.md §3): the likeliest mix-up on a KBO extract.
  if (first === '0' || first === '1') {
    return {
      nl: `${nl} Dit lijkt op een ondernemingsnummer.`,
      en: `${en} This looks like an enterprise number.`,
    };
  }
  return { nl, en };
}

/**
 * Writes a vestigingseenheidsnummer the way the KBO displays it, `2.147.812.701`. It only lays out
 * the digits and does not check them; input that is not 10 digits (after separators) is returned unchanged.
 *
 * @example
 * formatVestiging('2147812701') // → '2.147.812.701'
 */
export function formatVestiging(digits: string): string {
  const value = stripSeparators(digits);
  if (value.length !== 10 || !isDigits(value)) return digits;
  return `${value.charAt(0)}.${value.slice(1, 4)}.${value.slice(4, 7)}.${value.slice(7)}`;
}
