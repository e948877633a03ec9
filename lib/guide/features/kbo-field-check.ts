/** `kbo-field-check`: live check of a KBO number typed in the step's field (ongeldig; school). */
import { z } from 'zod';
import { checkKboAgainstClients } from './client-picker';
import type { FeatureKind } from './types';

export const schema = () => z.object({ kind: z.literal('kbo-field-check'), field: z.string().min(1) }).strict();

export const kboFieldCheck: FeatureKind = { checkField: checkKboAgainstClients };
