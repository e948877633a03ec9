/**
 * RSZ-/NSSO-werkgeversnummer (federal employer number): validate and format (DOMAIN.md §3).
 */
import { isDigits, stripSeparators } from './clean';
import { checkShape, fail, NOUNS, succeed, wrongCheckDigitsMessage } from './messages';
import { rszCheckDigits } from './mod97';
import type { IdResult } from './result';

/**
 * Parses an RSZ/NSSO employer number: 7 digits and 2 check digits, 9 in all as in the DmfA, check =
 * 96 − ((7-digit number × 100) mod 97) with 0 written as 97 (DOMAIN.md §3). Spaces, dots, dashes and
 * slashes are allowed between the digits. Never throws.
 *
 * @example
 * parseRsz('1332967-20') // → { ok: true, kind: 'rsz', value: '133296720', formatted: '1332967-20' }
 * parseRsz('1332967-21') // → { ok: false, reason: 'wrong-check-digits', expected: '20', … }
 */
export function parseRsz(input: string): IdResult {
  const digits = stripSeparators(input);
  const shape = checkShape('rsz', digits, 9);
  if (shape) return shape;
  const expected = rszCheckDigits(digits.slice(0, 7));
  if (digits.slice(7) !== expected) {
    return fail(
      'rsz',
      'wrong-check-digits',
      wrongCheckDigitsMessage(NOUNS.rsz, { nl: expected, en: expected }),
      expected,
    );
  }
  return succeed('rsz', digits, formatRsz(digits));
}

/**
 * Writes an RSZ employer number as `1332967-20`. It only lays out the digits and does not check
 * them; input that is not 9 digits (after separators) is returned unchanged.
 *
 * @example
 * formatRsz('133296720') // → '1332967-20'
 */
export function formatRsz(digits: string): string {
  const value = stripSeparators(digits);
  if (value.length !== 9 || !isDigits(value)) return digits;
  return `${value.slice(0, 7)}-${value.slice(7)}`;
}
