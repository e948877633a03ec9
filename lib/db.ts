import Dexie, { type Table } from 'dexie';
import { z } from 'zod';
import type { Correction } from './corrections/model';
import type { FailureKind } from './failures/model';
import { type Bilingual, checkDigits97 } from './ids';
import { byUrgency, isDay } from './renewals/dates';
import { RENEWAL_LIMITS } from './renewals/model';
import { DEFAULT_SETTINGS, type Settings } from './state';
import { settingsSchema } from './state-schema';

/**
 * The extension's one IndexedDB database, `loketgids` (Dexie).
 *
 * Design note: IndexedDB belongs to the extension origin, so the popup, the options page and the
 * background worker share it; content scripts cannot (they run in the portal's origin) and ask the
 * background instead (lib/messaging.ts). Nothing read back is trusted: a record written by an older
 * build, a half-finished migration or a hand-edited profile is validated with zod, and a bad one is
 * *reported* in `corrupt` so the list still opens (STYLE.md: zod at every boundary).
 *
 * Schema versions: every version ever shipped stays in `DB_VERSIONS`, oldest first, and is never
 * edited or removed: Dexie needs the whole chain to upgrade a profile that skipped releases. A new
 * version gets an entry here and a fixture in test/unit/db/migrations.test.ts.
 *
 * @example
 * const { clients, corrupt } = await readClients();
 */

export const DB_NAME = 'loketgids';

// Limits keep one absurd row (a pasted e-mail in a name cell) from bloating every search and render.
export const NAME_MAX = 200;
export const NOTES_MAX = 4000;
export const TAG_MAX = 50;
export const TAGS_MAX = 30;

const STORED_KBO = /^[01]\d{9}$/;

/**
 * True when `value` is the 10 digits of a valid enterprise number, check digits included: the
 * stored form only (lib/ids' `parseKbo` also accepts `BE 0417.390.703` and 9 digits, which must
 * never be a key). Checked directly rather than through `parseKbo` because every read validates
 * every record: 10,000 of them when the popup opens.
 */
export function isStoredKbo(value: string): boolean {
  return STORED_KBO.test(value) && checkDigits97(value.slice(0, 8)) === value.slice(8);
}

/**
 * A client as stored: the normalised 10-digit KBO number is the primary key (so it is unique by
 * construction), times are epoch milliseconds.
 */
// No transforms (`.trim()`) on purpose: a read-back schema checks, it does not change data, and
// transforms make zod markedly slower over 10,000 records.
export const clientRecordSchema = z.object({
  kbo: z.string().refine(isStoredKbo, 'Ongeldig ondernemingsnummer / Invalid enterprise number'),
  name: z
    .string()
    .min(1)
    .max(NAME_MAX)
    .refine((name) => name.trim() !== '', 'naam leeg / name empty'),
  tags: z.array(z.string().min(1).max(TAG_MAX)).max(TAGS_MAX),
  notes: z.string().max(NOTES_MAX),
  school: z.boolean(),
  createdAt: z.number().finite(),
  updatedAt: z.number().finite(),
  lastUsedAt: z.number().finite().optional(),
});
export type ClientRecord = z.infer<typeof clientRecordSchema>;

/**
 * A Werkplek Duaal renewal as kept (lib/renewals): one per organisation (its KBO number) and
 * erkenning, the compound primary key `[kbo+erkenning]`. Only what the dashboard task shows, with
 * the organisation of the portal's top line; `deadline` and `seenOn` are local calendar days
 * (`YYYY-MM-DD`), the deadline being the day seen + "Dagen resterend".
 */
export const renewalRecordSchema = z.object({
  kbo: z.string().refine(isStoredKbo, 'Ongeldig ondernemingsnummer / Invalid enterprise number'),
  organisation: z.string().min(1).max(RENEWAL_LIMITS.organisation),
  erkenning: z.string().min(1).max(RENEWAL_LIMITS.erkenning),
  vestiging: z.string().max(RENEWAL_LIMITS.text),
  opleiding: z.string().max(RENEWAL_LIMITS.text),
  deadline: z.string().refine(isDay, 'geen dag (JJJJ-MM-DD) / not a day (YYYY-MM-DD)'),
  seenOn: z.string().refine(isDay, 'geen dag (JJJJ-MM-DD) / not a day (YYYY-MM-DD)'),
});
export type RenewalRecord = z.infer<typeof renewalRecordSchema>;

