/**
 * Rijksregisternummer and BIS-nummer: validate and format (DOMAIN.md §3).
 *
 * Privacy (DOMAIN.md §3): a rijksregisternummer is personal data. Nothing in this file logs, stores
 * or echoes the number; messages name at most the check digits and a count of digits.
 *
 * Layout `YYMMDD SSS CC`. The century is not written down: the check digits tell it, because for
 * births from 2000 a `2` is put before the nine digits when computing them. BIS numbers add 20 (sex
 * known) or 40 (sex unknown) to the month.
 *
 * Unknown dates (public source: python-stdnum `stdnum/be/nn.py`, citing the IBZ instructions
 * "IT000 Rijksregisternummer"): month and/or day are `00` when not (fully) known, and month `00` is
 * also used when the day's serial numbers ran out, in which case the day digits are a counter, not a
 * day. So: month `00` accepts any day; a known month with day `00` is fine; a fully given date must exist.
 */
import { isDigits, stripSeparators } from './clean';
import { checkShape, fail, type IdNoun, NOUNS, succeed, wrongCheckDigitsMessage } from './messages';
import { checkDigits97 } from './mod97';
import type { Bilingual, IdResult } from './result';

/** An `IdResult` for a rijksregister- or BIS-nummer; when ok, also the birth date and whether it is a BIS number. */
export type RrnResult = IdResult & {
  /** `YYYY-MM-DD`; month and/or day are `00` when the number does not tell them. */
  birthDate?: string;
  /** True for a BIS number (month + 20 or + 40). */
  bis?: boolean;
};

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12); February depends on the year, which is why the century matters (1900 is no leap year, 2000 is). */
function daysInMonth(month: number, year?: number): number {
  if (month === 2 && year !== undefined && !isLeapYear(year)) return 28;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** The real month (0 = unknown) and whether the number is a BIS number, or undefined when the month digits are impossible. */
function decodeMonth(monthDigits: number): { month: number; bis: boolean } | undefined {
  if (monthDigits <= 12) return { month: monthDigits, bis: false };
  if (monthDigits >= 20 && monthDigits <= 32) return { month: monthDigits - 20, bis: true };
  if (monthDigits >= 40 && monthDigits <= 52) return { month: monthDigits - 40, bis: true };
  return undefined;
}

/** Whether the date exists; with `year` undefined, whether it exists in some year (29 February). */
function dateExists(month: number, day: number, year?: number): boolean {
  if (month === 0 || day === 0) return true;
  return day <= daysInMonth(month, year);
}

function invalidDateMessage(noun: IdNoun): Bilingual {
  return {
    nl: `Ongeldig ${noun.nl}: de geboortedatum in het nummer bestaat niet. Controleer de eerste zes cijfers.`,
    en: `Invalid ${noun.en}: the date of birth in the number does not exist. Check the first six digits.`,
  };
}

/**
 * Parses a rijksregisternummer or BIS-nummer: 11 digits `YYMMDD SSS CC`, CC = 97 − (first 9 digits
 * mod 97), or with a `2` before the 9 digits for births from 2000; both centuries are tried
 * (DOMAIN.md §3). The date is checked where the number gives it (reason `invalid-date`). On success
 * it adds `birthDate` and `bis`. Never throws, never logs, and no message repeats the number.
 *
 * @example
 * parseRrn('93.05.18-223.61') // → { ok: true, kind: 'rrn', value: '93051822361', formatted: '93.05.18-223.61', birthDate: '1993-05-18', bis: false }
 * parseRrn('98472899765')     // → { ok: true, …, birthDate: '1998-07-28', bis: true }
 */
export function parseRrn(input: string): RrnResult {
  const digits = stripSeparators(input);
  const shape = checkShape('rrn', digits, 11);
  if (shape) return shape;

  const decoded = decodeMonth(Number(digits.slice(2, 4)));
  const noun = decoded?.bis ? NOUNS.bis : NOUNS.rrn;
  const day = Number(digits.slice(4, 6));
  // Impossible in every century (month 13, 31 April): say so before the check digits, it is the likelier typo.
  if (decoded === undefined || !dateExists(decoded.month, day)) {
    return fail('rrn', 'invalid-date', invalidDateMessage(noun));
  }
  const { month, bis } = decoded;

  const yy = Number(digits.slice(0, 2));
  const body = digits.slice(0, 9);
  const check = digits.slice(9);
  const centuries = [
    { year: 1900 + yy, check: checkDigits97(body) },
    { year: 2000 + yy, check: checkDigits97(`2${body}`) },
  ];
  const match = centuries.find((century) => century.check === check);
  if (match === undefined) {
    const possible = centuries.filter((century) => dateExists(month, day, century.year));
    // 29 February in a year that is no leap year in either century (e.g. 01 → 1901, 2001): the date is the problem.
    if (possible.length === 0) return fail('rrn', 'invalid-date', invalidDateMessage(noun));
    return wrongRrnCheckDigits(noun, possible);
  }
  // 29 February only exists in leap years, so this can only be decided once the century is known.
  if (!dateExists(month, day, match.year)) return fail('rrn', 'invalid-date', invalidDateMessage(noun));

  const birthDate = `${match.year}-${pad2(month)}-${pad2(month === 0 ? 0 : day)}`;
  return { ...succeed('rrn', digits, formatRrn(digits)), birthDate, bis };
}

/** `possible` holds the one or two centuries in which the date exists, with their check digits. */
function wrongRrnCheckDigits(noun: IdNoun, possible: { year: number; check: string }[]): RrnResult {
  const [first, second] = possible;
  if (first !== undefined && second !== undefined) {
    // Either century fits, so there is no single right answer for `expected`; the message gives both.
    return fail(
      'rrn',
      'wrong-check-digits',
      wrongCheckDigitsMessage(noun, {
        nl: `${first.check} bij geboorte vóór 2000, ${second.check} vanaf 2000`,
        en: `${first.check} if born before 2000, ${second.check} from 2000`,
      }),
    );
  }
  const expected = first?.check;
  const shown = expected === undefined ? undefined : { nl: expected, en: expected };
  return fail('rrn', 'wrong-check-digits', wrongCheckDigitsMessage(noun, shown), expected);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Writes a rijksregister- or BIS-nummer in the usual display form, `93.05.18-223.61`. It only lays
 * out the digits and does not check them; input that is not 11 digits (after separators) is returned unchanged.
 *
 * @example
 * formatRrn('93051822361') // → '93.05.18-223.61'
 */
export function formatRrn(digits: string): string {
  const value = stripSeparators(digits);
  if (value.length !== 11 || !isDigits(value)) return digits;
  return `${value.slice(0, 2)}.${value.slice(2, 4)}.${value.slice(4, 6)}-${value.slice(6, 9)}.${value.slice(9)}`;
}
