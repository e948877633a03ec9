/**
 * The kept Werkplek Duaal renewals: the only writer of the `renewals` table (lib/db.ts v2).
 *
 * Design note: what an organisation's dashboard shows *is* its list, so a look at it replaces
 * that organisation's rows in one transaction (a task decided and gone from the dashboard is
 * gone here too); the other organisations' rows are not touched. The popup follows the table
 * with Dexie's liveQuery; nothing is mirrored to `storage.local` (no portal page reads it).
 *
 * @example
 * await replaceRenewals({ kbo: '0417390703', organisation: 'ACM', seenOn: '2026-12-01', renewals: [...] });
 * const { renewals } = await listRenewals();
 */
import { db, type LoketgidsDb, type RenewalRecord, readRenewals, renewalRecordSchema } from '../db';
import type { RenewalsSeen } from './model';

/**
 * Replaces one organisation's renewals with what its dashboard shows now; returns how many are
 * kept for it. Every record is checked before anything is written: one bad record and nothing
 * changes (the error says which).
 *
 * @example
 * await replaceRenewals({ kbo: '0417390703', organisation: 'ACM', seenOn: '2026-12-01', renewals: [] }); // → 0: none left
 */
export async function replaceRenewals(seen: RenewalsSeen, database: LoketgidsDb = db): Promise<number> {
  const records: RenewalRecord[] = [];
  const erkenningen = new Set<string>();
  for (const renewal of seen.renewals) {
    if (erkenningen.has(renewal.erkenning)) continue;
    erkenningen.add(renewal.erkenning);
    const parsed = renewalRecordSchema.safeParse({
      kbo: seen.kbo,
      organisation: seen.organisation,
      seenOn: seen.seenOn,
      erkenning: renewal.erkenning,
      vestiging: renewal.vestiging,
      opleiding: renewal.opleiding,
      deadline: renewal.deadline,
    });
    if (!parsed.success) throw new Error(`hernieuwing ${renewal.erkenning}: ${parsed.error.message}`);
    records.push(parsed.data);
  }
  await database.transaction('rw', database.renewals, async () => {
    await database.renewals.where('kbo').equals(seen.kbo).delete();
    if (records.length > 0) await database.renewals.bulkPut(records);
  });
  return records.length;
}

/**
 * Every kept renewal across organisations, most urgent first (see `readRenewals`).
 *
 * @example
 * const { renewals, corrupt } = await listRenewals();
 */
export function listRenewals(database: LoketgidsDb = db) {
  return readRenewals(database);
}
