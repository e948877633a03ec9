import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bilingualText, checkDigits97, mod97, rszCheckDigits } from '../../../lib/ids';
import { anyString, digits, oracle97, oracleRsz } from './oracle';

describe('mod97 and check digits', () => {
  it('match the formulas of DOMAIN.md §3 on the worked examples', () => {
    expect(mod97('04173907')).toBe(94);
    expect(checkDigits97('04173907')).toBe('03');
    expect(checkDigits97('21478128')).toBe('97');
    expect(rszCheckDigits('1332967')).toBe('20');
  });

  it('agree with a BigInt oracle for bodies of any length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }).chain(digits), (body) => {
        expect(mod97(body)).toBe(Number(BigInt(body) % 97n));
        expect(checkDigits97(body)).toBe(oracle97(body));
      }),
    );
    fc.assert(
      fc.property(digits(7), (body) => {
        expect(rszCheckDigits(body)).toBe(oracleRsz(body));
      }),
    );
  });

  it('never give 00', () => {
    fc.assert(
      fc.property(digits(9), (body) => {
        expect(checkDigits97(body)).not.toBe('00');
      }),
    );
  });

  it('refuse non-digits without throwing', () => {
    expect(mod97('12a')).toBeNaN();
    expect(checkDigits97('12a')).toBe('');
    expect(rszCheckDigits('١٢٣')).toBe('');
    fc.assert(
      fc.property(anyString, (input) => {
        checkDigits97(input);
        rszCheckDigits(input);
      }),
    );
  });

  it('bilingualText puts Dutch first', () => {
    expect(bilingualText({ nl: 'Vul een ondernemingsnummer in.', en: 'Enter an enterprise number.' })).toBe(
      'Vul een ondernemingsnummer in. / Enter an enterprise number.',
    );
  });
});
