/**
 * Belgian identifiers: parse, normalise, validate and format (DOMAIN.md §3).
 *
 * Every `parse…` function takes any string, never throws, and returns an `IdResult`: the normalised
 * digits and display form, or a reason code with a Dutch/English message. The zod schemas wrapping the
 * same parsers for boundaries are in `./schemas` (not re-exported here: portal pages load this module). Rijksregisternummers are personal data: nothing here logs or stores one.
 *
 * @example
 * import { parseKbo } from '../lib/ids';
 * const result = parseKbo('BE 0417 390 703');
 * if (result.ok) result.formatted; // '0417.390.703'
 */
export { parseEnterpriseOrRsz } from './enterprise-or-rsz';
export { formatKbo, isValidKbo, kboToVat, normaliseKboInput, parseKbo } from './kbo';
export { checkDigits97, mod97, rszCheckDigits } from './mod97';
export type { Bilingual, IdFailure, IdKind, IdReason, IdResult, IdSuccess } from './result';
export { bilingualText } from './result';
export { formatRrn, parseRrn, type RrnResult } from './rrn';
export { formatRsz, parseRsz } from './rsz';
export { formatVestiging, parseVestiging } from './vestiging';
