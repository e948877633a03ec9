/**
 * `kbo-or-name-check`: the field takes a KBO number *or* an organisation's name (gebruikersbeheer,
 * "Selecteer organisatie"): letters mean a name, which is fine; digits are checked as a KBO number.
 */
import { z } from 'zod';
import { checkKboOrNameField, readyToCheck } from '../checks';
import type { FeatureKind } from './types';

export const schema = () => z.object({ kind: z.literal('kbo-or-name-check'), field: z.string().min(1) }).strict();

export const kboOrNameCheck: FeatureKind = {
  checkField: async ({ value, settled }) => (readyToCheck(value, 10, settled) ? checkKboOrNameField(value) : []),
};
