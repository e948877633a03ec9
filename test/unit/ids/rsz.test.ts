import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRsz, parseRsz, rszCheckDigits } from '../../../lib/ids';
import { anyString, digits, oracleRsz, twoDigits, withSeparators } from './oracle';

describe('parseRsz — worked examples (DOMAIN.md §3)', () => {
  it.each(['1332967-20', '133296720', '1332967 20', '1.332.967-20', ' 1332967–20 '])('accepts %s', (input) => {
    expect(parseRsz(input)).toEqual({ ok: true, kind: 'rsz', value: '133296720', formatted: '1332967-20' });
  });

  it('refuses 1332967-21: the check digits are wrong, 20 expected', () => {
    expect(parseRsz('1332967-21')).toEqual({
      ok: false,
      kind: 'rsz',
      reason: 'wrong-check-digits',
      expected: '20',
      message: {
        nl: 'Ongeldig RSZ-nummer: het controlegetal klopt niet (verwacht 20).',
        en: 'Invalid NSSO employer number: the check digits are wrong (expected 20).',
      },
    });
  });

  it('writes a remainder of 0 as 97', () => {
    // 96 − ((n × 100) mod 97) = 0 when (n × 100) mod 97 = 96; find such a 7-digit n.
    let n = 1_000_000;
    while ((n * 100) % 97 !== 96) n++;
    expect(rszCheckDigits(String(n))).toBe('97');
    expect(parseRsz(`${n}97`)).toMatchObject({ ok: true });
    expect(parseRsz(`${n}00`)).toMatchObject({ ok: false, reason: 'wrong-check-digits', expected: '97' });
  });

  it.each([
    ['', 'empty'],
    ['1332967-2', 'wrong-length'],
    ['0417.390.703', 'wrong-length'],
    ['1332967-2O', 'invalid-characters'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(parseRsz(input)).toMatchObject({ ok: false, kind: 'rsz', reason });
  });

  it('says how many digits were found and how many are needed', () => {
    const result = parseRsz('1332967-2');
    expect(result).toMatchObject({ ok: false, reason: 'wrong-length' });
    if (!result.ok) expect(result.message.nl).toBe('Ongeldig RSZ-nummer: 8 cijfers gevonden, er zijn er 9 nodig.');
  });

  it('formats 133296720 as 1332967-20', () => {
    expect(formatRsz('133296720')).toBe('1332967-20');
    expect(formatRsz('12')).toBe('12');
  });
});

describe('parseRsz — properties', () => {
  const body = digits(7);

  it('never throws', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const result = parseRsz(input);
        formatRsz(input);
        if (!result.ok) expect(result.message.nl).toMatch(/ongeldig|^Vul een RSZ-nummer in\.$/i);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every body with its right check digits, in every written form', () => {
    fc.assert(
      fc.property(
        body.chain((b) => fc.tuple(fc.constant(b + oracleRsz(b)), withSeparators(b + oracleRsz(b)))),
        ([value, written]) => {
          expect(parseRsz(written)).toMatchObject({ ok: true, value });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses every other pair of check digits', () => {
    fc.assert(
      fc.property(body, twoDigits, (b, check) => {
        fc.pre(check !== oracleRsz(b));
        expect(parseRsz(b + check)).toMatchObject({ ok: false, reason: 'wrong-check-digits', expected: oracleRsz(b) });
      }),
      { numRuns: 500 },
    );
  });

  it('format then parse gives the same number', () => {
    fc.assert(
      fc.property(body, (b) => {
        const value = b + oracleRsz(b);
        expect(formatRsz(value)).toMatch(/^\d{7}-\d{2}$/);
        expect(parseRsz(formatRsz(value))).toMatchObject({ ok: true, value });
      }),
    );
  });
});
