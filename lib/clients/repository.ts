/**
 * The client list: every write to the `clients` table and the client-related settings goes
 * through here.
 *
 * Design note: each write runs in one Dexie transaction that also bumps `clientsRevision`, then
 * mirrors the small hot state (active client, settings, revision) into `storage.local` with
 * `writeState` (lib/state.ts), which is how the overlays on portal pages hear of the change.
 * Popup and options follow IndexedDB itself through Dexie's liveQuery.
 *
 * @example
 * await addClient({ kbo: '0417.390.703', name: 'AB InBev', tags: 'brouwerij' });
 * await setActiveClient('0417390703');
 */
import {
  type ClientRecord,
  type CorruptRecord,
  db,
  type LoketgidsDb,
  readActiveKbo,
  readClient,
  readClients,
  readRevision,
  readSettings,
  validateClientRecord,
} from '../db';
import { formatKbo, parseKbo } from '../ids';
import { type Settings, type State, writeState } from '../state';
import { settingsSchema } from '../state-schema';
import { ClientError, type ClientInput, toSummary, validateClientInput } from './model';

/**
 * Moves the revision on; call inside a rw transaction over `meta`. Not a plain counter: after a
 * wiped database a counter would restart at 1 and could repeat a value a running worker's cache
 * already saw, so it jumps to at least the current time (ms), which never repeats.
 */
export async function bumpRevision(database: LoketgidsDb): Promise<number> {
  const next = Math.max((await readRevision(database)) + 1, Date.now());
  await database.meta.put({ key: 'clientsRevision', value: next });
  return next;
}

/**
 * Mirrors the active client, the settings and the revision into `storage.local` (lib/state.ts).
 * Called after every write; also safe to call on start-up to repair a mirror that drifted (a
 * cleared storage area, a crash between the two writes).
 *
 * @example
 * await syncState(); // → { activeClient: { kbo: '0417390703', … }, settings, clientsRevision: 12 }
 */
export async function syncState(database: LoketgidsDb = db): Promise<State> {
  const [activeKbo, { settings }, revision] = await Promise.all([
    readActiveKbo(database),
    readSettings(database),
    readRevision(database),
  ]);
  const active = activeKbo === null ? null : await readClient(activeKbo, database);
  return writeState({ activeClient: active ? toSummary(active) : null, settings, clientsRevision: revision });
}

function kboOrThrow(input: string): string {
  const result = parseKbo(input);
  if (!result.ok) throw new ClientError([{ field: 'kbo', message: result.message }]);
  return result.value;
}

function alreadyListed(existing: ClientRecord) {
  return new ClientError([
    {
      field: 'kbo',
      message: {
        nl: `Dit ondernemingsnummer staat al in de lijst: ${existing.name} (${formatKbo(existing.kbo)}).`,
        en: `This enterprise number is already in the list: ${existing.name} (${formatKbo(existing.kbo)}).`,
      },
    },
  ]);
}

function notFound(kbo: string) {
  return new ClientError([
    {
      field: 'kbo',
      message: {
        nl: `Geen klant met ondernemingsnummer ${formatKbo(kbo)}.`,
        en: `No client with enterprise number ${formatKbo(kbo)}.`,
      },
    },
  ]);
}

/**
 * Adds a client. Throws `ClientError` (with Dutch/English messages per field) when the input is
 * invalid or the KBO number is already listed; nothing is written then.
 *
 * @example
 * await addClient({ kbo: 'BE 0417 390 703', name: 'AB InBev', school: false });
 */
export async function addClient(input: ClientInput, database: LoketgidsDb = db): Promise<ClientRecord> {
  const validation = validateClientInput(input);
  if (!validation.ok) throw new ClientError(validation.issues);
  const now = Date.now();
  const record: ClientRecord = { ...validation.value, createdAt: now, updatedAt: now };
  await database.transaction('rw', database.clients, database.meta, async () => {
    const existing = await readClient(record.kbo, database);
    if (existing) throw alreadyListed(existing);
    // put, not add: a row under this key that failed validation cannot be shown or edited, so a
    // valid new entry replaces it rather than failing on the duplicate key.
    await database.clients.put(record);
    await bumpRevision(database);
  });
  await syncState(database);
  return record;
}

