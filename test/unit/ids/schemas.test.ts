import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { kboSchema, rrnSchema, rszSchema, vestigingSchema } from '../../../lib/ids/schemas';

describe('identifier zod schemas', () => {
  it.each([
    ['kbo', kboSchema, 'BE 0417.390.703', '0417390703'],
    ['kbo (nine digits)', kboSchema, '417390703', '0417390703'],
    ['vestiging', vestigingSchema, '2.147.812.701', '2147812701'],
    ['rrn', rrnSchema, '93.05.18-223.61', '93051822361'],
    ['rsz', rszSchema, '1332967-20', '133296720'],
  ] as const)('%s: a valid number comes out as its digits', (_kind, schema, input, digits) => {
    expect(schema.parse(input)).toBe(digits);
  });

  it('a refused number gives one issue with the Dutch message, then the English one', () => {
    const result = kboSchema.safeParse('0417.390.704');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]).toMatchObject({
      code: 'custom',
      message:
        'Ongeldig ondernemingsnummer: het controlegetal klopt niet (verwacht 03). / Invalid enterprise number: the check digits are wrong (expected 03).',
      params: { reason: 'wrong-check-digits', expected: '03' },
    });
  });

  it.each([
    [vestigingSchema, '0417.390.703', 'Ongeldig vestigingseenheidsnummer'],
    [rrnSchema, '93051822362', 'Ongeldig rijksregisternummer'],
    [rszSchema, '1332967-21', 'Ongeldig RSZ-nummer'],
    [kboSchema, '', 'Vul een ondernemingsnummer in.'],
  ])('the issue carries the Dutch text (%#)', (schema, input, nl) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(nl);
  });

  it('an rrn issue never repeats the number', () => {
    const result = rrnSchema.safeParse('93051822362');
    expect(JSON.stringify(result.error?.issues)).not.toContain('930518223');
  });

  it('refuses non-strings without throwing', () => {
    expect(kboSchema.safeParse(417390703).success).toBe(false);
    expect(rrnSchema.safeParse(undefined).success).toBe(false);
  });

  it('works inside a bigger schema, as at an import boundary', () => {
    const client = z.object({ name: z.string(), kbo: kboSchema });
    expect(client.parse({ name: 'Acme', kbo: 'BE0417390703' })).toEqual({ name: 'Acme', kbo: '0417390703' });
    const bad = client.safeParse({ name: 'Acme', kbo: '2147.812.701' });
    expect(bad.error?.issues[0]?.path).toEqual(['kbo']);
  });
});
