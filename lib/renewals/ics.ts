/**
 * The kept renewals as an iCalendar file (RFC 5545) that a person saves and opens in their own
 * calendar (Outlook, Google Calendar, Apple Calendar): one all-day event on each deadline, with a
 * reminder a week before. Made in the popup, saved through the browser's download bar: no
 * network, no calendar account.
 *
 * Design note (2026-12):
 * - One VEVENT per renewal, most urgent first; `DTSTART;VALUE=DATE` on the deadline and
 *   `DTEND` the day after (an all-day event is [start, end), RFC 5545 §3.6.1), transparent (it
 *   does not make the day busy).
 * - `UID` is the organisation's KBO number and the erkenning number: a second export of the same
 *   renewal carries the same UID, so a calendar updates its event instead of adding a twin.
 *   `DTSTAMP` is the moment of the export (UTC).
 * - A `VALARM` with `ACTION:DISPLAY` and `TRIGGER:-P7D`: shown seven days before the deadline.
 * - Text values are escaped (`\\`, `;`, `,`, new lines, §3.3.11); lines end in CRLF and are
 *   folded at 75 octets of UTF-8 (§3.1), never inside a character.
 *
 * @example
 * const text = renewalsCalendar(renewals, { now: new Date(), lang: 'nl' });
 * downloadText(text, calendarFileName(), 'text/calendar');
 */
import type { RenewalRecord } from '../db';
import { formatKbo } from '../ids';
import { addDays, byUrgency, formatDay, localDay } from './dates';

const CRLF = '\r\n';
/** Days before the deadline that the calendar reminds. */
export const REMINDER_DAYS = 7;

/**
 * A TEXT value escaped as RFC 5545 §3.3.11 wants it.
 *
 * @example
 * escapeText('Mega World; Heist, Berg') // → 'Mega World\\; Heist\\, Berg'
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * One content line folded at 75 octets (RFC 5545 §3.1): CRLF and a space before each
 * continuation, whose space counts in its 75; a character (or an escape) is never split.
 *
 * @example
 * foldLine(`DESCRIPTION:${'x'.repeat(100)}`).split('\r\n').map((line) => line.length) // → [75, 38]
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  // By character, an escape (`\,`, `\n`) kept whole: folding inside one is allowed, but some readers trip on it.
  for (const char of line.match(/\\.|[\s\S]/gu) ?? []) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** `YYYY-MM-DD` → `YYYYMMDD` (a DATE value). */
function date(day: string): string {
  return day.replace(/-/g, '');
}

/** An instant as a UTC DATE-TIME: `20261201T093000Z`. */
function stamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * The UID of a renewal: the same for the same organisation and erkenning in every export.
 *
 * @example
 * renewalUid({ kbo: '0417390703', erkenning: 'E/20170620/011723' }) // → 'hernieuwing-0417390703-E%2F20170620%2F011723@loketgids'
 */
export function renewalUid(renewal: Pick<RenewalRecord, 'kbo' | 'erkenning'>): string {
  return `hernieuwing-${renewal.kbo}-${encodeURIComponent(renewal.erkenning)}@loketgids`;
}

const WORDS = {
  nl: {
    calendar: 'Loketgids: hernieuwingen erkenning (Werkplek Duaal)',
    summary: (r: RenewalRecord) => `Beslissen hernieuwing erkenning ${r.erkenning} (${r.organisation})`,
    organisation: 'Organisatie',
    erkenning: 'Erkenning',
    vestiging: 'Vestiging',
    opleiding: 'Opleiding',
    by: (r: RenewalRecord) =>
      `Beslissen vóór ${formatDay(r.deadline, 'nl')} (gezien op het dashboard op ${formatDay(r.seenOn, 'nl')}).`,
    where: "Op app.werkplekduaal.be: Dashboard, bij 'Taken' de erkenning kiezen en 'Verdergaan'.",
    alarm: (r: RenewalRecord) =>
      `Over ${REMINDER_DAYS} dagen: beslissen hernieuwing erkenning ${r.erkenning} (${r.organisation})`,
  },
  en: {
    calendar: 'Loketgids: recognition renewals (Werkplek Duaal)',
    summary: (r: RenewalRecord) => `Decide on renewing recognition ${r.erkenning} (${r.organisation})`,
    organisation: 'Organisation',
    erkenning: 'Recognition',
    vestiging: 'Site',
    opleiding: 'Training',
    by: (r: RenewalRecord) =>
      `Decide before ${formatDay(r.deadline, 'en')} (seen on the dashboard on ${formatDay(r.seenOn, 'en')}).`,
    where: "On app.werkplekduaal.be: Dashboard, under 'Taken' pick the recognition and 'Verdergaan' (continue).",
    alarm: (r: RenewalRecord) =>
      `In ${REMINDER_DAYS} days: decide on renewing recognition ${r.erkenning} (${r.organisation})`,
  },
} as const;

/**
 * The renewals as the text of an `.ics` file, most urgent first.
 *
 * @example
 * renewalsCalendar([acmRenewal], { now: new Date('2026-12-01T09:30:00Z') })
 * // → 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…BEGIN:VEVENT\r\nUID:hernieuwing-0417390703-E%2F…@loketgids\r\n…'
 */
export function renewalsCalendar(
  renewals: readonly RenewalRecord[],
  options: { now?: Date; lang?: 'nl' | 'en' } = {},
): string {
  const now = options.now ?? new Date();
  const words = WORDS[options.lang ?? 'nl'];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Loketgids//Hernieuwingen Werkplek Duaal//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(words.calendar)}`,
  ];
  for (const renewal of [...renewals].sort(byUrgency)) {
    const description = [
      `${words.organisation}: ${renewal.organisation} (KBO ${formatKbo(renewal.kbo)})`,
      `${words.erkenning}: ${renewal.erkenning}`,
      renewal.vestiging && `${words.vestiging}: ${renewal.vestiging}`,
      renewal.opleiding && `${words.opleiding}: ${renewal.opleiding}`,
      words.by(renewal),
      words.where,
    ]
      .filter(Boolean)
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${renewalUid(renewal)}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${date(renewal.deadline)}`,
      `DTEND;VALUE=DATE:${date(addDays(renewal.deadline, 1))}`,
      `SUMMARY:${escapeText(words.summary(renewal))}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(words.alarm(renewal))}`,
      `TRIGGER:-P${REMINDER_DAYS}D`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * A dated file name for the calendar file.
 *
 * @example
 * calendarFileName(new Date(2026, 11, 1)) // → 'loketgids-hernieuwingen-2026-12-01.ics'
 */
export function calendarFileName(at: Date = new Date()): string {
  return `loketgids-hernieuwingen-${localDay(at)}.ics`;
}
