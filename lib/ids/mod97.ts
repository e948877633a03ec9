/**
 * Modulo-97 check digits, the arithmetic behind every Belgian identifier here (DOMAIN.md §3).
 *
 * Computed digit by digit so a body of any length (an RRN with its `2` prefix has 10 digits) stays
 * exact without BigInt.
 */

const ZERO = 48;

/**
 * The remainder of a decimal digit string divided by 97, or `NaN` when the string holds anything but
 * ASCII digits (so a caller's mistake never turns into a plausible number). The empty string is 0.
 *
 * @example
 * mod97('04173907') // → 94
 */
export function mod97(digits: string): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return Number.NaN;
    rest = (rest * 10 + digit) % 97;
  }
  return rest;
}

/**
 * Two check digits as KBO, vestigingseenheid and rijksregister numbers use them: 97 − (body mod 97),
 * zero-padded. The result is `01`–`97`, never `00` (DOMAIN.md §3). Returns `''` for a non-digit body.
 *
 * @example
 * checkDigits97('04173907') // → '03'
 * checkDigits97('21478128') // → '97'
 */
export function checkDigits97(body: string): string {
  const rest = mod97(body);
  if (Number.isNaN(rest)) return '';
  return String(97 - rest).padStart(2, '0');
}

/**
 * Two check digits of an RSZ/NSSO employer number: 96 − ((7-digit number × 100) mod 97), where a
 * result of 0 is written as 97 (DOMAIN.md §3). Returns `''` for a non-digit body.
 *
 * @example
 * rszCheckDigits('1332967') // → '20'
 */
export function rszCheckDigits(body: string): string {
  const rest = mod97(`${body}00`);
  if (Number.isNaN(rest)) return '';
  const check = 96 - rest;
  return String(check === 0 ? 97 : check).padStart(2, '0');
}
