/**
 * Renewal deadlines as calendar days: "the day seen + N days" (seed 004: the dashboard task
 * "Beslissen hernieuwing erkenning" with "Dagen resterend: N"), and how a deadline is said.
 *
 * Design note (2026-12): a deadline is a local calendar day written `YYYY-MM-DD`, never a time:
 * the portal counts days, and an instant would move the day for someone in another time zone or
 * across a daylight-saving change. Day arithmetic goes through `Date.UTC` (no DST there); the
 * day seen is the person's own local date. Runs on portal pages too: no zod, no dependencies but the card's catalogue.
 */

import { t, tn } from '../i18n/card';
import { LOCALES } from '../i18n/format';
import type { Lang } from '../state';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function parts(day: string): [number, number, number] {
  const m = DAY.exec(day);
  if (!m) throw new Error(`not a day (YYYY-MM-DD): ${day}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function utc(day: string): number {
  const [y, m, d] = parts(day);
  return Date.UTC(y, m - 1, d);
}

function write(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (not 2026-02-30). */
export function isDay(value: unknown): value is string {
  return typeof value === 'string' && DAY.test(value) && write(utc(value)) === value;
}

/**
 * The local calendar day of an instant.
 *
 * @example
 * localDay(new Date(2026, 11, 1, 23, 30)) // → '2026-12-01' (whatever the time zone)
 */
export function localDay(at: Date | number = new Date()): string {
  const date = typeof at === 'number' ? new Date(at) : at;
  return write(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
}

/**
 * The day `n` days after `day` (before, for a negative `n`), across month and year ends.
 *
 * @example
 * addDays('2026-12-25', 10) // → '2027-01-04'
 */
export function addDays(day: string, n: number): string {
  return write(utc(day) + n * DAY_MS);
}

/**
 * Whole days from `from` to `to`: 0 on the same day, negative when `to` is past.
 *
 * @example
 * daysBetween('2026-12-01', '2026-12-11') // → 10
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

const LONG = Object.fromEntries(
  Object.entries(LOCALES).map(([lang, locale]) => [
    lang,
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ]),
) as Record<Lang, Intl.DateTimeFormat>;

/**
 * A day as a person reads it.
 *
 * @example
 * formatDay('2026-12-11', 'nl') // → '11 december 2026'
 */
export function formatDay(day: string, lang: Lang): string {
  return LONG[lang].format(utc(day));
}

/**
 * How much time is left, in words (lib/i18n/card.ts): "nog 10 dagen", "vandaag", "verlopen, 3 dagen te laat".
 *
 * @example
 * daysLeftText(1, 'en') // → '1 day left'
 */
export function daysLeftText(days: number, lang: Lang): string {
  if (days === 0) return t(lang, 'renewal.today');
  return tn(lang, days > 0 ? 'renewal.left' : 'renewal.late', Math.abs(days));
}

/**
 * The line under a renewal: by when to decide, and how long is left.
 *
 * @example
 * deadlineText('2026-12-11', 10, 'nl') // → 'Beslissen vóór 11 december 2026, nog 10 dagen'
 */
export function deadlineText(deadline: string, daysLeft: number, lang: Lang): string {
  // Overdue reads as its own clause: "Beslissen vóór 1 december 2026: verlopen, 3 dagen te laat".
  return t(lang, daysLeft < 0 ? 'renewal.decideOverdue' : 'renewal.decide', {
    date: formatDay(deadline, lang),
    left: daysLeftText(daysLeft, lang),
  });
}

/**
 * Most urgent first: the earliest deadline, then by erkenning number (a stable order).
 *
 * @example
 * renewals.sort(byUrgency);
 */
export function byUrgency(
  a: { deadline: string; erkenning: string; kbo?: string },
  b: { deadline: string; erkenning: string; kbo?: string },
): number {
  if (a.deadline !== b.deadline) return a.deadline < b.deadline ? -1 : 1;
  if (a.erkenning !== b.erkenning) return a.erkenning < b.erkenning ? -1 : 1;
  return (a.kbo ?? '') < (b.kbo ?? '') ? -1 : (a.kbo ?? '') > (b.kbo ?? '') ? 1 : 0;
}
