/**
 * The step features: one file each. A step lists the features its card shows (`features` in a
 * flow file); the runtime runs the ones its portal's content script carries
 * (lib/flows/<portal>/features.ts). Adding a kind: one file here, one line below, one in
 * ./schema.ts (the schema union, checked by the tests and the build) and one in the feature set of
 * each portal whose flows use it. This registry of every kind is for the tests; no content script
 * imports it.
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

export {
  type FeatureContext,
  type FeatureKind,
  type FeatureOutput,
  type FeatureSet,
  fieldOf,
  type ServiceView,
} from './types';
