import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatKbo, isValidKbo, kboToVat, mod97, normaliseKboInput, parseKbo } from '../../../lib/ids';
import { anyString, digits, oracle97, twoDigits, withSeparators } from './oracle';

describe('parseKbo — worked examples (DOMAIN.md §3)', () => {
  it('computes 04173907 mod 97 = 94, so the check digits are 03', () => {
    expect(mod97('04173907')).toBe(94);
  });

  it.each([
    ['0417.390.703', '0417390703', '0417.390.703'],
    ['0566.988.259', '0566988259', '0566.988.259'],
    ['0428.759.497', '0428759497', '0428.759.497'],
    ['1027.798.538', '1027798538', '1027.798.538'],
    ['BE 0417 390 703', '0417390703', '0417.390.703'],
    ['BE0417390703', '0417390703', '0417.390.703'],
    ['be0417.390.703', '0417390703', '0417.390.703'],
    ['417390703', '0417390703', '0417.390.703'],
    ['417.390.703', '0417390703', '0417.390.703'],
    ['BE (0)417.390.703', '0417390703', '0417.390.703'],
    ['0417-390-703', '0417390703', '0417.390.703'],
    ['0417/390/703', '0417390703', '0417.390.703'],
    ['  0417\u00a0390\u00a0703  ', '0417390703', '0417.390.703'],
  ])('accepts %s', (input, value, formatted) => {
    expect(parseKbo(input)).toEqual({ ok: true, kind: 'kbo', value, formatted });
  });

  it('refuses 0417.390.704: the check digits are wrong, 03 expected', () => {
    expect(parseKbo('0417.390.704')).toEqual({
      ok: false,
      kind: 'kbo',
      reason: 'wrong-check-digits',
      expected: '03',
      message: {
        nl: 'Ongeldig ondernemingsnummer: het controlegetal klopt niet (verwacht 03).',
        en: 'Invalid enterprise number: the check digits are wrong (expected 03).',
      },
    });
  });

  it('refuses 2147.812.701 as an enterprise number and says it looks like a vestigingseenheidsnummer', () => {
    const result = parseKbo('2147.812.701');
    expect(result).toMatchObject({ ok: false, kind: 'kbo', reason: 'wrong-first-digit' });
    if (result.ok) return;
    expect(result.message.nl).toMatch(/^Ongeldig ondernemingsnummer/);
    expect(result.message.nl).toContain('vestigingseenheidsnummer');
    expect(result.message.en).toContain('establishment unit number');
  });

  it('refuses a number starting with 9 without the vestiging hint', () => {
    const result = parseKbo('9417390703');
    expect(result).toMatchObject({ ok: false, reason: 'wrong-first-digit' });
    if (!result.ok) expect(result.message.nl).not.toContain('vestigingseenheidsnummer');
  });

  it.each(['', '   ', 'BE', 'be ', '...', '(0)'])('asks for a number when given %j', (input) => {
    expect(parseKbo(input)).toEqual({
      ok: false,
      kind: 'kbo',
      reason: 'empty',
      message: { nl: 'Vul een ondernemingsnummer in.', en: 'Enter an enterprise number.' },
    });
  });

  it.each(['0417.39O.703', 'BTW 0417390703', '0417390703x', '０４１７３９０７０３', '٠٤١٧٣٩٠٧٠٣'])(
    'refuses characters other than digits and separators in %s',
    (input) => {
      expect(parseKbo(input)).toMatchObject({ ok: false, reason: 'invalid-characters' });
    },
  );

  it.each([
    ['0417.390', 7, 'Ongeldig ondernemingsnummer: 7 cijfers gevonden, er zijn er 10 nodig.'],
    ['04173907031', 11, 'Ongeldig ondernemingsnummer: 11 cijfers gevonden, er zijn er 10 nodig.'],
    ['5', 1, 'Ongeldig ondernemingsnummer: 1 cijfer gevonden, er zijn er 10 nodig.'],
  ])('says how many digits %s has (%i) and how many are needed', (input, _found, nl) => {
    const result = parseKbo(input);
    expect(result).toMatchObject({ ok: false, reason: 'wrong-length' });
    if (!result.ok) expect(result.message.nl).toBe(nl);
  });

  it('never accepts 00 as check digits', () => {
    expect(parseKbo('0000000000')).toMatchObject({ ok: false, reason: 'wrong-check-digits', expected: '97' });
    expect(parseKbo('0000000097')).toMatchObject({ ok: true });
  });
});

