/**
 * The step features: one file each. A step lists the features its card shows (`features` in a
 * flow file); the runtime runs them through this registry. Adding a kind: one file here, one line
 * below and one in ./schema.ts (the schema union, checked by the tests and the build).
 */
import { checklist } from './checklist';
import { clientPicker } from './client-picker';
import { explainFeature } from './explain';
import { factsFeature } from './facts';
import { kboFieldCheck } from './kbo-field-check';
import { kboOrNameCheck } from './kbo-or-name-check';
import { rrnFieldCheck } from './rrn-field-check';
import { rszFieldCheck } from './rsz-field-check';
import type { Feature } from './schema';
import { services } from './services';
import { ticketNumber } from './ticket-number';
import { topKboCheck } from './top-kbo-check';
import type { FeatureKind } from './types';
import { wpdHeader } from './wpd-header';
import { wpdRenewals } from './wpd-renewals';

export type { Feature } from './schema';

export const FEATURES: Record<Feature['kind'], FeatureKind> = {
  'client-picker': clientPicker,
  'kbo-field-check': kboFieldCheck,
  'kbo-or-name-check': kboOrNameCheck,
  'rrn-field-check': rrnFieldCheck,
  'rsz-field-check': rszFieldCheck,
  'top-kbo-check': topKboCheck,
  services,
  explain: explainFeature,
  facts: factsFeature,
  checklist,
  'ticket-number': ticketNumber,
  'wpd-header': wpdHeader,
  'wpd-renewals': wpdRenewals,
};

/** The portal field a feature reads or fills (a key of the page state's targets), if any. */
export function fieldOf(feature: Feature): string | undefined {
  return 'field' in feature ? feature.field : undefined;
}

export type { FeatureContext, FeatureOutput, ServiceView } from './types';
