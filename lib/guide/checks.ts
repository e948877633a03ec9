/**
 * The live checks the guide runs on what the user types and sees: a KBO number typed into the
 * portal's field (valid? a school?), a rijksregisternummer typed into gebruikersbeheer (valid?),
 * and the KBO number in the portal's top line against the active client.
 *
 * Privacy (DOMAIN.md §3): `checkRrnField` only returns whether the number is valid and why not;
 * no message repeats the number and nothing here stores, logs or sends it.
 */
import { formatKbo, isValidKbo, normaliseKboInput, parseKbo, parseRrn } from '../ids';
import type { ClientSummary } from '../messaging';
import { isolate } from '../text';
import { byRole } from './a11y';
import type { PageView } from './dom';
import { idFailureText } from './id-failure-text';
import type { Text } from './schema';

export type WarningLevel = 'error' | 'warning' | 'info' | 'ok';

/** A line on the card: an id (stable, for tests and keys), a level and the words. */
export interface GuideWarning {
  id: string;
  level: WarningLevel;
  text: Text;
}

/** Seed 000 Stap 2.3: "Opgelet: Geen KBO nummer van een school ingeven." */
export const SCHOOL_RULE: Text = {
  nl: 'Opgelet: geen KBO-nummer van een school ingeven.',
  en: "Careful: do not enter a school's KBO number.",
};

const DIGITS = /\d/g;

/** How many digits a typed value holds (separators and letters aside). */
export function digitCount(value: string): number {
  return value.match(DIGITS)?.length ?? 0;
}

/**
 * Whether a live check should speak now: when the value looks complete (enough digits or a
 * character that can never belong), or when the person stopped typing (`settled`).
 */
export function readyToCheck(value: string, needed: number, settled: boolean): boolean {
  if (value.trim() === '') return false;
  if (settled) return true;
  return digitCount(value) >= needed || /[^\d\s.\-/()be]/i.test(value);
}

/**
 * Check a KBO number typed into the portal's field. `client` is the client-list entry with that
 * number, if any (looked up by the caller).
 *
 * @example
 * checkKboField('0417.390.704', null)[0].text.nl // → 'Ongeldig ondernemingsnummer: het controlegetal klopt niet (verwacht 03).'
 */
export function checkKboField(value: string, client: ClientSummary | null | undefined): GuideWarning[] {
  if (value.trim() === '') return [];
  const result = parseKbo(value);
  if (!result.ok) return [{ id: 'kbo-ongeldig', level: 'error', text: result.message }];
  if (client?.school) {
    return [
      {
        id: 'kbo-school',
        level: 'error',
        text: {
          nl: `${SCHOOL_RULE.nl} ${isolate(client.name)} (${result.formatted}) staat in uw klantenlijst als school.`,
          en: `${SCHOOL_RULE.en} ${isolate(client.name)} (${result.formatted}) is marked as a school in your client list.`,
        },
      },
    ];
  }
  if (client) {
    return [
      {
        id: 'kbo-klant',
        level: 'ok',
        text: {
          nl: `${result.formatted}: ${isolate(client.name)}`,
          en: `${result.formatted}: ${isolate(client.name)}`,
        },
      },
    ];
  }
  return [
    {
      id: 'kbo-geldig',
      level: 'info',
      text: {
        nl: `${result.formatted} is een geldig ondernemingsnummer (niet in uw klantenlijst).`,
        en: `${result.formatted} is a valid enterprise number (not in your client list).`,
      },
    },
  ];
}

/**
 * Check a field that takes a KBO number or an organisation name (gebruikersbeheer, "Selecteer
 * organisatie"): letters mean a name, which is fine; digits are checked as a KBO number.
 */
export function checkKboOrNameField(value: string): GuideWarning[] {
  if (value.trim() === '' || /[a-z]{2,}/i.test(value.replace(/^\s*be/i, ''))) return [];
  return checkKboField(value, null).filter((w) => w.level === 'error');
}

