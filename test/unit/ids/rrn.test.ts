import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatRrn, parseRrn } from '../../../lib/ids';
import { anyString, daysInMonth, digits, oracle97, pad2, twoDigits, withSeparators } from './oracle';

describe('parseRrn — worked examples (DOMAIN.md §3)', () => {
  it.each([
    ['93051822361', '93051822361', '1993-05-18', false],
    ['00012556777', '00012556777', '2000-01-25', false],
    ['17073003384', '17073003384', '2017-07-30', false],
    ['98472899765', '98472899765', '1998-07-28', true],
    ['93.05.18-223.61', '93051822361', '1993-05-18', false],
    ['93 05 18 223 61', '93051822361', '1993-05-18', false],
  ])('accepts %s (born %s)', (input, value, birthDate, bis) => {
    expect(parseRrn(input)).toEqual({
      ok: true,
      kind: 'rrn',
      value,
      formatted: formatRrn(value),
      birthDate,
      bis,
    });
  });

  it('17073003384 is valid only as a birth in the 2000s', () => {
    expect(oracle97('170730033')).not.toBe('84');
    expect(oracle97('2170730033')).toBe('84');
  });

  it('displays 93.05.18-223.61', () => {
    expect(formatRrn('93051822361')).toBe('93.05.18-223.61');
    expect(formatRrn('930518')).toBe('930518');
  });

  it('refuses wrong check digits; one expected value when only one century has that date', () => {
    // 29 February 1900 does not exist, 29 February 2000 does: only the 2000s check digits can be right.
    const body = '000229001';
    const result = parseRrn(`${body}00`);
    expect(result).toMatchObject({ ok: false, reason: 'wrong-check-digits', expected: oracle97(`2${body}`) });
  });

  it('refuses wrong check digits; both possible values in the message when either century fits', () => {
    const result = parseRrn('93051822362');
    expect(result).toMatchObject({ ok: false, kind: 'rrn', reason: 'wrong-check-digits' });
    if (result.ok) return;
    expect(result.expected).toBeUndefined();
    expect(result.message.nl).toBe(
      'Ongeldig rijksregisternummer: het controlegetal klopt niet (verwacht 61 bij geboorte vóór 2000, 90 vanaf 2000).',
    );
  });

  it('names a BIS number as such', () => {
    const result = parseRrn('98472899766');
    expect(result).toMatchObject({ ok: false, reason: 'wrong-check-digits' });
    if (!result.ok) expect(result.message.nl).toMatch(/^Ongeldig BIS-nummer/);
  });

  it.each([
    ['month 13', '931318'],
    ['month 19', '931918'],
    ['month 33 (BIS 13)', '933318'],
    ['month 53 (BIS 13)', '935318'],
    ['month 99', '939918'],
    ['31 April', '930431'],
    ['day 32', '930132'],
    ['30 February', '930230'],
    ['BIS 31 April', '934431'],
  ])('refuses an impossible date: %s', (_label, date) => {
    const body = `${date}001`;
    expect(parseRrn(`${body}${oracle97(body)}`)).toMatchObject({ ok: false, reason: 'invalid-date' });
  });

  it('refuses 29 February in a year that is no leap year, with otherwise right check digits', () => {
    const body = '010229001'; // 2001 is no leap year
    expect(parseRrn(`${body}${oracle97(`2${body}`)}`)).toMatchObject({ ok: false, reason: 'invalid-date' });
    const body1900 = '000229001'; // 1900 is no leap year, 2000 is
    expect(parseRrn(`${body1900}${oracle97(body1900)}`)).toMatchObject({ ok: false, reason: 'invalid-date' });
    expect(parseRrn(`${body1900}${oracle97(`2${body1900}`)}`)).toMatchObject({ ok: true, birthDate: '2000-02-29' });
  });

  it('refuses 29 February of a year that is a leap year in neither century as a date error, whatever the check digits', () => {
    expect(parseRrn('01022900100')).toMatchObject({ ok: false, reason: 'invalid-date' });
  });

  it.each([
    ['BIS, month and day unknown', '852000', '1985-00-00', true],
    ['BIS +40, day unknown', '854700', '1985-07-00', true],
    ['RRN, day unknown', '850700', '1985-07-00', false],
    ['RRN, month 00 (unknown or serials ran out): day digits are a counter', '850017', '1985-00-00', false],
  ])('is lenient with unknown parts of the date: %s', (_label, date, birthDate, bis) => {
    const body = `${date}001`;
    expect(parseRrn(`${body}${oracle97(body)}`)).toMatchObject({ ok: true, birthDate, bis });
  });

  it.each([
    ['', 'empty', 'Vul een rijksregisternummer in.'],
    ['9305182236', 'wrong-length', 'Ongeldig rijksregisternummer: 10 cijfers gevonden, er zijn er 11 nodig.'],
    ['93.05.18-223.6l', 'invalid-characters', undefined],
  ])('refuses %j (%s)', (input, reason, nl) => {
    const result = parseRrn(input);
    expect(result).toMatchObject({ ok: false, kind: 'rrn', reason });
    if (nl !== undefined && !result.ok) expect(result.message.nl).toBe(nl);
  });
});

