/**
 * The background worker's answers to the content scripts about clients (lib/messaging.ts).
 *
 * Design note: the overlay searches on every keystroke at the KBO prompt, so the worker keeps one
 * search index in memory and rebuilds it only when the list's revision (bumped in the same
 * transaction as every client write, lib/db.ts) has moved. The worker may be stopped at any time
 * (MV3); the cache is then simply rebuilt on the next request.
 *
 * @example
 * listen({ ...clientHandlers, ...guideHandlers });
 */
import { db, type LoketgidsDb, readActiveKbo, readClients, readRevision } from '../db';
import { parseKbo } from '../ids';
import type { Handlers } from '../messaging';
import { toSummary } from './model';
import { getClient, setActiveClient } from './repository';
import { ClientSearchIndex } from './search';

/**
 * A search index that follows the database: `get()` returns the cached index while the revision
 * is unchanged and rebuilds it otherwise. Concurrent callers share one rebuild.
 *
 * @example
 * const cache = createIndexCache();
 * (await cache.get()).search('0417');
 */
export function createIndexCache(database: LoketgidsDb = db) {
  let cached: { revision: number; index: ClientSearchIndex } | undefined;
  let building: { revision: number; promise: Promise<ClientSearchIndex> } | undefined;
  return {
    async get(): Promise<ClientSearchIndex> {
      const revision = await readRevision(database);
      if (cached?.revision === revision) return cached.index;
      if (building?.revision === revision) return building.promise;
      const promise = (async () => {
        const [{ clients }, active] = await Promise.all([readClients(database), readActiveKbo(database)]);
        const index = new ClientSearchIndex(clients, active);
        if (!cached || cached.revision < revision) cached = { revision, index };
        return index;
      })();
      building = { revision, promise };
      return promise;
    },
  };
}

/**
 * The message handlers for `clients.search`, `clients.get` and `clients.setActive`, over one database.
 *
 * @example
 * listen(createClientHandlers(new LoketgidsDb('test')));
 */
export function createClientHandlers(database: LoketgidsDb = db): Handlers {
  const cache = createIndexCache(database);
  return {
    'clients.search': async ({ query, limit }) => {
      const index = await cache.get();
      return { clients: index.search(query, { limit: limit ?? 8 }).clients.map(toSummary) };
    },
    'clients.get': async ({ kbo }) => {
      const client = await getClient(kbo, database);
      return { client: client ? toSummary(client) : null };
    },
    'clients.setActive': async ({ kbo }) => {
      // An invalid or unknown number is a normal answer (ok: false), not an error: the overlay
      // may pass whatever is in the portal's field.
      if (kbo !== null && (!parseKbo(kbo).ok || (await getClient(kbo, database)) === null)) return { ok: false };
      await setActiveClient(kbo, database);
      return { ok: true };
    },
  };
}

export const clientHandlers: Handlers = createClientHandlers();
