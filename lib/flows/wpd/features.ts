/** The step features Werkplek Duaal's flows use: its content script carries these and no others. */
import { topKboCheck } from '../../guide/features/top-kbo-check';
import type { FeatureSet } from '../../guide/features/types';
import { wpdHeader } from '../../guide/features/wpd-header';
import { wpdRenewals } from '../../guide/features/wpd-renewals';

export const WPD_FEATURES: FeatureSet = {
  'top-kbo-check': topKboCheck,
  'wpd-header': wpdHeader,
  'wpd-renewals': wpdRenewals,
};
