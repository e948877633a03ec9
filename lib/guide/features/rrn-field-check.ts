/**
 * `rrn-field-check`: live check of a rijksregisternummer typed into a portal field. The number is
 * checked on the spot and never stored, logged or repeated (DOMAIN.md §3).
 */
import { z } from 'zod';
import { checkRrnField, readyToCheck } from '../checks';
import type { FeatureKind } from './types';

export const schema = () => z.object({ kind: z.literal('rrn-field-check'), field: z.string().min(1) }).strict();

export const rrnFieldCheck: FeatureKind = {
  checkField: async ({ value, settled }) => (readyToCheck(value, 11, settled) ? checkRrnField(value) : []),
};
