import { db } from '../../../lib/db';

/** Empties every table of the shared database (fake-indexeddb lives as long as the test file). */
export async function resetDb(): Promise<void> {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
}
