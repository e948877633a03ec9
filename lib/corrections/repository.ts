/**
 * The corrections' repository: the only writer of the `corrections` table (lib/db.ts, v3). Every
 * record is checked with zod on the way in and out; after each change the content scripts' mirror
 * in `storage.local` is rewritten (`syncCorrections`): per portal, the stored corrections and
 * those the administrator's policy pushes (lib/policy).
 *
 * @example
 * await addCorrection(correction); // from the background's `corrections.add`
 * const { corrections } = await readCorrections();
 */
import { browser } from 'wxt/browser';
import { type CorruptRecord, db, type LoketgidsDb } from '../db';
import { FLOWS } from '../flows/registry';
import { dropSteps, keepSteps, readKeptSteps } from '../packs/kept';
import { type PackStep, STEPS_MIRROR_KEY } from '../packs/steps';
import { type EffectivePolicy, POLICY_KEY, readPolicy } from '../policy/managed';
import { PORTAL_IDS, type PortalId } from '../portals';
import { CORRECTIONS_KEY, type Correction, sameScreen } from './model';
import { correctionSchema } from './schema';

/** Every stored correction, validated, newest first; bad rows are reported, not thrown. */
export async function readCorrections(
  database: LoketgidsDb = db,
): Promise<{ corrections: Correction[]; corrupt: CorruptRecord[] }> {
  const rows: unknown[] = await database.corrections.toArray();
  const corrections: Correction[] = [];
  const corrupt: CorruptRecord[] = [];
  for (const row of rows) {
    const parsed = correctionSchema.safeParse(row);
    if (parsed.success) corrections.push(parsed.data);
    else {
      corrupt.push({
        table: 'corrections',
        key: String((row as { id?: unknown } | null)?.id ?? '?'),
        problem: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
    }
  }
  return { corrections: corrections.sort((a, b) => b.createdAt - a.createdAt), corrupt };
}

/**
 * Keep corrections (validated): each replaces a stored one with its id, or one for the same
 * screen. Returns what was kept.
 */
export async function putCorrections(list: readonly unknown[], database: LoketgidsDb = db): Promise<Correction[]> {
  const checked = list.map((item) => correctionSchema.parse(item));
  await database.transaction('rw', database.corrections, async () => {
    const stored = (await readCorrections(database)).corrections;
    for (const correction of checked) {
      const replaced = stored.filter((old) => old.id !== correction.id && sameScreen(old, correction));
      if (replaced.length) await database.corrections.bulkDelete(replaced.map((old) => old.id));
      await database.corrections.put(correction);
    }
  });
  await syncCorrections(database);
  return checked;
}

/** Keep one correction taught on a page. */
export async function addCorrection(correction: unknown, database: LoketgidsDb = db): Promise<Correction> {
  const [kept] = await putCorrections([correction], database);
  if (!kept) throw new Error('corrections: not kept');
  return kept;
}

export async function deleteCorrection(id: string, database: LoketgidsDb = db): Promise<void> {
  await database.corrections.delete(id);
  await syncCorrections(database);
}

/** Delete every correction and every imported pack step (the policy's stay: the administrator sets them). */
export async function deleteAllCorrections(database: LoketgidsDb = db): Promise<void> {
  await database.corrections.clear();
  await dropSteps();
  await syncCorrections(database);
}

/** Keep a pack's steps (lib/packs/kept.ts, zod-checked), then rewrite the mirror. Returns the steps kept. */
export async function putPackSteps(steps: readonly unknown[], database: LoketgidsDb = db): Promise<PackStep[]> {
  const kept = await keepSteps(steps);
  await syncCorrections(database);
  return kept;
}

/** Delete one imported pack step by its key (`flow/step id`). */
export async function deletePackStep(key: string, database: LoketgidsDb = db): Promise<void> {
  await dropSteps([key]);
  await syncCorrections(database);
}

/**
 * Rewrite the content scripts' mirror: per portal, the stored corrections and the policy's, and
 * the pack steps in use (imported, then the policy's) under `STEPS_MIRROR_KEY`.
 * The policy's flows switched off go to their own key (lib/policy/managed.ts `POLICY_KEY`).
 */
export async function syncCorrections(
  database: LoketgidsDb = db,
  policy: EffectivePolicy | Promise<EffectivePolicy> = readPolicy(),
): Promise<void> {
  const [{ corrections }, effective, kept] = await Promise.all([readCorrections(database), policy, readKeptSteps()]);
  const byPortal = Object.fromEntries(PORTAL_IDS.map((portal) => [portal, [] as Correction[]])) as Record<
    PortalId,
    Correction[]
  >;
  for (const correction of [...effective.corrections, ...corrections]) byPortal[correction.portal].push(correction);
  const steps = Object.fromEntries(PORTAL_IDS.map((portal) => [portal, [] as PackStep[]])) as Record<
    PortalId,
    PackStep[]
  >;
  // Kept first, then the policy's: applied in this order, the policy's win (lib/packs/apply.ts).
  for (const step of [...kept, ...effective.steps]) {
    const portal = FLOWS.find((flow) => flow.id === step.flow)?.portal;
    if (portal) steps[portal].push(step);
  }
  await browser.storage.local.set({
    [CORRECTIONS_KEY]: byPortal,
    [POLICY_KEY]: { disabledFlows: effective.disabledFlows },
    [STEPS_MIRROR_KEY]: steps,
  });
}
