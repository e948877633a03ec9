/** The step features the social security portal's flows use: its content script carries these and no others. */
import { checklist } from '../../guide/features/checklist';
import { factsFeature } from '../../guide/features/facts';
import { rrnFieldCheck } from '../../guide/features/rrn-field-check';
import { rszFieldCheck } from '../../guide/features/rsz-field-check';
import { ticketNumber } from '../../guide/features/ticket-number';
import type { FeatureSet } from '../../guide/features/types';

export const SZ_FEATURES: FeatureSet = {
  checklist,
  facts: factsFeature,
  'rrn-field-check': rrnFieldCheck,
  'rsz-field-check': rszFieldCheck,
  'ticket-number': ticketNumber,
};