/**
 * Replaces a client's fields. Changing the KBO number moves the record (and the active-client
 * pointer) to the new key in the same transaction; usage times and creation time are kept.
 *
 * @example
 * await updateClient('0417390703', { kbo: '0417390703', name: 'AB InBev NV', tags: ['brouwerij'] });
 */
export async function updateClient(kbo: string, input: ClientInput, database: LoketgidsDb = db): Promise<ClientRecord> {
  const key = kboOrThrow(kbo);
  const validation = validateClientInput(input);
  if (!validation.ok) throw new ClientError(validation.issues);
  const fields = validation.value;
  const record = await database.transaction('rw', database.clients, database.meta, async () => {
    const current = await readClient(key, database);
    if (!current) throw notFound(key);
    const next: ClientRecord = { ...current, ...fields, updatedAt: Date.now() };
    if (fields.kbo !== key) {
      const clash = await readClient(fields.kbo, database);
      if (clash) throw alreadyListed(clash);
      await database.clients.delete(key);
      if ((await readActiveKbo(database)) === key) await database.meta.put({ key: 'activeClient', value: fields.kbo });
    }
    await database.clients.put(next);
    await bumpRevision(database);
    return next;
  });
  await syncState(database);
  return record;
}

/**
 * Deletes one client; clears the active client when it was this one. Returns whether it existed.
 *
 * @example
 * await deleteClient('0417.390.703') // → true
 */
export async function deleteClient(kbo: string, database: LoketgidsDb = db): Promise<boolean> {
  return (await bulkDeleteClients([kbo], database)) === 1;
}

/**
 * Deletes many clients in one transaction (the options page's bulk delete). Accepts KBO numbers in
 * any form; returns how many existed and were removed.
 *
 * @example
 * await bulkDeleteClients(['0417390703', '0566988259']) // → 2
 */
export async function bulkDeleteClients(kbos: readonly string[], database: LoketgidsDb = db): Promise<number> {
  const keys = [...new Set(kbos.map((kbo) => parseKbo(kbo)).flatMap((result) => (result.ok ? [result.value] : [])))];
  if (keys.length === 0) return 0;
  const removed = await database.transaction('rw', database.clients, database.meta, async () => {
    const existing = (await database.clients.bulkGet(keys)).filter((row) => row !== undefined).length;
    await database.clients.bulkDelete(keys);
    const active = await readActiveKbo(database);
    if (active !== null && keys.includes(active)) await database.meta.put({ key: 'activeClient', value: null });
    await bumpRevision(database);
    return existing;
  });
  await syncState(database);
  return removed;
}

/**
 * Removes records that failed validation (reported in `readClients().corrupt`), by their raw key,
 * so the person can clean up what the list cannot show.
 *
 * @example
 * const { corrupt } = await readClients();
 * await deleteCorruptClients(corrupt);
 */
export async function deleteCorruptClients(
  corrupt: readonly CorruptRecord[],
  database: LoketgidsDb = db,
): Promise<void> {
  const keys = corrupt.filter((record) => record.table === 'clients').map((record) => record.key);
  await database.transaction('rw', database.clients, database.meta, async () => {
    await database.clients.bulkDelete(keys);
    await bumpRevision(database);
  });
  await syncState(database);
}

/**
 * Makes a client the active one (the one the guide fills in at the WSE-loket KBO prompt) and marks
 * it used; `null` clears it. Returns the client, or null when cleared. Throws `ClientError` for an
 * invalid or unknown number.
 *
 * @example
 * await setActiveClient('BE0417390703') // → { kbo: '0417390703', …, lastUsedAt: Date.now() }
 */
export async function setActiveClient(kbo: string | null, database: LoketgidsDb = db): Promise<ClientRecord | null> {
  const key = kbo === null ? null : kboOrThrow(kbo);
  const client = await database.transaction('rw', database.clients, database.meta, async () => {
    let used: ClientRecord | null = null;
    if (key !== null) {
      const current = await readClient(key, database);
      if (!current) throw notFound(key);
      used = { ...current, lastUsedAt: Date.now() };
      await database.clients.put(used);
    }
    await database.meta.put({ key: 'activeClient', value: key });
    await bumpRevision(database);
    return used;
  });
  await syncState(database);
  return client;
}

/**
 * Records that a client was just used (e.g. its number was filled in on a portal), which moves it
 * up in search results. Unknown numbers are ignored: there is nothing to mark.
 *
 * @example
 * await markClientUsed('0417390703');
 */
