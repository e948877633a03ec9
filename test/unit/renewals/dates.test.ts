/**
 * Deadlines as calendar days: the day seen + "Dagen resterend", across month, year and
 * leap-day ends and daylight-saving changes; days left counted back; the words the card and the
 * popup say; most urgent first.
 */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  byUrgency,
  daysBetween,
  daysLeftText,
  deadlineText,
  formatDay,
  isDay,
  localDay,
} from '../../../lib/renewals/dates';

describe('deadline = the day seen + N days', () => {
  it.each([
    ['2026-12-01', 10, '2026-12-11'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 365, '2029-02-28'],
    ['2026-12-25', 10, '2027-01-04'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-12-01', 148, '2027-04-28'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-12-01', 0, '2026-12-01'],
    ['2027-01-02', -3, '2026-12-30'],
    ['2026-06-15', 5 * 365 + 1, '2031-06-15'],
  ])('%s + %i → %s', (seen, days, deadline) => {
    expect(addDays(seen, days)).toBe(deadline);
    expect(daysBetween(seen, deadline)).toBe(days);
  });

  it('the day seen is the local calendar day, late in the evening and early in the morning', () => {
    expect(localDay(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(localDay(new Date(2027, 0, 1, 0, 1))).toBe('2027-01-01');
    expect(localDay(new Date(2026, 2, 29, 2, 30).getTime())).toBe('2026-03-29');
  });

  it('knows a day from what only looks like one', () => {
    expect(isDay('2026-12-11')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', '11/12/2026', '2026-1-1', '', 20261211, null]) {
      expect(isDay(bad), String(bad)).toBe(false);
    }
  });
});

describe('the words', () => {
  it.each([
    [10, 'nl', 'Beslissen vóór 11 december 2026, nog 10 dagen'],
    [1, 'nl', 'Beslissen vóór 11 december 2026, nog 1 dag'],
    [0, 'nl', 'Beslissen vóór 11 december 2026, vandaag'],
    [-1, 'nl', 'Beslissen vóór 11 december 2026: verlopen, 1 dag te laat'],
    [-3, 'nl', 'Beslissen vóór 11 december 2026: verlopen, 3 dagen te laat'],
    [10, 'en', 'Decide before 11 December 2026, 10 days left'],
    [1, 'en', 'Decide before 11 December 2026, 1 day left'],
    [0, 'en', 'Decide before 11 December 2026, today'],
    [-3, 'en', 'Decide before 11 December 2026: overdue by 3 days'],
  ] as const)('%i days left (%s): %s', (days, lang, text) => {
    expect(deadlineText('2026-12-11', days, lang)).toBe(text);
  });

  it('writes the day the same in every time zone', () => {
    expect(formatDay('2027-01-01', 'nl')).toBe('1 januari 2027');
    expect(formatDay('2027-01-01', 'en')).toBe('1 January 2027');
    expect(daysLeftText(2, 'nl')).toBe('nog 2 dagen');
  });
});

describe('most urgent first', () => {
  it('earliest deadline first; then by erkenning, then by organisation', () => {
    const list = [
      { kbo: '0417390703', erkenning: 'E/3', deadline: '2027-04-28' },
      { kbo: '0566988259', erkenning: 'E/2', deadline: '2026-12-11' },
      { kbo: '0417390703', erkenning: 'E/1', deadline: '2026-12-11' },
      { kbo: '0417390703', erkenning: 'E/9', deadline: '2026-11-20' },
      { kbo: '0428759497', erkenning: 'E/2', deadline: '2026-12-11' },
    ];
    expect([...list].sort(byUrgency).map((r) => `${r.deadline} ${r.erkenning} ${r.kbo}`)).toEqual([
      '2026-11-20 E/9 0417390703',
      '2026-12-11 E/1 0417390703',
      '2026-12-11 E/2 0428759497',
      '2026-12-11 E/2 0566988259',
      '2027-04-28 E/3 0417390703',
    ]);
  });
});
