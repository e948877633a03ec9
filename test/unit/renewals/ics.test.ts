/**
 * The calendar file (RFC 5545): CRLF line ends, lines folded at 75 octets without splitting a
 * character, TEXT escaped, one all-day VEVENT per renewal on its deadline (most urgent first),
 * a display reminder seven days before, a UID that stays the same across exports, DTSTAMP.
 */
import { describe, expect, it } from 'vitest';
import type { RenewalRecord } from '../../../lib/db';
import {
  calendarFileName,
  escapeText,
  foldLine,
  REMINDER_DAYS,
  renewalsCalendar,
  renewalUid,
} from '../../../lib/renewals/ics';
import { KNOWN_KBOS } from '../../support/builders';

const ACM: RenewalRecord = {
  kbo: KNOWN_KBOS.abInbev,
  organisation: 'ACM',
  erkenning: 'E/20170620/011723',
  vestiging: 'Mega World (Heist-op-den-Berg)',
  opleiding: 'Verkoper',
  deadline: '2027-04-28',
  seenOn: '2026-12-01',
};
const PEETERS: RenewalRecord = {
  kbo: KNOWN_KBOS.second,
  organisation: 'Bouwbedrijf Peeters; Zonen, NV',
  erkenning: 'E/20180101/000001',
  vestiging: 'Werf Noord\\Zuid',
  opleiding: 'Metselaar',
  deadline: '2026-12-31',
  seenOn: '2026-12-01',
};
const NOW = new Date('2026-12-01T09:30:00Z');

/** The file's logical lines: unfolded (RFC 5545 §3.1: CRLF + one space or tab continues a line). */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

function events(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] | undefined;
  for (const line of unfold(text)) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = undefined;
    } else current?.push(line);
  }
  return out;
}

const prop = (event: string[], name: string) =>
  event.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

describe('the calendar file', () => {
  const text = renewalsCalendar([ACM, PEETERS], { now: NOW });

  it('is a VCALENDAR with CRLF line ends only, ending in CRLF', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every line at 75 octets, continuation lines starting with one space', () => {
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('has one all-day event per renewal on its deadline, most urgent first', () => {
    const found = events(text);
    expect(found).toHaveLength(2);
    expect(found.map((event) => prop(event, 'DTSTART'))).toEqual([
      'DTSTART;VALUE=DATE:20261231',
      'DTSTART;VALUE=DATE:20270428',
    ]);
    // All day: the end is the next day (exclusive), across the year end too.
    expect(found.map((event) => prop(event, 'DTEND'))).toEqual([
      'DTEND;VALUE=DATE:20270101',
      'DTEND;VALUE=DATE:20270429',
    ]);
    for (const event of found) expect(prop(event, 'DTSTAMP')).toBe('DTSTAMP:20261201T093000Z');
  });

  it('reminds seven days before, on screen', () => {
    for (const event of events(text)) {
      const alarm = event.slice(event.indexOf('BEGIN:VALARM'), event.indexOf('END:VALARM') + 1);
      expect(alarm).toContain('ACTION:DISPLAY');
      expect(alarm).toContain('TRIGGER:-P7D');
      expect(alarm.some((line) => line.startsWith('DESCRIPTION:Over 7 dagen: beslissen hernieuwing'))).toBe(true);
    }
    expect(REMINDER_DAYS).toBe(7);
  });

  it('says what, for whom, where and by when, its commas, semicolons and backslashes escaped', () => {
    const [peeters, acm] = events(text);
    expect(prop(peeters ?? [], 'SUMMARY')).toBe(
      'SUMMARY:Beslissen hernieuwing erkenning E/20180101/000001 (Bouwbedrijf Peeters\\; Zonen\\, NV)',
    );
    const description = prop(acm ?? [], 'DESCRIPTION') ?? '';
    expect(description).toBe(
      [
        'DESCRIPTION:Organisatie: ACM (KBO 0417.390.703)',
        'Erkenning: E/20170620/011723',
        'Vestiging: Mega World (Heist-op-den-Berg)',
        'Opleiding: Verkoper',
        'Beslissen vóór 28 april 2027 (gezien op het dashboard op 1 december 2026).',
        "Op app.werkplekduaal.be: Dashboard\\, bij 'Taken' de erkenning kiezen en 'Verdergaan'.",
      ].join('\\n'),
    );
    expect(prop(peeters ?? [], 'DESCRIPTION')).toContain('Vestiging: Werf Noord\\\\Zuid');
  });

  it('keeps each renewal’s UID across exports, another day and another order', () => {
    const later = renewalsCalendar([PEETERS, ACM], { now: new Date('2027-01-15T08:00:00Z'), lang: 'en' });
    const uids = (file: string) => events(file).map((event) => prop(event, 'UID'));
    expect(uids(later)).toEqual(uids(text));
    expect(uids(text)).toEqual([`UID:${renewalUid(PEETERS)}`, `UID:${renewalUid(ACM)}`]);
    expect(renewalUid(ACM)).toBe('hernieuwing-0417390703-E%2F20170620%2F011723@loketgids');
    expect(new Set(uids(text)).size).toBe(2);
    // The same erkenning number at two organisations: two renewals, two UIDs.
    expect(renewalUid({ ...ACM, kbo: KNOWN_KBOS.second })).not.toBe(renewalUid(ACM));
    expect(events(later)[0]?.find((line) => line.startsWith('SUMMARY:'))).toContain('Decide on renewing recognition');
  });

  it('an empty list is a valid calendar without events', () => {
    expect(renewalsCalendar([], { now: NOW })).not.toContain('BEGIN:VEVENT');
    expect(calendarFileName(new Date(2026, 11, 1, 23, 0))).toBe('loketgids-hernieuwingen-2026-12-01.ics');
  });
});

describe('escaping and folding', () => {
  it('escapes backslash, semicolon, comma and new lines (RFC 5545 §3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets and never splits a character of several bytes', () => {
    const ascii = foldLine(`DESCRIPTION:${'x'.repeat(200)}`).split('\r\n');
    // 212 characters: 75 on the first line, then a space and 74 more per line.
    expect(ascii.map((line) => line.length)).toEqual([75, 75, 64]);
    expect(ascii.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    const wide = `SUMMARY:${'é€😀'.repeat(30)}`;
    const folded = foldLine(wide);
    for (const line of folded.split('\r\n')) {
      const bytes = new TextEncoder().encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      // Each piece decodes on its own: no character was cut.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(line);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(wide);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
    // An escape stays whole on one line.
    const escaped = foldLine(`DESCRIPTION:${escapeText(',;'.repeat(60))}`);
    for (const line of escaped.split('\r\n')) expect(line.trimStart()).toMatch(/^(DESCRIPTION:)?(\\[,;])*$/);
  });
});