/** A step's failure count (lib/failures): nothing of the page, only which step, what kind, how often, when last. */
export interface FailureRecord {
  portal: string;
  flow: string;
  step: string;
  kind: FailureKind;
  count: number;
  /** Epoch ms. */
  lastAt: number;
}

/**
 * A row of the key-value table: settings, the active client, the list's revision, and when this
 * browser last saved a backup (`lastBackupAt`, epoch ms; lib/clients/backup.ts). A new key needs
 * no schema version: `meta` is keyed by `key` only.
 */
export interface MetaRow {
  key: MetaKey;
  value: unknown;
}
export type MetaKey = 'settings' | 'activeClient' | 'clientsRevision' | 'lastBackupAt';

/** A stored record that failed validation: which table and key, and why (zod's message). */
export interface CorruptRecord {
  table: 'clients' | 'meta' | 'renewals' | 'corrections' | 'failures';
  key: string;
  problem: string;
}

export interface DbVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}

/**
 * Every schema version, oldest first. Never edit or delete an entry; append a new one.
 *
 * v1: `clients` keyed by KBO, with one index, lastUsedAt (the popup reads the recent clients
 * first, lib/clients/repository.ts `listRecentClients`); sorting and searching happen in memory,
 * so no other index (each one costs on every write: a 10,000-row import). `meta` is a key-value
 * table (settings, active client, revision).
 *
 * v2 (2026-12, issue 11): `renewals`, the Werkplek Duaal renewals per organisation, keyed by
 * `[kbo+erkenning]`; `kbo` is indexed to replace one organisation's list at once, `deadline` to
 * read them in order of urgency. No upgrade function: the new table starts empty and the other
 * tables are unchanged.
 *
 * v3 (2026-12, issue 10): `corrections`, what people taught the guide about a changed screen
 * (lib/corrections), keyed by their `id`, `portal` indexed to mirror one portal's list; and
 * `failures`, the local failure counts (lib/failures), keyed by `[flow+step+kind]`. No upgrade
 * function: both start empty.
 */
export const DB_VERSIONS: readonly DbVersion[] = [
  {
    version: 1,
    stores: { clients: 'kbo, lastUsedAt', meta: 'key' },
  },
  {
    version: 2,
    stores: { renewals: '[kbo+erkenning], kbo, deadline' },
  },
  {
    version: 3,
    stores: { corrections: 'id, portal', failures: '[flow+step+kind]' },
  },
];

export const LATEST_DB_VERSION = Math.max(...DB_VERSIONS.map((entry) => entry.version));

/**
 * The Dexie database with its typed tables. Tables are typed for writing; reading goes through
 * `readClients` and friends, which validate.
 *
 * @example
 * const database = new LoketgidsDb('loketgids-test');
 * await database.clients.count();
 */
export class LoketgidsDb extends Dexie {
  clients!: Table<ClientRecord, string>;
  meta!: Table<MetaRow, MetaKey>;
  renewals!: Table<RenewalRecord, [string, string]>;
  corrections!: Table<Correction, string>;
  failures!: Table<FailureRecord, [string, string, FailureKind]>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const entry of DB_VERSIONS) {
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }
  }
}

/** The database every extension page and the background use. */
export const db = new LoketgidsDb();

