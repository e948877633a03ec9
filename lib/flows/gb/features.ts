/** The step features gebruikersbeheer's flows use: its content script carries these and no others. */
import { factsFeature } from '../../guide/features/facts';
import { kboOrNameCheck } from '../../guide/features/kbo-or-name-check';
import { rrnFieldCheck } from '../../guide/features/rrn-field-check';
import type { FeatureSet } from '../../guide/features/types';

export const GB_FEATURES: FeatureSet = {
  facts: factsFeature,
  'kbo-or-name-check': kboOrNameCheck,
  'rrn-field-check': rrnFieldCheck,
};
