/**
 * Where the background mirrors what the guide reads besides its flows (lib/corrections/repository.ts
 * `syncCorrections`), in `storage.local`: the corrections in use, the pack steps, the policy's
 * switched-off flows. Names only, so the content script can read them raw (lib/overlay/boot.ts)
 * without the modules that check them.
 */
export const CORRECTIONS_KEY = 'loketgids:corrections';
export const STEPS_MIRROR_KEY = 'loketgids:pack-steps';
/** Mirrors lib/policy/managed.ts `POLICY_KEY` (not imported: that module holds zod). */
export const POLICY_MIRROR_KEY = 'loketgids:policy';
export const EXTRAS_KEYS = [CORRECTIONS_KEY, POLICY_MIRROR_KEY, STEPS_MIRROR_KEY];