describe('parseRrn — privacy (DOMAIN.md §3)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('logs nothing, whatever it is given', () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => {}),
    );
    for (const input of ['93051822361', '93051822362', '93131822361', '9305182236', 'x', '', '98472899765']) {
      parseRrn(input);
      formatRrn(input);
    }
    fc.assert(fc.property(digits(11), (input) => void parseRrn(input)));
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('no message repeats the number or its date and serial part', () => {
    fc.assert(
      fc.property(digits(11).chain(withSeparators), (input) => {
        const result = parseRrn(input);
        if (result.ok) return;
        const value = input.replace(/\D/g, '');
        for (const text of [result.message.nl, result.message.en]) {
          expect(text).not.toContain(value.slice(0, 9));
          expect(text).not.toContain(value.slice(0, 6));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseRrn — properties', () => {
  const birth = fc
    .record({
      year: fc.integer({ min: 1900, max: 2099 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      serial: fc.integer({ min: 1, max: 998 }),
      bisOffset: fc.constantFrom(0, 20, 40),
    })
    .filter(({ year, month, day }) => day <= daysInMonth(year, month))
    .map((b) => {
      const body = `${pad2(b.year % 100)}${pad2(b.month + b.bisOffset)}${pad2(b.day)}${String(b.serial).padStart(3, '0')}`;
      const check = b.year >= 2000 ? oracle97(`2${body}`) : oracle97(body);
      return { ...b, body, value: body + check, birthDate: `${b.year}-${pad2(b.month)}-${pad2(b.day)}` };
    });

  it('never throws', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const result = parseRrn(input);
        formatRrn(input);
        if (!result.ok) expect(result.message.nl).toMatch(/ongeldig|^Vul een rijksregisternummer in\.$/i);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every real date with its right check digits, in every written form, and reads the date back', () => {
    fc.assert(
      fc.property(
        birth.chain((b) => fc.tuple(fc.constant(b), withSeparators(b.value))),
        ([b, written]) => {
          expect(parseRrn(written)).toEqual({
            ok: true,
            kind: 'rrn',
            value: b.value,
            formatted: formatRrn(b.value),
            birthDate: b.birthDate,
            bis: b.bisOffset !== 0,
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('accepts exactly the check digits of a century in which the date exists', () => {
    fc.assert(
      fc.property(birth, twoDigits, (b, check) => {
        const yy = b.year % 100;
        const fits = [1900 + yy, 2000 + yy].filter((year) => b.day <= daysInMonth(year, b.month));
        const right = fits.map((year) => (year >= 2000 ? oracle97(`2${b.body}`) : oracle97(b.body)));
        const result = parseRrn(b.body + check);
        expect(result.ok).toBe(right.includes(check));
        if (!result.ok) expect(result.reason).toMatch(/^(wrong-check-digits|invalid-date)$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('format then parse gives the same number', () => {
    fc.assert(
      fc.property(birth, (b) => {
        expect(formatRrn(b.value)).toMatch(/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/);
        expect(parseRrn(formatRrn(b.value))).toMatchObject({ ok: true, value: b.value });
      }),
    );
  });
});
