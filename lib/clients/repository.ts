/**
 * The client list: every write to the `clients` table and the client-related settings goes
 * through here.
 *
 * Design note: each write runs in one Dexie transaction that also bumps `clientsRevision`, then
 * mirrors the small hot state (active client, settings, revision) into `storage.local` with
 * `writeState` (lib/state.ts), which is how the overlays on portal pages hear of the change.
 * Popup and options follow IndexedDB itself through Dexie's liveQuery.
 *
 * Concurrency: two windows may edit the same client. `updatedAt` is the record's version: an
 * update says which version it started from and is refused (`ClientConflictError`, nothing
 * written) when the stored one is another; the check and the write share one transaction. The
 * import checks each row against the version its preview showed in the same way.
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
import {
  type DuplicatePolicy,
  type ImportConflict,
  type ImportOutcome,
  type ImportProgress,
  type ParsedImport,
  planImportRow,
} from './import';
import {
  ClientConflictError,
  ClientError,
  type ClientInput,
  nextUpdatedAt,
  toSummary,
  validateClientInput,
} from './model';

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
export function syncState(database: LoketgidsDb = db): Promise<State> {
  // One mirror write at a time, each reading the database after the one before it was written:
  // two overlapping writers (a popup and a portal tab) could otherwise land an older read last.
  const run = (syncing.get(database) ?? Promise.resolve()).then(
    () => mirror(database),
    () => mirror(database),
  );
  syncing.set(
    database,
    run.catch(() => undefined),
  );
  return run;
}

/** The last mirror write queued per database (see `syncState`). */
const syncing = new WeakMap<LoketgidsDb, Promise<unknown>>();

