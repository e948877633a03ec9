/**
 * The practice profile: the Oefenmodus's own client list, in its own IndexedDB database
 * (`loketgids-oefen`), so demo clients never mix with the user's list (`loketgids`).
 *
 * Design note: the repository's writes (lib/clients/repository.ts) mirror the active client and the
 * settings into `storage.local` after each change, for the content scripts. The practice profile
 * must never touch that mirror, so it writes its two tables itself and keeps its active client in
 * its own `meta` row. Reads go through the same validating readers as the user's list.
 *
 * @example
 * await resetPracticeProfile(); // the demo clients, no active client
 * const clients = createPracticeClients();
 * await clients.search('oefen');
 */

import { toSummary } from '../clients/model';
import { ClientSearchIndex } from '../clients/search';
import { LoketgidsDb, readActiveKbo, readClient, readClients } from '../db';
import { parseKbo } from '../ids';
import type { ClientSummary } from '../messaging';
import { DEMO_CLIENTS } from './demo';

export const PRACTICE_DB_NAME = 'loketgids-oefen';

let shared: LoketgidsDb | undefined;
/** The practice database (one connection per page). */
export function practiceDb(): LoketgidsDb {
  shared ??= new LoketgidsDb(PRACTICE_DB_NAME);
  return shared;
}

/** Wipe the practice profile and load the demo clients again; the user's own list is not touched. */
export async function resetPracticeProfile(database: LoketgidsDb = practiceDb(), now = Date.now()): Promise<void> {
  await database.transaction('rw', database.clients, database.meta, async () => {
    await database.clients.clear();
    await database.meta.clear();
    await database.clients.bulkPut(DEMO_CLIENTS.map((client) => ({ ...client, createdAt: now, updatedAt: now })));
    await database.meta.put({ key: 'clientsRevision', value: now });
  });
}

/** Load the demo clients into a practice profile that has none yet (the first visit). */
export async function ensurePracticeProfile(database: LoketgidsDb = practiceDb()): Promise<void> {
  if ((await database.clients.count()) === 0) await resetPracticeProfile(database);
}

export interface PracticeClients {
  search(query: string): Promise<ClientSummary[]>;
  get(kbo: string): Promise<ClientSummary | null>;
  setActive(kbo: string | null): Promise<void>;
  active(): Promise<ClientSummary | null>;
}

/** The guide's client lookups (`GuideDeps.searchClients` …) over the practice profile. */
export function createPracticeClients(database: LoketgidsDb = practiceDb()): PracticeClients {
  return {
    async search(query) {
      const [{ clients }, active] = await Promise.all([readClients(database), readActiveKbo(database)]);
      return new ClientSearchIndex(clients, active).search(query, { limit: 8 }).clients.map(toSummary);
    },
    async get(kbo) {
      const client = await readClient(kbo, database);
      return client ? toSummary(client) : null;
    },
    async setActive(kbo) {
      const parsed = kbo === null ? null : parseKbo(kbo);
      if (parsed && !parsed.ok) return;
      const key = parsed ? parsed.value : null;
      if (key !== null && (await readClient(key, database)) === null) return;
      await database.transaction('rw', database.clients, database.meta, async () => {
        if (key !== null) {
          const current = await readClient(key, database);
          if (current) await database.clients.put({ ...current, lastUsedAt: Date.now() });
        }
        await database.meta.put({ key: 'activeClient', value: key });
      });
    },
    async active() {
      const kbo = await readActiveKbo(database);
      return kbo === null ? null : this.get(kbo);
    },
  };
}
