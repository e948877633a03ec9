/**
 * Test helpers for lib/ids: an independent oracle for the check digits (BigInt, straight from the
 * formulas in DOMAIN.md §3, not the library's digit-by-digit code) and fast-check arbitraries.
 */
import fc from 'fast-check';

/** 97 − (body mod 97), two digits (DOMAIN.md §3: KBO, vestigingseenheid, rijksregister). */
export function oracle97(body: string): string {
  return String(97n - (BigInt(body) % 97n)).padStart(2, '0');
}

/** 96 − ((body × 100) mod 97), 0 written as 97 (DOMAIN.md §3: RSZ). */
export function oracleRsz(body: string): string {
  const check = 96n - ((BigInt(body) * 100n) % 97n);
  return String(check === 0n ? 97n : check).padStart(2, '0');
}

/** A string of exactly `length` ASCII digits. */
export function digits(length: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
}

/** Two check digits 00–99. */
export const twoDigits = digits(2);

/** Any string people or pages could hand us: ASCII, full Unicode, lone surrogates, control characters. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
  fc.string({ unit: fc.constantFrom(...'0123456789 .-/BEbe()\u00a0\u2013\u200b\u0000\n\t') }),
);

/** Separators people type between digit groups. */
export const separator = fc.constantFrom('', ' ', '.', '-', '/', '\u00a0', '\u2013');

/** The digits of `value` with a random separator after each one. */
export function withSeparators(value: string): fc.Arbitrary<string> {
  return fc
    .array(separator, { minLength: value.length, maxLength: value.length })
    .map((seps) => [...value].map((digit, i) => `${digit}${seps[i] ?? ''}`).join(''));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
