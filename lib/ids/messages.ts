/**
 * Building results and the bilingual messages shared by the identifier parsers (internal to lib/ids).
 *
 * Wording: Dutch a person at a Flemish or federal portal understands, English second. Every failure
 * starts with "Ongeldig …" / "Invalid …" or, when nothing was typed, asks for the number.
 */

import { isDigits } from './clean';
import type { Bilingual, IdFailure, IdKind, IdReason, IdSuccess } from './result';

/** How a message names an identifier, in both languages (English with its article for "Enter a …"). */
export interface IdNoun {
  nl: string;
  en: string;
  enWithArticle: string;
}

export const NOUNS = {
  kbo: { nl: 'ondernemingsnummer', en: 'enterprise number', enWithArticle: 'an enterprise number' },
  vestiging: {
    nl: 'vestigingseenheidsnummer',
    en: 'establishment unit number',
    enWithArticle: 'an establishment unit number',
  },
  rrn: { nl: 'rijksregisternummer', en: 'national register number', enWithArticle: 'a national register number' },
  bis: { nl: 'BIS-nummer', en: 'BIS number', enWithArticle: 'a BIS number' },
  rsz: { nl: 'RSZ-nummer', en: 'NSSO employer number', enWithArticle: 'an NSSO employer number' },
  // The field of seed 002 that takes either number.
  kboOrRsz: {
    nl: 'ondernemingsnummer of RSZ-nummer',
    en: 'enterprise number or NSSO employer number',
    enWithArticle: 'an enterprise number or an NSSO employer number',
  },
} as const satisfies Record<string, IdNoun>;

/** The separators the messages tell people they may use (see clean.ts for the full list). */
export const ALLOWED_SEPARATORS: Bilingual = { nl: 'spaties, punten en streepjes', en: 'spaces, dots and dashes' };

/** For enterprise numbers also slashes and the VAT prefix (DOMAIN.md §3). */
export const KBO_ALLOWED_SEPARATORS: Bilingual = {
  nl: `${ALLOWED_SEPARATORS.nl}, schuine strepen en BE vooraan`,
  en: `${ALLOWED_SEPARATORS.en}, slashes and a leading BE`,
};

/**
 * Builds a success result: the normalised digits and the display form.
 *
 * @example
 * succeed('kbo', '0417390703', '0417.390.703') // → { ok: true, kind: 'kbo', value: '0417390703', formatted: '0417.390.703' }
 */
export function succeed(kind: IdKind, value: string, formatted: string): IdSuccess {
  return { ok: true, kind, value, formatted };
}

/**
 * Builds a failure result. `expected` is left out, not set to undefined, when there is none, so a
 * result compares cleanly with `toEqual` and serialises without an empty key.
 *
 * @example
 * fail('kbo', 'empty', emptyMessage(NOUNS.kbo)) // → { ok: false, kind: 'kbo', reason: 'empty', message: { … } }
 */
export function fail(kind: IdKind, reason: IdReason, message: Bilingual, expected?: string): IdFailure {
  return expected === undefined ? { ok: false, kind, reason, message } : { ok: false, kind, reason, message, expected };
}

/**
 * The message for an empty field (or one holding only separators): it asks for the number rather than
 * calling nothing "ongeldig".
 *
 * @example
 * emptyMessage(NOUNS.kbo) // → { nl: 'Vul een ondernemingsnummer in.', en: 'Enter an enterprise number.' }
 */
export function emptyMessage(noun: IdNoun): Bilingual {
  return { nl: `Vul een ${noun.nl} in.`, en: `Enter ${noun.enWithArticle}.` };
}

/**
 * The message for input with characters other than digits and the separators, naming what is allowed
 * so the person can fix it themselves. It never repeats the input (it may be a rijksregisternummer).
 *
 * @example
 * invalidCharactersMessage(NOUNS.rsz, ALLOWED_SEPARATORS).nl
 * // → 'Ongeldig RSZ-nummer: gebruik alleen cijfers (spaties, punten en streepjes mogen).'
 */
export function invalidCharactersMessage(noun: IdNoun, allowed: Bilingual): Bilingual {
  return {
    nl: `Ongeldig ${noun.nl}: gebruik alleen cijfers (${allowed.nl} mogen).`,
    en: `Invalid ${noun.en}: use digits only (${allowed.en} are allowed).`,
  };
}

/**
 * The message for the wrong number of digits: it says how many were found and how many are needed, so
 * the person knows whether a digit is missing or one too many was typed.
 *
 * @example
 * wrongLengthMessage(NOUNS.kbo, 8, 10).nl // → 'Ongeldig ondernemingsnummer: 8 cijfers gevonden, er zijn er 10 nodig.'
 */
export function wrongLengthMessage(noun: IdNoun, found: number, needed: number): Bilingual {
  return {
    nl: `Ongeldig ${noun.nl}: ${found} ${found === 1 ? 'cijfer' : 'cijfers'} gevonden, er zijn er ${needed} nodig.`,
    en: `Invalid ${noun.en}: found ${found} ${found === 1 ? 'digit' : 'digits'}, ${needed} are needed.`,
  };
}

/**
 * The message for check digits that do not match. It names the right ones when they are known; without
 * them it asks the person to check every digit, since the typo may be anywhere.
 *
 * @example
 * wrongCheckDigitsMessage(NOUNS.kbo, { nl: '03', en: '03' }).nl
 * // → 'Ongeldig ondernemingsnummer: het controlegetal klopt niet (verwacht 03).'
 */
export function wrongCheckDigitsMessage(noun: IdNoun, expected?: Bilingual): Bilingual {
  if (expected === undefined) {
    return {
      nl: `Ongeldig ${noun.nl}: het controlegetal klopt niet. Controleer alle cijfers.`,
      en: `Invalid ${noun.en}: the check digits are wrong. Check every digit.`,
    };
  }
  return {
    nl: `Ongeldig ${noun.nl}: het controlegetal klopt niet (verwacht ${expected.nl}).`,
    en: `Invalid ${noun.en}: the check digits are wrong (expected ${expected.en}).`,
  };
}

/**
 * The checks every identifier starts with, in the order a person fixes them: something typed,
 * digits only, the right number of digits. Returns the failure, or undefined when the shape is right.
 *
 * @example
 * checkShape('rsz', '12', 9) // → { ok: false, reason: 'wrong-length', … }
 */
export function checkShape(
  kind: keyof typeof NOUNS & IdKind,
  digits: string,
  length: number,
  allowed: Bilingual = ALLOWED_SEPARATORS,
): IdFailure | undefined {
  const noun = NOUNS[kind];
  if (digits === '') return fail(kind, 'empty', emptyMessage(noun));
  if (!isDigits(digits)) return fail(kind, 'invalid-characters', invalidCharactersMessage(noun, allowed));
  if (digits.length !== length) return fail(kind, 'wrong-length', wrongLengthMessage(noun, digits.length, length));
  return undefined;
}