describe('formatKbo, kboToVat, normaliseKboInput', () => {
  it('display and VAT forms (DOMAIN.md §3)', () => {
    expect(formatKbo('0417390703')).toBe('0417.390.703');
    expect(kboToVat('0417390703')).toBe('BE0417390703');
    expect(formatKbo('417390703')).toBe('0417.390.703');
    expect(kboToVat('0417.390.703')).toBe('BE0417390703');
  });

  it('leave input that is not 10 digits unchanged', () => {
    expect(formatKbo('0417')).toBe('0417');
    expect(kboToVat('abc')).toBe('abc');
  });

  it.each([
    ['BE 0417.390.703', '0417390703'],
    ['417390703', '0417390703'],
    ['0417.39', '041739'],
    ['be 1027-798-538', '1027798538'],
    ['BE (0)417 390 703', '0417390703'],
    ['Acme', 'Acme'],
    ['', ''],
  ])('normaliseKboInput(%j) → %j', (input, expected) => {
    expect(normaliseKboInput(input)).toBe(expected);
  });
});

describe('parseKbo — properties', () => {
  const body = fc.tuple(fc.constantFrom('0', '1'), digits(7)).map(([first, rest]) => first + rest);

  it('never throws, and every failure says "ongeldig" or asks for the number', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const result = parseKbo(input);
        normaliseKboInput(input);
        formatKbo(input);
        kboToVat(input);
        if (!result.ok) {
          expect(result.message.nl).toMatch(/ongeldig|^Vul een ondernemingsnummer in\.$/i);
          expect(result.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every body with its right check digits, in every written form', () => {
    fc.assert(
      fc.property(
        body.chain((b) => fc.tuple(fc.constant(b + oracle97(b)), withSeparators(b + oracle97(b)))),
        ([value, written]) => {
          const result = parseKbo(written);
          expect(result).toEqual({ ok: true, kind: 'kbo', value, formatted: formatKbo(value) });
          expect(parseKbo(`BE${written}`)).toMatchObject({ ok: true, value });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses every other pair of check digits and names the right ones', () => {
    fc.assert(
      fc.property(body, twoDigits, (b, check) => {
        fc.pre(check !== oracle97(b));
        expect(parseKbo(b + check)).toMatchObject({ ok: false, reason: 'wrong-check-digits', expected: oracle97(b) });
      }),
      { numRuns: 500 },
    );
  });

  it('format, VAT form and the nine-digit form parse back to the same number', () => {
    fc.assert(
      fc.property(body, (b) => {
        const value = b + oracle97(b);
        expect(formatKbo(value)).toMatch(/^[01]\d{3}\.\d{3}\.\d{3}$/);
        expect(parseKbo(formatKbo(value))).toMatchObject({ ok: true, value });
        expect(parseKbo(kboToVat(value))).toMatchObject({ ok: true, value });
        if (value.startsWith('0')) expect(parseKbo(value.slice(1))).toMatchObject({ ok: true, value });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses every first digit other than 0 or 1, whatever the check digits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...'23456789'), digits(9), (first, rest) => {
        expect(parseKbo(first + rest)).toMatchObject({ ok: false, reason: 'wrong-first-digit' });
      }),
    );
  });
});

describe('parseKbo — hostile input', () => {
  it('handles huge strings without throwing', () => {
    expect(parseKbo('1'.repeat(1_000_000))).toMatchObject({ ok: false, reason: 'wrong-length' });
    expect(parseKbo('x'.repeat(1_000_000))).toMatchObject({ ok: false, reason: 'invalid-characters' });
    expect(parseKbo(' '.repeat(1_000_000))).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('handles control characters and lone surrogates', () => {
    expect(parseKbo('\u0000\ud800')).toMatchObject({ ok: false, reason: 'invalid-characters' });
    expect(parseKbo('0417\u200b390\u200b703')).toMatchObject({ ok: true, value: '0417390703' });
  });
});

describe('isValidKbo — the yes or no of parseKbo, without its messages', () => {
  it('agrees with parseKbo on any input, valid numbers in every written form included', () => {
    const valid = fc
      .tuple(fc.constantFrom('0', '1'), digits(7))
      .map(([first, rest]) => first + rest)
      .map((body) => body + String(97 - (Number(body) % 97)).padStart(2, '0'));
    const written = fc.oneof(valid, valid.chain(withSeparators), digits(10), anyString);
    fc.assert(
      fc.property(written, (input) => {
        const parsed = parseKbo(input);
        const digitsOnly = normaliseKboInput(input);
        expect(isValidKbo(digitsOnly)).toBe(parsed.ok);
        if (parsed.ok) expect(parsed.value).toBe(digitsOnly);
      }),
      { numRuns: 3000 },
    );
    expect(isValidKbo('0417390703')).toBe(true);
    expect(isValidKbo('0417390704')).toBe(false);
  });
});