function problemOf(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`).join('; ');
}

function keyText(key: unknown): string {
  return typeof key === 'string' ? key : (JSON.stringify(key) ?? String(key));
}

/**
 * Validates one stored client (`key` is only used to name it in the report).
 *
 * @example
 * validateClientRecord(row, '0417390703') // → { ok: true, client } or { ok: false, corrupt }
 */
export function validateClientRecord(
  row: unknown,
  key: unknown,
): { ok: true; client: ClientRecord } | { ok: false; corrupt: CorruptRecord } {
  const parsed = clientRecordSchema.safeParse(row);
  if (parsed.success) return { ok: true, client: parsed.data };
  return { ok: false, corrupt: { table: 'clients', key: keyText(key), problem: problemOf(parsed.error) } };
}

/**
 * Every client, validated; corrupt rows are left out of `clients` and listed in `corrupt`.
 *
 * @example
 * const { clients, corrupt } = await readClients();
 * if (corrupt.length) showWarning(corrupt);
 */
export async function readClients(
  database: LoketgidsDb = db,
): Promise<{ clients: ClientRecord[]; corrupt: CorruptRecord[] }> {
  // `kbo` is the inline primary key, so IndexedDB guarantees it is present and is the row's key.
  const rows: unknown[] = await database.clients.toArray();
  const clients: ClientRecord[] = [];
  const corrupt: CorruptRecord[] = [];
  rows.forEach((row) => {
    const result = validateClientRecord(row, (row as { kbo?: unknown }).kbo);
    if (result.ok) clients.push(result.client);
    else corrupt.push(result.corrupt);
  });
  return { clients, corrupt };
}

/**
 * One client by its normalised 10-digit KBO number, validated; `null` when absent or corrupt.
 *
 * @example
 * await readClient('0417390703') // → { kbo: '0417390703', name: 'Anheuser-Busch InBev', … } or null
 */
export async function readClient(kbo: string, database: LoketgidsDb = db): Promise<ClientRecord | null> {
  const row = await database.clients.get(kbo);
  if (row === undefined) return null;
  const result = validateClientRecord(row, kbo);
  return result.ok ? result.client : null;
}

/**
 * Every kept renewal, validated, most urgent first; corrupt rows are left out of `renewals` and
 * listed in `corrupt`.
 *
 * @example
 * const { renewals } = await readRenewals(); // → [{ kbo: '0417390703', erkenning: 'E/20170620/011723', deadline: '2026-12-11', … }]
 */
export async function readRenewals(
  database: LoketgidsDb = db,
): Promise<{ renewals: RenewalRecord[]; corrupt: CorruptRecord[] }> {
  const rows: unknown[] = await database.renewals.orderBy('deadline').toArray();
  const renewals: RenewalRecord[] = [];
  const corrupt: CorruptRecord[] = [];
  for (const row of rows) {
    const parsed = renewalRecordSchema.safeParse(row);
    if (parsed.success) renewals.push(parsed.data);
    else {
      const { kbo, erkenning } = (row ?? {}) as { kbo?: unknown; erkenning?: unknown };
      corrupt.push({ table: 'renewals', key: keyText([kbo, erkenning]), problem: problemOf(parsed.error) });
    }
  }
  return { renewals: renewals.sort(byUrgency), corrupt };
}

/**
 * The user's settings, validated; malformed or missing settings give the defaults (and a
 * `corrupt` entry for the former) so the options page always opens.
 *
 * @example
 * const { settings } = await readSettings();
 */
export async function readSettings(
  database: LoketgidsDb = db,
): Promise<{ settings: Settings; corrupt: CorruptRecord[] }> {
  const row = await database.meta.get('settings');
  if (row === undefined) return { settings: DEFAULT_SETTINGS, corrupt: [] };
  const parsed = settingsSchema.safeParse(row.value);
  if (parsed.success) return { settings: parsed.data, corrupt: [] };
  return {
    settings: DEFAULT_SETTINGS,
    corrupt: [{ table: 'meta', key: 'settings', problem: problemOf(parsed.error) }],
  };
}

const activeKboSchema = z.string().refine(isStoredKbo).nullable();

/**
 * The active client's KBO number, or null (none chosen, or the stored value is malformed).
 *
 * @example
 * await readActiveKbo() // → '0417390703'
 */
export async function readActiveKbo(database: LoketgidsDb = db): Promise<string | null> {
  const row = await database.meta.get('activeClient');
  const parsed = activeKboSchema.safeParse(row?.value ?? null);
  return parsed.success ? parsed.data : null;
}

/**
 * The client list's revision: bumped in the same transaction as every client write, so a cache
 * (the background's search index) knows when to rebuild. 0 for a new database.
 *
 * @example
 * if ((await readRevision()) !== cached.revision) rebuild();
 */
export async function readRevision(database: LoketgidsDb = db): Promise<number> {
  const row = await database.meta.get('clientsRevision');
  const parsed = z.number().int().nonnegative().safeParse(row?.value);
  return parsed.success ? parsed.data : 0;
}

/**
 * When a backup was last saved from this browser (epoch ms), or null: never, or malformed.
 *
 * @example
 * await readLastBackupAt() // → 1764590400000
 */
export async function readLastBackupAt(database: LoketgidsDb = db): Promise<number | null> {
  const row = await database.meta.get('lastBackupAt');
  const parsed = z.number().finite().positive().safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/**
 * Opens the database, or throws why it cannot. Views call this before their first query: after a
 * failed open Dexie keeps the database closed, and a liveQuery started on it then waits forever —
 * no result and no error — which left the popup on "Klanten laden…" (issue 12). Calls while it is
 * open return at once; a call after a failure tries again.
 *
 * @example
 * try { await openDatabase(); } catch (error) { show(describeDatabaseError(error)); }
 */
export async function openDatabase(database: LoketgidsDb = db): Promise<void> {
  if (!database.isOpen()) await database.open();
}

/** Dexie wraps the browser's error (OpenFailedError → inner); the inner name says what happened. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  for (let at = error, depth = 0; at && typeof at === 'object' && depth < 4; depth++) {
    const name = (at as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    at = (at as { inner?: unknown }).inner;
  }
  return names;
}

/**
 * What a person reads when the client list cannot be opened (IndexedDB refused, full disk, a
 * newer version's data, a browser mode without storage): what happened and what to do, Dutch
 * first. Nothing was changed: a view that cannot open the database writes nothing.
 *
 * @example
 * describeDatabaseError(new Dexie.errors.OpenFailedError('…')).nl // → 'De klantenlijst kan niet geopend worden. …'
 */
export function describeDatabaseError(error: unknown): Bilingual {
  const names = errorNames(error);
  const head = {
    nl: 'De klantenlijst kan niet geopend worden; Loketgids heeft niets gewijzigd.',
    en: 'The client list cannot be opened; Loketgids changed nothing.',
  };
  let advice: Bilingual;
  if (names.includes('QuotaExceededError')) {
    advice = {
      nl: 'De schijf is vol of de browser geeft Loketgids geen opslagruimte. Maak ruimte vrij en open dit venster opnieuw.',
      en: 'The disk is full or the browser gives Loketgids no storage. Free some space and open this window again.',
    };
  } else if (names.includes('VersionError')) {
    advice = {
      nl: 'De lijst is bewaard door een nieuwere versie van Loketgids. Werk de extensie bij en open dit venster opnieuw.',
      en: 'The list was saved by a newer version of Loketgids. Update the extension and open this window again.',
    };
  } else if (names.some((name) => ['MissingAPIError', 'SecurityError', 'InvalidStateError'].includes(name))) {
    advice = {
      nl: 'Deze browser of dit venster (bijvoorbeeld een privévenster) laat extensies geen gegevens bewaren. Open Loketgids in een gewoon venster.',
      en: 'This browser or window (a private window, for example) does not let extensions store data. Open Loketgids in a normal window.',
    };
  } else {
    advice = {
      nl: 'De browser kon de opslag van Loketgids (IndexedDB) niet openen. Sluit de browser helemaal af en start hem opnieuw; helpt dat niet, kijk dan of er schijfruimte vrij is.',
      en: "The browser could not open Loketgids' storage (IndexedDB). Quit the browser completely and start it again; if that does not help, check that there is free disk space.",
    };
  }
  return { nl: `${head.nl} ${advice.nl}`, en: `${head.en} ${advice.en}` };
}