/**
 * Check a rijksregisternummer typed into a portal field. Never echoes the number.
 *
 * @example
 * checkRrnField('93051822362')[0].id // → 'rrn-ongeldig'
 */
export function checkRrnField(value: string): GuideWarning[] {
  if (value.trim() === '') return [];
  const result = parseRrn(value);
  if (!result.ok)
    return [{ id: 'rrn-ongeldig', level: 'error', text: idFailureText(result, 'rrn', digitCount(value)) }];
  return [
    {
      id: 'rrn-geldig',
      level: 'ok',
      text: {
        nl: result.bis ? 'Geldig BIS-nummer.' : 'Geldig rijksregisternummer.',
        en: result.bis ? 'Valid BIS number.' : 'Valid national register number.',
        fr: result.bis ? 'Numéro BIS valide.' : 'Numéro de registre national valide.',
        de: result.bis ? 'Gültige BIS-Nummer.' : 'Gültige Nationalregisternummer.',
      },
    },
  ];
}

const KBO_IN_TEXT = /(?:^|[^\d.])((?:be\s?)?[01]\d{3}[.\s]?\d{3}[.\s]?\d{3})(?![\d])/gi;

/** Every valid KBO number in a text, formatted, in order. */
export function kboNumbersIn(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(KBO_IN_TEXT)) {
    const digits = normaliseKboInput(match[1] ?? '');
    if (isValidKbo(digits) && !out.includes(digits)) out.push(digits);
  }
  return out;
}

/**
 * The KBO number the portal shows in its top line (seed 000 Stap 2.4: "Je ziet dit ook in de lijn
 * bovenaan"), as 10 digits: the first valid one in the page's banner/header, else the page's first
 * KBO-shaped number if it is valid.
 *
 * @example
 * topKbo(readPage(document)) // → '0417390703'
 */
export function topKbo(view: PageView): string | undefined {
  for (const banner of byRole(view, 'banner')) {
    const found = kboNumbersIn(view.textOf(banner))[0];
    if (found) return found;
  }
  // 2026-11: replica markup; the real top line's markup is unknown: fall back to any element
  // whose class says header/top, then to the first number on the page.
  for (const el of view.queryAll('[class*="header"], [class*="top"], [class*="functional"]')) {
    const found = kboNumbersIn(view.textOf(el))[0];
    if (found) return found;
  }
  // Outside a header only the page's first KBO-shaped number is the top line's, and only when it is
  // valid: a later one names some other company (a task list's onderneming; a page written blind, 2026-12-03).
  const first = view.text.match(KBO_IN_TEXT);
  return first ? kboNumbersIn(first[0])[0] : undefined;
}

/**
 * Compare the portal's top-line KBO with the active client: a mismatch warning with both numbers
 * formatted, a confirmation when they match, a reminder when there is no active client.
 */
export function compareTopKbo(top: string | undefined, active: ClientSummary | null): GuideWarning[] {
  if (!top) return [];
  const shown = formatKbo(top);
  if (!active) {
    return [
      {
        id: 'kbo-bovenaan',
        level: 'info',
        text: {
          nl: `Bovenaan staat ${shown}. Controleer dat dit de klant is waarvoor u wil werken.`,
          en: `The top line shows ${shown}. Check that this is the client you want to work for.`,
        },
      },
    ];
  }
  const activeShown = formatKbo(active.kbo);
  if (active.kbo === top) {
    return [
      {
        id: 'kbo-juist',
        level: 'ok',
        text: {
          nl: `Bovenaan staat ${shown}: dat is uw actieve klant ${isolate(active.name)}.`,
          en: `The top line shows ${shown}: your active client ${isolate(active.name)}.`,
        },
      },
    ];
  }
  return [
    {
      id: 'kbo-mismatch',
      level: 'error',
      text: {
        nl: `Let op: bovenaan staat ${shown}, maar uw actieve klant is ${isolate(active.name)} (${activeShown}). Werkt u voor de juiste klant?`,
        en: `Careful: the top line shows ${shown}, but your active client is ${isolate(active.name)} (${activeShown}). Are you working for the right client?`,
      },
    },
  ];
}
