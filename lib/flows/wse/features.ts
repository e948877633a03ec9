/** The step features the WSE-loket's flows use: its content script carries these and no others. */
import { clientPicker } from '../../guide/features/client-picker';
import { explainFeature } from '../../guide/features/explain';
import { services } from '../../guide/features/services';
import { topKboCheck } from '../../guide/features/top-kbo-check';
import type { FeatureSet } from '../../guide/features/types';

export const WSE_FEATURES: FeatureSet = {
  'client-picker': clientPicker,
  explain: explainFeature,
  services,
  'top-kbo-check': topKboCheck,
};
