/**
 * Zod schemas for the identifiers, for every boundary where one comes in (imported client lists,
 * records read back from IndexedDB, messages between contexts; STYLE.md "zod at every boundary").
 */
import { z } from 'zod';
import { parseKbo } from './kbo';
import { bilingualText, type IdResult } from './result';
import { parseRrn } from './rrn';
import { parseRsz } from './rsz';
import { parseVestiging } from './vestiging';

/**
 * Makes a zod schema from an identifier parser: a string in, the normalised digits out. A refused
 * value gives one custom issue whose message is the Dutch text, then " / ", then the English one, and
 * whose `params` carry the `reason` (and `expected` check digits) for code.
 *
 * @example
 * const schema = idSchema(parseKbo);
 * schema.parse('BE 0417.390.703') // → '0417390703'
 */
export function idSchema(parse: (input: string) => IdResult) {
  return z.string().transform((input, ctx) => {
    const result = parse(input);
    if (result.ok) return result.value;
    ctx.addIssue({
      code: 'custom',
      message: bilingualText(result.message),
      params:
        result.expected === undefined
          ? { reason: result.reason }
          : { reason: result.reason, expected: result.expected },
    });
    return z.NEVER;
  });
}

/**
 * An ondernemingsnummer in any accepted form, out as its 10 digits.
 *
 * @example
 * kboSchema.parse('BE 0417 390 703') // → '0417390703'
 */
export const kboSchema = idSchema(parseKbo);

/**
 * A vestigingseenheidsnummer, out as its 10 digits.
 *
 * @example
 * vestigingSchema.parse('2.147.812.701') // → '2147812701'
 */
export const vestigingSchema = idSchema(parseVestiging);

/**
 * A rijksregister- or BIS-nummer, out as its 11 digits. Its issues never repeat the number (DOMAIN.md §3, privacy).
 *
 * @example
 * rrnSchema.parse('93.05.18-223.61') // → '93051822361'
 */
export const rrnSchema = idSchema(parseRrn);

/**
 * An RSZ-werkgeversnummer, out as its 9 digits.
 *
 * @example
 * rszSchema.parse('1332967-20') // → '133296720'
 */
export const rszSchema = idSchema(parseRsz);
