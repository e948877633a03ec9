/**
 * Result types and the bilingual messages shared by every Belgian identifier parser (DOMAIN.md §3).
 *
 * Design note: parsers never throw. They return an `IdResult` so that a form field, a zod schema and
 * a search box can all show the same message, in Dutch first (the portals are Flemish/federal) and
 * English second. A failure carries a stable `reason` code for code, and a sentence for people.
 */

/** Which identifier a result is about. */
export type IdKind = 'kbo' | 'vestiging' | 'rrn' | 'rsz';

/** Why an input was refused; stable codes that code (and tests) can switch on. */
export type IdReason =
  | 'empty'
  | 'invalid-characters'
  | 'wrong-length'
  | 'wrong-first-digit'
  | 'wrong-check-digits'
  | 'invalid-date';

/** A message for people: Dutch first, English second. */
export interface Bilingual {
  nl: string;
  en: string;
}

/** A valid identifier: `value` is digits only, `formatted` is the way the portals display it. */
export interface IdSuccess {
  ok: true;
  kind: IdKind;
  value: string;
  formatted: string;
}

/** A refused identifier, with the reason code, a bilingual message and, for check-digit errors, the right digits. */
export interface IdFailure {
  ok: false;
  kind: IdKind;
  reason: IdReason;
  message: Bilingual;
  /** The right check digits, when `reason` is `'wrong-check-digits'` and they are known unambiguously. */
  expected?: string;
}

/** What every `parse…` function returns. */
export type IdResult = IdSuccess | IdFailure;

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
} as const satisfies Record<string, IdNoun>;

/**
 * Joins a bilingual message into one line, Dutch first: the form zod issues and plain-text places use.
 *
 * @example
 * bilingualText({ nl: 'Vul een ondernemingsnummer in.', en: 'Enter an enterprise number.' })
 * // → 'Vul een ondernemingsnummer in. / Enter an enterprise number.'
 */
export function bilingualText(message: Bilingual): string {
  return `${message.nl} / ${message.en}`;
}

/** Builds a success result. */
export function succeed(kind: IdKind, value: string, formatted: string): IdSuccess {
  return { ok: true, kind, value, formatted };
}

/** Builds a failure result; `expected` is only set when there is one. */
export function fail(kind: IdKind, reason: IdReason, message: Bilingual, expected?: string): IdFailure {
  return expected === undefined ? { ok: false, kind, reason, message } : { ok: false, kind, reason, message, expected };
}

/** "Vul een … in." — the field was empty or held only separators. */
export function emptyMessage(noun: IdNoun): Bilingual {
  return { nl: `Vul een ${noun.nl} in.`, en: `Enter ${noun.enWithArticle}.` };
}

/** Something other than digits and the allowed separators was typed. */
export function invalidCharactersMessage(noun: IdNoun, allowed: Bilingual): Bilingual {
  return {
    nl: `Ongeldig ${noun.nl}: gebruik alleen cijfers (${allowed.nl} mogen).`,
    en: `Invalid ${noun.en}: use digits only (${allowed.en} are allowed).`,
  };
}

/** Says how many digits were found and how many are needed, so the person knows what to look for. */
export function wrongLengthMessage(noun: IdNoun, found: number, needed: number): Bilingual {
  return {
    nl: `Ongeldig ${noun.nl}: ${found} ${found === 1 ? 'cijfer' : 'cijfers'} gevonden, er zijn er ${needed} nodig.`,
    en: `Invalid ${noun.en}: found ${found} ${found === 1 ? 'digit' : 'digits'}, ${needed} are needed.`,
  };
}

/** The check digits do not match; names the right ones when they are known. */
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
