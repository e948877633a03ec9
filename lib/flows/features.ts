/**
 * Each portal's feature set together, for the Oefenmodus (which guides every portal in one page)
 * and the tests. A portal's content script imports only its own (lib/flows/<portal>/features.ts).
 * Kept apart from lib/flows/registry.ts: the build checks the flow data through the registry
 * before bundling, and the features carry card components.
 */
import type { FeatureSet } from '../guide/features/types';
import type { PortalId } from '../portals';
import { GB_FEATURES } from './gb/features';
import { SZ_FEATURES } from './sz/features';
import { WPD_FEATURES } from './wpd/features';
import { WSE_FEATURES } from './wse/features';

export const PORTAL_FEATURES: Readonly<Record<PortalId, FeatureSet>> = {
  wse: WSE_FEATURES,
  gb: GB_FEATURES,
  sz: SZ_FEATURES,
  wpd: WPD_FEATURES,
};
