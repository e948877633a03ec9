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
