/**
 * The content script's side of corrections, pack steps and policy: read the mirror the background keeps in
 * `storage.local` (lib/corrections/repository.ts `syncCorrections`) for one portal, and follow its
 * changes. Checked with small guards (no zod on portal pages); anything malformed counts as none.
 *
 * @example
 * const { corrections, disabledFlows, steps } = await loadExtras('gb');
 */
import { browser } from 'wxt/browser';
import { arrayOf, isRecord, isString } from '../guard';
import type { GuideExtras } from '../guide/view';
import { toPackSteps } from '../packs/steps';
import type { PortalId } from '../portals';
import { CORRECTIONS_KEY, EXTRAS_KEYS, POLICY_MIRROR_KEY, STEPS_MIRROR_KEY } from './keys';
import { toCorrections } from './model';

export { POLICY_MIRROR_KEY } from './keys';

/** What was read raw from storage (lib/overlay/boot.ts reads it before this module is there), checked. */
export function extrasOf(stored: Record<string, unknown>, portal: PortalId): GuideExtras {
  const policy = stored[POLICY_MIRROR_KEY];
  const disabled = isRecord(policy) ? arrayOf(policy.disabledFlows, (s) => (isString(s, 100) ? s : undefined)) : [];
  return {
    corrections: toCorrections(stored[CORRECTIONS_KEY], portal),
    disabledFlows: disabled ?? [],
    steps: toPackSteps(stored[STEPS_MIRROR_KEY], portal),
  };
}

const KEYS = EXTRAS_KEYS;

export async function loadExtras(portal: PortalId): Promise<GuideExtras> {
  return extrasOf(await browser.storage.local.get(KEYS), portal);
}

/** Call `onChange` when this portal's corrections, pack steps or the policy's flows change, until `signal` aborts. */
export function watchExtras(portal: PortalId, onChange: (extras: GuideExtras) => void, signal: AbortSignal): void {
  let last = '';
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !KEYS.some((key) => key in changes)) return;
    void loadExtras(portal).then((extras) => {
      const key = JSON.stringify(extras);
      if (key === last || signal.aborted) return;
      last = key;
      onChange(extras);
    });
  };
  void loadExtras(portal).then((extras) => {
    last = JSON.stringify(extras);
  });
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