async function mirror(database: LoketgidsDb): Promise<State> {
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
 * Replaces a client's fields, if the client is still the version the person started from:
 * `expected.updatedAt` is the `updatedAt` of the record the form was filled from. When another
 * window saved or deleted the client meanwhile, nothing is written and `ClientConflictError`
 * (with what is stored now) is thrown; to overwrite anyway, call again with that record's
 * `updatedAt`. Changing the KBO number moves the record (and the active-client pointer) to the
 * new key in the same transaction; usage times and creation time are kept.
 *
 * @example
 * await updateClient('0417390703', { kbo: '0417390703', name: 'AB InBev NV' }, { updatedAt: client.updatedAt });
 */
export async function updateClient(
  kbo: string,
  input: ClientInput,
  expected: { updatedAt: number },
  database: LoketgidsDb = db,
): Promise<ClientRecord> {
  const key = kboOrThrow(kbo);
  const validation = validateClientInput(input);
  if (!validation.ok) throw new ClientError(validation.issues);
  const fields = validation.value;
  const record = await database.transaction('rw', database.clients, database.meta, async () => {
    const current = await readClient(key, database);
    if (!current) throw new ClientConflictError(null);
    if (current.updatedAt !== expected.updatedAt) throw new ClientConflictError(current);
    const next: ClientRecord = { ...current, ...fields, updatedAt: nextUpdatedAt(current) };
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
 * An import that failed part-way (quota, a closed database). `undone`: the chunks already written
 * were undone, so nothing changed; false when undoing failed too (part of the file is in the list,
 * and importing the file again finishes it).
 */
export class ImportFailedError extends Error {
  readonly undone: boolean;
  constructor(cause: unknown, undone: boolean) {
    super(
      undone
        ? `Importeren mislukt; er is niets gewijzigd / Import failed; nothing was changed: ${String(cause)}`
        : `Importeren mislukt en terugzetten ook: een deel van het bestand staat in de lijst; importeer het opnieuw om het af te maken. / Import failed and so did undoing it: part of the file is in the list; import it again to finish it. (${String(cause)})`,
      { cause },
    );
    this.name = 'ImportFailedError';
    this.undone = undone;
  }
}

/** Rows per transaction of an import: each chunk is one short task, so the page stays responsive. */
export const IMPORT_CHUNK = 2000;

/** Lets the page paint and handle input between two chunks (a task, not a microtask). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** One row an import wrote: what was there before (the raw row, or absent) and the version written. */
interface JournalEntry {
  kbo: string;
  before: unknown;
  written: number;
}

/**
 * Writes a parsed import **in chunks** of `chunkSize` rows (one transaction each, the page gets a
 * task between two), reporting `onProgress` after each. Each chunk re-reads its stored rows inside
 * its transaction and plans every row against them (`planImportRow` in ./import): new clients are
 * added, clients that exist with other data are updated or skipped (`duplicates`), identical ones
 * are left alone, and — given `basis`, the list the preview showed — a client changed, added or
 * deleted elsewhere since the preview is left as it is and listed in `conflicts`.
 *
 * Cancelling (`signal`) stops after the chunk being written and undoes every chunk already
 * written, newest first, so the list is exactly as before the import; a client that another
 * window changed during the import keeps that change and is listed in `notRestored`. A chunk that
 * fails undoes the chunks before it in the same way, then the error is thrown: a failed import
 * changes nothing.
 *
 * Rows are written in KBO order, so each chunk reads one key range and the chunks together read
 * the table once. Nothing is written, and the revision is not bumped, when nothing changes —
 * which makes importing the same file twice a no-op.
 *
 * @example
 * const controller = new AbortController();
 * await commitImport(parsed, { duplicates: 'update', basis: preview.basis, signal: controller.signal, onProgress })
 * // → { added: 3, updated: 0, skipped: 1, unchanged: 0, invalid: 2, conflicts: [], cancelled: false, notRestored: [] }
 */
export async function commitImport(
  parsed: ParsedImport,
  options: {
    duplicates: DuplicatePolicy;
    basis?: ReadonlyMap<string, ClientRecord>;
    signal?: AbortSignal;
    onProgress?: (progress: ImportProgress) => void;
    chunkSize?: number;
  },
  database: LoketgidsDb = db,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = {
    added: 0,
    updated: 0,
    skipped: 0,
    unchanged: 0,
    invalid: parsed.invalid.length,
    conflicts: [],
    cancelled: false,
    notRestored: [],
  };
  if (parsed.fileError || parsed.candidates.length === 0) return outcome;
  const { signal, onProgress } = options;
  const size = Math.max(1, options.chunkSize ?? IMPORT_CHUNK);
  const rows = [...parsed.candidates].sort((a, b) => (a.kbo < b.kbo ? -1 : a.kbo > b.kbo ? 1 : 0));
  const total = rows.length;
  const journal: JournalEntry[][] = [];
  const conflicts: ImportConflict[] = [];
  try {
    for (let start = 0; start < total && !signal?.aborted; start += size) {
      const chunk = rows.slice(start, start + size);
      const entries: JournalEntry[] = [];
      await database.transaction('rw', database.clients, database.meta, async () => {
        const first = (chunk[0] as (typeof chunk)[number]).kbo;
        const last = (chunk.at(-1) as (typeof chunk)[number]).kbo;
        const stored = new Map<unknown, unknown>();
        for (const row of (await database.clients.where('kbo').between(first, last, true, true).toArray()) as unknown[])
          stored.set((row as { kbo?: unknown }).kbo, row);
        const now = Date.now();
        const writes: ClientRecord[] = [];
        for (const candidate of chunk) {
          const raw = stored.get(candidate.kbo);
          const checked = raw === undefined ? undefined : validateClientRecord(raw, candidate.kbo);
          const plan = planImportRow(candidate, checked?.ok ? checked.client : undefined, {
            duplicates: options.duplicates,
            ...(options.basis ? { basis: options.basis } : {}),
            now,
          });
          if (plan.kind === 'added' || plan.kind === 'updated') {
            writes.push(plan.record);
            entries.push({ kbo: plan.record.kbo, before: raw, written: plan.record.updatedAt });
          }
          if (plan.kind === 'conflict') conflicts.push(plan.conflict);
          else outcome[plan.kind]++;
        }
        if (writes.length > 0) {
          await database.clients.bulkPut(writes);
          await bumpRevision(database);
        }
      });
      journal.push(entries);
      onProgress?.({ phase: 'write', done: Math.min(total, start + size), total });
      await nextTask();
    }
  } catch (error) {
    // A chunk failed (quota, a closed database): its own writes were rolled back with its
    // transaction; undo the chunks before it too, so a failed import changes nothing.
    let undone = true;
    try {
      await undoImport(journal, outcome, undefined, database);
    } catch {
      undone = false;
    }
    throw new ImportFailedError(error, undone);
  }
  outcome.conflicts = conflicts.sort((a, b) => a.line - b.line);
  if (signal?.aborted) return undoImport(journal, outcome, options.onProgress, database);
  if (journal.some((entries) => entries.length > 0)) await syncState(database);
  return outcome;
}

/** Undoes an import's chunks, newest first; see `commitImport`. */
async function undoImport(
  journal: JournalEntry[][],
  outcome: ImportOutcome,
  onProgress: ((progress: ImportProgress) => void) | undefined,
  database: LoketgidsDb,
): Promise<ImportOutcome> {
  const notRestored: string[] = [];
  const total = journal.reduce((sum, entries) => sum + entries.length, 0);
  let done = 0;
  for (const entries of journal.reverse()) {
    if (entries.length === 0) continue;
    await database.transaction('rw', database.clients, database.meta, async () => {
      // A chunk's entries are in KBO order (see commitImport): one range read, not a get per row.
      const first = (entries[0] as JournalEntry).kbo;
      const last = (entries.at(-1) as JournalEntry).kbo;
      const now = new Map<unknown, unknown>();
      for (const row of (await database.clients.where('kbo').between(first, last, true, true).toArray()) as unknown[])
        now.set((row as { kbo?: unknown }).kbo, row);
      const restore: unknown[] = [];
      const remove: string[] = [];
      for (const entry of entries) {
        const current = now.get(entry.kbo) as { updatedAt?: unknown } | undefined;
        // Only what this import wrote is undone: a newer version came from another window.
        if (current?.updatedAt !== entry.written) notRestored.push(entry.kbo);
        else if (entry.before === undefined) remove.push(entry.kbo);
        else restore.push(entry.before);
      }
      // Usually (a first import) every row in the chunk's key range is one this import added: then
      // one range delete instead of a delete per key.
      if (remove.length > 0 && remove.length === now.size)
        await database.clients.where('kbo').between(first, last, true, true).delete();
      else if (remove.length > 0) await database.clients.bulkDelete(remove);
      if (restore.length > 0) await database.clients.bulkPut(restore as ClientRecord[]);
      const active = await readActiveKbo(database);
      if (active !== null && remove.includes(active)) await database.meta.put({ key: 'activeClient', value: null });
      await bumpRevision(database);
    });
    done += entries.length;
    onProgress?.({ phase: 'undo', done, total });
    await nextTask();
  }
  await syncState(database);
  return {
    ...outcome,
    added: 0,
    updated: 0,
    skipped: 0,
    unchanged: 0,
    conflicts: [],
    cancelled: true,
    notRestored: notRestored.sort(),
  };
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
export async function saveSettings(
  settings: Omit<Settings, 'disabledFlows'> & { disabledFlows?: string[] },
  database: LoketgidsDb = db,
): Promise<Settings> {
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
 * const settings = await loadSettings(); // → { ownOrganisation: null, profile: 'secretariaat', lang: 'nl', facts: [], cardPlace: 'page' }
 */
export async function loadSettings(database: LoketgidsDb = db): Promise<Settings> {
  return (await readSettings(database)).settings;
}
