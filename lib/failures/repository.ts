/**
 * The failure counts' repository: the only writer of the `failures` table (lib/db.ts, v3).
 *
 * @example
 * await addFailures('gb', [{ flow: 'gb.koppel-gebruiker', step: 'gebruiker', kind: 'no-target', count: 1 }]);
 * const worst = await readFailures(); // most failures first
 */
import { z } from 'zod';
import { db, type FailureRecord, type LoketgidsDb } from '../db';
import { FAILURE_KINDS, type FailureEntry } from './model';

const failureRecordSchema = z.object({
  portal: z.string().max(20),
  flow: z.string().min(1).max(100),
  step: z.string().min(1).max(100),
  kind: z.enum(FAILURE_KINDS),
  count: z.number().int().nonnegative(),
  lastAt: z.number().finite(),
});

/** Add counts (each entry's `count` to its step's), in one transaction. */
export async function addFailures(
  portal: string,
  entries: readonly Omit<FailureEntry, 'portal'>[],
  database: LoketgidsDb = db,
  now: number = Date.now(),
): Promise<void> {
  await database.transaction('rw', database.failures, async () => {
    for (const entry of entries) {
      const key: [string, string, FailureRecord['kind']] = [entry.flow, entry.step, entry.kind];
      const old = failureRecordSchema.safeParse(await database.failures.get(key));
      const count = (old.success ? old.data.count : 0) + entry.count;
      await database.failures.put({ portal, flow: entry.flow, step: entry.step, kind: entry.kind, count, lastAt: now });
    }
  });
}

/** Every count, validated (bad rows left out), most failures first. */
export async function readFailures(database: LoketgidsDb = db): Promise<FailureRecord[]> {
  const rows: unknown[] = await database.failures.toArray();
  return rows
    .map((row) => failureRecordSchema.safeParse(row))
    .filter((r) => r.success)
    .map((r) => r.data)
    .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);
}

export async function clearFailures(database: LoketgidsDb = db): Promise<void> {
  await database.failures.clear();
}