export async function markClientUsed(kbo: string, database: LoketgidsDb = db): Promise<void> {
  const key = kboOrThrow(kbo);
  const marked = await database.transaction('rw', database.clients, database.meta, async () => {
    const current = await readClient(key, database);
    if (!current) return false;
    await database.clients.put({ ...current, lastUsedAt: Date.now() });
    await bumpRevision(database);
    return true;
  });
  if (marked) await syncState(database);
}

/**
 * One client by KBO number in any form (`BE 0417 390 703`, `417390703`), or null.
 *
 * @example
 * await getClient('0417.390.703') // → { kbo: '0417390703', name: 'AB InBev', … }
 */
export async function getClient(kbo: string, database: LoketgidsDb = db): Promise<ClientRecord | null> {
  const result = parseKbo(kbo);
  return result.ok ? readClient(result.value, database) : null;
}

/** A consistent view of the list for the UI: clients, rows that failed validation, active client, revision. */
export interface ClientSnapshot {
  clients: ClientRecord[];
  corrupt: CorruptRecord[];
  activeKbo: string | null;
  revision: number;
}

/**
 * Every valid client plus what the views need alongside, read in one transaction (so a liveQuery
 * over it sees a consistent list and active client).
 *
 * @example
 * const { clients, activeKbo } = await listClients();
 */
export async function listClients(database: LoketgidsDb = db): Promise<ClientSnapshot> {
  return database.transaction('r', database.clients, database.meta, async () => {
    const [{ clients, corrupt }, activeKbo, revision] = await Promise.all([
      readClients(database),
      readActiveKbo(database),
      readRevision(database),
    ]);
    return {
      clients,
      corrupt,
      activeKbo: clients.some((client) => client.kbo === activeKbo) ? activeKbo : null,
      revision,
    };
  });
}

/**
 * The active client and the most recently used ones, newest first, read through the `lastUsedAt`
 * index without touching the rest of the list. The popup shows these at once while the whole list
 * (10,000 records to read and validate) loads behind them.
 *
 * @example
 * const { clients, activeKbo } = await listRecentClients(20);
 */
export async function listRecentClients(limit: number, database: LoketgidsDb = db): Promise<ClientSnapshot> {
  return database.transaction('r', database.clients, database.meta, async () => {
    const [rows, activeKbo, revision] = await Promise.all([
      database.clients.orderBy('lastUsedAt').reverse().limit(limit).toArray(),
      readActiveKbo(database),
      readRevision(database),
    ]);
    const active = activeKbo === null ? null : await readClient(activeKbo, database);
    const clients: ClientRecord[] = active ? [active] : [];
    const corrupt: CorruptRecord[] = [];
    for (const row of rows) {
      const result = validateClientRecord(row, (row as { kbo?: unknown }).kbo);
      if (!result.ok) corrupt.push(result.corrupt);
      else if (result.client.kbo !== active?.kbo) clients.push(result.client);
    }
    return { clients, corrupt, activeKbo: active ? active.kbo : null, revision };
  });
}

/**
 * Saves the settings (validated with lib/state's schema; an own-organisation KBO must be a valid
 * enterprise number and is stored as 10 digits). Throws `ClientError` on an invalid KBO.
 *
 * @example
 * await saveSettings({ ...settings, ownOrganisation: { name: 'SD Worx', kbo: '0417.390.703' } });
 */
export async function saveSettings(settings: Settings, database: LoketgidsDb = db): Promise<Settings> {
  const parsed = settingsSchema.parse(settings);
  const own = parsed.ownOrganisation;
  let ownOrganisation: Settings['ownOrganisation'] = null;
  if (own && (own.name.trim() !== '' || (own.kbo ?? '').trim() !== '')) {
    ownOrganisation = { name: own.name.trim() };
    if (own.kbo !== undefined && own.kbo.trim() !== '') ownOrganisation.kbo = kboOrThrow(own.kbo);
  }
  const next: Settings = { ...parsed, ownOrganisation };
  await database.meta.put({ key: 'settings', value: next });
  await syncState(database);
  return next;
}

/**
 * The saved settings (defaults when none were saved or they are malformed).
 *
 * @example
 * const settings = await loadSettings(); // → { ownOrganisation: null, profile: 'secretariaat', lang: 'nl', facts: [] }
 */
export async function loadSettings(database: LoketgidsDb = db): Promise<Settings> {
  return (await readSettings(database)).settings;
}
