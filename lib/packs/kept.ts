/**
 * The pack steps imported in the options page, kept in `storage.local` under `KEPT_STEPS_KEY`
 * (`PackStep[]`, in the order they were imported). Written only by extension pages, through
 * lib/corrections/repository.ts (`putPackSteps`, `deletePackStep`, `deleteAllCorrections`), which
 * then rewrites the content scripts' mirror; never by a content script.
 *
 * Why storage.local and not a Dexie table: at most a few hundred small records, read whole and
 * never searched, so no index and no schema version (and no migration) is needed. Nothing read
 * back is trusted: each step is checked with zod and against the flows this build has, and one
 * that no longer fits (a flow or page state dropped in an update) is left out, not thrown.
 *
 * @example
 * const steps = await readKeptSteps(); // → [{ flow: 'gb.koppel-gebruiker', step: { id: 'organisatie', … } }]
 */
import { browser } from 'wxt/browser';
import { FLOWS, PAGES_BY_ID } from '../flows/registry';
import { checkPackSteps } from './parse';
import { packStepSchema } from './schema';
import { type PackStep, packStepKey } from './steps';

export const KEPT_STEPS_KEY = 'loketgids:pack-steps-kept';
/** At most this many steps kept (imported packs together). */
export const KEPT_STEPS_MAX = 1000;

/**
 * The step's flow, page state and target are this build's. Its `after` is not held to it: a step
 * whose `after` was deleted goes at the end (lib/packs/apply.ts).
 */
const fits = (step: PackStep) => !checkPackSteps([{ ...step, after: undefined }], FLOWS, PAGES_BY_ID);

/** The steps kept, checked; bad or no longer fitting ones are left out. */
export async function readKeptSteps(): Promise<PackStep[]> {
  const stored = (await browser.storage.local.get(KEPT_STEPS_KEY))[KEPT_STEPS_KEY];
  if (!Array.isArray(stored)) return [];
  const out: PackStep[] = [];
  for (const item of stored) {
    const parsed = packStepSchema.safeParse(item);
    if (parsed.success && fits(parsed.data)) out.push(parsed.data);
  }
  return out;
}

/**
 * Keep `steps` (checked with zod): each replaces a kept one with the same flow and step id, in
 * its place; new ones go at the end. Returns the steps now kept.
 */
export async function keepSteps(steps: readonly unknown[]): Promise<PackStep[]> {
  const checked = steps.map((step) => packStepSchema.parse(step));
  const misfit = checked.find((step) => !fits(step));
  if (misfit) throw new Error(`pack steps: ${packStepKey(misfit)} does not fit this build`);
  const kept = await readKeptSteps();
  for (const step of checked) {
    const at = kept.findIndex((old) => packStepKey(old) === packStepKey(step));
    if (at >= 0) kept[at] = step;
    else kept.push(step);
  }
  if (kept.length > KEPT_STEPS_MAX) throw new Error(`pack steps: more than ${KEPT_STEPS_MAX}`);
  await browser.storage.local.set({ [KEPT_STEPS_KEY]: kept });
  return kept;
}

/** Drop the kept steps whose key (`flow/step id`) is in `keys`, or all of them. */
export async function dropSteps(keys?: readonly string[]): Promise<void> {
  if (!keys) {
    await browser.storage.local.remove(KEPT_STEPS_KEY);
    return;
  }
  const kept = await readKeptSteps();
  await browser.storage.local.set({ [KEPT_STEPS_KEY]: kept.filter((s) => !keys.includes(packStepKey(s))) });
}
