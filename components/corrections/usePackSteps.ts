import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { KEPT_STEPS_KEY, readKeptSteps } from '../../lib/packs/kept';
import type { PackStep } from '../../lib/packs/steps';
import { readPolicy } from '../../lib/policy/managed';

export interface PackStepsInUse {
  /** Imported in this browser (deletable). */
  kept: PackStep[];
  /** From the administrator's policy packs (read-only). */
  policy: PackStep[];
}

/**
 * The pack steps in use, read again whenever the kept ones (storage.local) or the policy
 * (storage.managed) change, in this page or another one. `undefined` until first read.
 *
 * @example
 * const steps = usePackSteps(); // → { kept: [...], policy: [...] }
 */
export function usePackSteps(): PackStepsInUse | undefined {
  const [value, setValue] = useState<PackStepsInUse | undefined>();
  useEffect(() => {
    let stopped = false;
    const load = () =>
      void Promise.all([readKeptSteps(), readPolicy()]).then(([kept, policy]) => {
        if (!stopped) setValue({ kept, policy: policy.steps });
      });
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && KEPT_STEPS_KEY in changes)) load();
    };
    load();
    browser.storage.onChanged.addListener(listener);
    return () => {
      stopped = true;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  return value;
}
