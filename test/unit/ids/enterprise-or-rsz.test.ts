import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEnterpriseOrRsz } from '../../../lib/ids';
import { anyString, digits, oracle97, oracleRsz } from './oracle';

describe('parseEnterpriseOrRsz (seed 002: KBO or RSZ number)', () => {
  it.each([
    ['0417.390.703', 'kbo', '0417390703'],
    ['BE 0417 390 703', 'kbo', '0417390703'],
    ['1027.798.538', 'kbo', '1027798538'],
    ['1332967-20', 'rsz', '133296720'],
    ['133296720', 'rsz', '133296720'],
  ])('accepts %s as %s', (input, kind, value) => {
    expect(parseEnterpriseOrRsz(input)).toMatchObject({ ok: true, kind, value });
  });

  it('reads 1332967-20 as RSZ first, even when it would also be an old-style enterprise number', () => {
    // Find a 7-digit RSZ body whose 9 digits are also a valid enterprise number without its leading 0.
    const rszFor = (body: number) => `${body}${oracleRsz(String(body))}`;
    let n = 1_000_000;
    while (oracle97(`0${n}`) !== rszFor(n).slice(7)) n++;
    const rsz = rszFor(n);
    expect(parseEnterpriseOrRsz(`${rsz.slice(0, 7)}-${rsz.slice(7)}`)).toMatchObject({ ok: true, kind: 'rsz' });
    expect(parseEnterpriseOrRsz(rsz)).toMatchObject({ ok: true, kind: 'kbo', value: `0${rsz}` });
  });

  it('gives the KBO failure for ten digits', () => {
    expect(parseEnterpriseOrRsz('0417.390.704')).toMatchObject({
      ok: false,
      kind: 'kbo',
      reason: 'wrong-check-digits',
      expected: '03',
    });
    const vestiging = parseEnterpriseOrRsz('2147.812.701');
    expect(vestiging).toMatchObject({ ok: false, kind: 'kbo', reason: 'wrong-first-digit' });
    if (!vestiging.ok) expect(vestiging.message.nl).toContain('vestigingseenheidsnummer');
  });

  it('gives the RSZ failure for RSZ-shaped input', () => {
    expect(parseEnterpriseOrRsz('1332967-21')).toMatchObject({
      ok: false,
      kind: 'rsz',
      reason: 'wrong-check-digits',
      expected: '20',
    });
  });

  it('gives the KBO failure for nine digits written like an enterprise number', () => {
    expect(parseEnterpriseOrRsz('417.390.704')).toMatchObject({ ok: false, kind: 'kbo', expected: '03' });
    expect(parseEnterpriseOrRsz('BE417390704')).toMatchObject({ ok: false, kind: 'kbo', expected: '03' });
  });

  it('names both numbers when nine plain digits fit neither', () => {
    const result = parseEnterpriseOrRsz('133296721');
    expect(result).toMatchObject({ ok: false, reason: 'wrong-check-digits' });
    if (result.ok) return;
    expect(result.expected).toBeUndefined();
    expect(result.message.nl).toBe(
      'Ongeldig ondernemingsnummer of RSZ-nummer: het controlegetal klopt niet. Controleer alle cijfers.',
    );
  });

  it('says what both lengths are when the length fits neither', () => {
    const result = parseEnterpriseOrRsz('12345');
    expect(result).toMatchObject({ ok: false, reason: 'wrong-length' });
    if (!result.ok) {
      expect(result.message.nl).toBe(
        'Ongeldig ondernemingsnummer of RSZ-nummer: 5 cijfers gevonden, een ondernemingsnummer heeft er 10 en een RSZ-nummer 9.',
      );
    }
  });

  it('asks for either number when empty, and refuses letters', () => {
    expect(parseEnterpriseOrRsz('  ')).toMatchObject({
      ok: false,
      reason: 'empty',
      message: { nl: 'Vul een ondernemingsnummer of RSZ-nummer in.' },
    });
    expect(parseEnterpriseOrRsz('Acme NV')).toMatchObject({ ok: false, reason: 'invalid-characters' });
  });

  it('never throws, and every failure says "ongeldig" or asks for a number', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const result = parseEnterpriseOrRsz(input);
        if (!result.ok) expect(result.message.nl).toMatch(/ongeldig|^Vul een /i);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every valid enterprise number and every valid RSZ number', () => {
    fc.assert(
      fc.property(fc.constantFrom('0', '1'), digits(7), digits(7), (first, kboRest, rszBody) => {
        const kbo = first + kboRest + oracle97(first + kboRest);
        expect(parseEnterpriseOrRsz(kbo)).toMatchObject({ ok: true, kind: 'kbo', value: kbo });
        const rsz = rszBody + oracleRsz(rszBody);
        expect(parseEnterpriseOrRsz(`${rszBody}-${rsz.slice(7)}`)).toMatchObject({ ok: true, kind: 'rsz', value: rsz });
        expect(parseEnterpriseOrRsz(rsz).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
