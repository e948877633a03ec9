/**
 * The step features: one file each. A step lists the features its card shows (`features` in a
 * flow file); the runtime runs them through this registry. Adding a kind: one file here, one line
 * below (the schema union and the registry both come from this list).
 */
import { z } from 'zod';
import { clientPicker, schema as clientPickerSchema } from './client-picker';
import { explainFeature, schema as explainSchema } from './explain';
import { factsFeature, schema as factsSchema } from './facts';
import { kboFieldCheck, schema as kboFieldSchema } from './kbo-field-check';
import { kboOrNameCheck, schema as kboOrNameSchema } from './kbo-or-name-check';
import { rrnFieldCheck, schema as rrnSchema } from './rrn-field-check';
import { services, schema as servicesSchema } from './services';
import { topKboCheck, schema as topKboSchema } from './top-kbo-check';
import type { FeatureKind } from './types';

export const featureSchema = z.discriminatedUnion('kind', [
  clientPickerSchema,
  kboFieldSchema,
  kboOrNameSchema,
  rrnSchema,
  topKboSchema,
  servicesSchema,
  explainSchema,
  factsSchema,
]);
export type Feature = z.infer<typeof featureSchema>;

export const FEATURES: Record<Feature['kind'], FeatureKind> = {
  'client-picker': clientPicker,
  'kbo-field-check': kboFieldCheck,
  'kbo-or-name-check': kboOrNameCheck,
  'rrn-field-check': rrnFieldCheck,
  'top-kbo-check': topKboCheck,
  services,
  explain: explainFeature,
  facts: factsFeature,
};

/** The portal field a feature reads or fills (a key of the page state's targets), if any. */
export function fieldOf(feature: Feature): string | undefined {
  return 'field' in feature ? feature.field : undefined;
}

export type { FeatureContext, FeatureOutput, ServiceView } from './types';
