import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVestiging, parseVestiging } from '../../../lib/ids';
import { anyString, digits, oracle97, twoDigits, withSeparators } from './oracle';

describe('parseVestiging — worked examples (DOMAIN.md §3)', () => {
  it.each([
    ['2.147.812.701', '2147812701'],
    ['2.147.812.897', '2147812897'],
    ['2147812701', '2147812701'],
    ['2 147 812 897', '2147812897'],
  ])('accepts %s', (input, value) => {
    expect(parseVestiging(input)).toEqual({ ok: true, kind: 'vestiging', value, formatted: formatVestiging(value) });
  });

  it('accepts 97 as check digits (21478128 mod 97 = 0)', () => {
    expect(parseVestiging('2.147.812.897')).toMatchObject({ ok: true, formatted: '2.147.812.897' });
  });

  it('displays 2.147.812.701', () => {
    expect(formatVestiging('2147812701')).toBe('2.147.812.701');
  });

  it('refuses wrong check digits and names the right ones', () => {
    expect(parseVestiging('2.147.812.702')).toEqual({
      ok: false,
      kind: 'vestiging',
      reason: 'wrong-check-digits',
      expected: '01',
      message: {
        nl: 'Ongeldig vestigingseenheidsnummer: het controlegetal klopt niet (verwacht 01).',
        en: 'Invalid establishment unit number: the check digits are wrong (expected 01).',
      },
    });
  });

  it('refuses an enterprise number and says it looks like one', () => {
    const result = parseVestiging('0417.390.703');
    expect(result).toMatchObject({ ok: false, reason: 'wrong-first-digit' });
    if (!result.ok) expect(result.message.nl).toContain('Dit lijkt op een ondernemingsnummer');
  });

  it.each([
    ['', 'empty'],
    ['2.147.812', 'wrong-length'],
    ['2.147.812.70l', 'invalid-characters'],
    ['9.147.812.701', 'wrong-first-digit'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(parseVestiging(input)).toMatchObject({ ok: false, kind: 'vestiging', reason });
  });
});

describe('parseVestiging — properties', () => {
  const body = fc.tuple(fc.constantFrom(...'2345678'), digits(7)).map(([first, rest]) => first + rest);

  it('never throws', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const result = parseVestiging(input);
        formatVestiging(input);
        if (!result.ok) expect(result.message.nl).toMatch(/ongeldig|^Vul een vestigingseenheidsnummer in\.$/i);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every body with its right check digits, in every written form', () => {
    fc.assert(
      fc.property(
        body.chain((b) => fc.tuple(fc.constant(b + oracle97(b)), withSeparators(b + oracle97(b)))),
        ([value, written]) => {
          expect(parseVestiging(written)).toMatchObject({ ok: true, value });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses every other pair of check digits', () => {
    fc.assert(
      fc.property(body, twoDigits, (b, check) => {
        fc.pre(check !== oracle97(b));
        expect(parseVestiging(b + check)).toMatchObject({
          ok: false,
          reason: 'wrong-check-digits',
          expected: oracle97(b),
        });
      }),
      { numRuns: 500 },
    );
  });

  it('format then parse gives the same number', () => {
    fc.assert(
      fc.property(body, (b) => {
        const value = b + oracle97(b);
        expect(formatVestiging(value)).toMatch(/^[2-8]\.\d{3}\.\d{3}\.\d{3}$/);
        expect(parseVestiging(formatVestiging(value))).toMatchObject({ ok: true, value });
      }),
    );
  });
});
