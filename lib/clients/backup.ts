/**
 * Backup and restore of everything the extension keeps (issue 12, "Data safety"): one JSON file
 * with the clients (every field), the settings and the active client — all the database holds
 * that a person made. Made with one click on the options page (or the popup's reminder line);
 * restored with a preview of what would change, then in one transaction.
 *
 * Design note:
 * - The file: `{ format: 'loketgids-backup', version, schemaVersion, createdAt, settings,
 *   activeClient, clients: [...] }`, one client per line (a diff of two backups stays readable).
 *   `version` is this file format's version; `schemaVersion` the database schema (lib/db.ts
 *   `DB_VERSIONS`) the rows were stored in. The rows are exactly as that schema stores them.
 * - Not in it, on purpose: `clientsRevision` (a cache key, bumped on restore), `lastBackupAt`
 *   (this browser's bookkeeping), the mirror in storage.local (rebuilt from the database), the
 *   guide's per-tab progress (storage.session), the overlay's open/folded state per portal and
 *   the week-old "what the guide saw" notes (lib/observed.ts), the Werkplek Duaal renewals
 *   (`renewals`, lib/renewals: a copy of what the portal's dashboard shows, read again on the next
 *   visit and kept as they are by a restore): none is something a person made.
 *   No rijksregisternummer is stored anywhere, so none can be in a backup (a unit test checks).
 * - Restoring a backup made by an older schema version loads its rows into a scratch database
 *   declared with the versions that existed then, and opens that with every version: Dexie runs
 *   the same upgrade functions a profile would (`migrateBackupRows`), so there is one migration
 *   path, not two. A backup from a newer format or schema is refused (update the extension).
 * - Our older JSON client export (`format: 'loketgids-clients'`, lib/clients/export.ts) restores
 *   too: it holds the clients only, so settings stay as they are.
 * - Everything is checked with zod before anything is written: one bad item and nothing is
 *   restored, and every bad item is listed by its number in the file.
 * - When the last backup was made is kept in the database's `meta` table (`lastBackupAt`), so the
 *   popup and the options page follow it live (Dexie liveQuery) like the list itself.
 *
 * @example
 * const backup = await createBackup();
 * downloadText(backup.text, backup.fileName, 'application/json');
 * await recordBackupMade();
 * const parsed = await parseBackup(text);
 * if (parsed.ok) await restoreBackup(parsed.backup);
 */
import Dexie from 'dexie';
import { z } from 'zod';
import {
  type ClientRecord,
  clientRecordSchema,
  DB_VERSIONS,
  type DbVersion,
  db,
  isStoredKbo,
  LATEST_DB_VERSION,
  type LoketgidsDb,
  readActiveKbo,
  readClients,
  readLastBackupAt,
  readSettings,
} from '../db';
import type { Bilingual } from '../ids';
import type { Settings } from '../state';
import { settingsSchema } from '../state-schema';
import { EXPORT_FORMAT } from './export';
import { bumpRevision, syncState } from './repository';

export const BACKUP_FORMAT = 'loketgids-backup';
/** The backup file format's version; a new field that old builds cannot read bumps it. */
export const BACKUP_VERSION = 1;
/** After this many days without a backup the popup and the options page say so. */
export const BACKUP_REMINDER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What a backup holds, as read from the database (every row valid). */
export interface BackupContents {
  clients: ClientRecord[];
  settings: Settings;
  activeClient: string | null;
}

/** A backup as written: its text, a dated file name, and what went in. */
export interface CreatedBackup {
  text: string;
  fileName: string;
  createdAt: Date;
  contents: BackupContents;
  /** Stored rows that failed validation: they cannot be restored, so they are not in the file. */
  leftOut: number;
}

/**
 * Reads everything in one transaction (a consistent picture) and writes it as the backup file.
 * Does not record the backup: call `recordBackupMade` once the file was handed to the browser.
 *
 * @example
 * const { text, fileName } = await createBackup(); // fileName: 'loketgids-backup-2026-12-01.json'
 */
export async function createBackup(database: LoketgidsDb = db, now: Date = new Date()): Promise<CreatedBackup> {
  const { contents, leftOut } = await database.transaction('r', database.clients, database.meta, async () => {
    const [{ clients, corrupt }, { settings }, active] = await Promise.all([
      readClients(database),
      readSettings(database),
      readActiveKbo(database),
    ]);
    const activeClient = active !== null && clients.some((client) => client.kbo === active) ? active : null;
    return { contents: { clients, settings, activeClient }, leftOut: corrupt.length };
  });
  const sorted = [...contents.clients].sort((a, b) => (a.kbo < b.kbo ? -1 : 1));
  const head = JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: LATEST_DB_VERSION,
    createdAt: now.toISOString(),
    settings: contents.settings,
    activeClient: contents.activeClient,
  });
  const items = sorted.map((client) => JSON.stringify(clientRecordSchema.parse(client)));
  const text = `${head.slice(0, -1)},"clients":[${items.length ? `\n${items.join(',\n')}\n` : ''}]}\n`;
  return { text, fileName: backupFileName(now), createdAt: now, contents, leftOut };
}

/**
 * A dated file name for a backup.
 *
 * @example
 * backupFileName(new Date('2026-12-01')) // → 'loketgids-backup-2026-12-01.json'
 */
export function backupFileName(date: Date = new Date()): string {
  return `loketgids-backup-${date.toISOString().slice(0, 10)}.json`;
}

/**
 * Remembers that a backup was saved now (for the reminder). Not a client-list change: no
 * revision bump, no mirror write.
 *
 * @example
 * await recordBackupMade(new Date());
 */
export async function recordBackupMade(at: Date = new Date(), database: LoketgidsDb = db): Promise<void> {
  await database.meta.put({ key: 'lastBackupAt', value: at.getTime() });
}

/** What the reminder line says: `due` when never made or older than `BACKUP_REMINDER_DAYS`. */
export interface BackupReminder {
  due: boolean;
  message: Bilingual;
}

const dateFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' });
const dateFormatEn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The reminder for a last backup at `lastAt` (epoch ms, null: never), Dutch first, "u" form.
 *
 * @example
 * backupReminder(null).message.nl // → 'U hebt nog geen back-up gemaakt.'
 */
export function backupReminder(lastAt: number | null, now: number = Date.now()): BackupReminder {
  if (lastAt === null) {
    return {
      due: true,
      message: { nl: 'U hebt nog geen back-up gemaakt.', en: 'You have not made a backup yet.' },
    };
  }
  const nl = dateFormat.format(lastAt);
  const en = dateFormatEn.format(lastAt);
  const days = Math.floor((now - lastAt) / DAY_MS);
  if (days > BACKUP_REMINDER_DAYS) {
    return {
      due: true,
      message: {
        nl: `Uw laatste back-up is van ${nl}, meer dan ${BACKUP_REMINDER_DAYS} dagen geleden.`,
        en: `Your last backup is from ${en}, more than ${BACKUP_REMINDER_DAYS} days ago.`,
      },
    };
  }
  return { due: false, message: { nl: `Laatste back-up: ${nl}.`, en: `Last backup: ${en}.` } };
}

/** A backup read and checked, ready to restore. */
export interface ParsedBackup {
  /** `backup`: a full backup; `clients-export`: our older JSON client export (clients only). */
  kind: 'backup' | 'clients-export';
  version: number;
  schemaVersion: number;
  createdAt: Date;
  clients: ClientRecord[];
  /** null: the file has no settings (a client export); the current ones stay. */
  settings: Settings | null;
  /** undefined: the file does not say (a client export); the current one stays if still listed. */
  activeClient: string | null | undefined;
}

/** One item (or part) of the file that cannot be restored. `item` is 1-based; 0: not a client. */
export interface BackupProblem {
  item: number;
  kbo?: string;
  message: Bilingual;
}

export type BackupParse =
  | { ok: true; backup: ParsedBackup }
  | { ok: false; message: Bilingual; problems: BackupProblem[] };

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  settings: z.unknown(),
  activeClient: z.unknown(),
  clients: z.array(z.unknown()),
});

const clientExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  clients: z.array(z.unknown()),
});

const NOT_RESTORED: Bilingual = {
  nl: 'Er is niets hersteld; uw gegevens zijn ongewijzigd.',
  en: 'Nothing was restored; your data is unchanged.',
};

function refuse(nl: string, en: string, problems: BackupProblem[] = []): BackupParse {
  return { ok: false, message: { nl: `${nl} ${NOT_RESTORED.nl}`, en: `${en} ${NOT_RESTORED.en}` }, problems };
}

function issuesText(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'item'}: ${issue.message}`).join('; ');
}

/** "Unexpected token } in JSON at position 120" → the line of position 120, for the message. */
function syntaxWhere(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const line = text.slice(0, Number(position[1])).split('\n').length;
  return `${message} (regel ${line})`;
}

/**
 * Loads rows stored by schema `fromVersion` into a scratch database declared with the versions
 * that existed then, reopens it with every version (Dexie runs each upgrade in order), and reads
 * the rows back. `versions` defaults to lib/db.ts's; tests pass their own.
 *
 * @example
 * const { clients, meta } = await migrateBackupRows({ clients: oldRows, meta: oldMeta }, 1);
 */
export async function migrateBackupRows(
  rows: { clients: unknown[]; meta: unknown[] },
  fromVersion: number,
  versions: readonly DbVersion[] = DB_VERSIONS,
): Promise<{ clients: unknown[]; meta: unknown[] }> {
  const latest = Math.max(...versions.map((entry) => entry.version));
  if (fromVersion === latest) return rows;
  const name = `loketgids-restore-${crypto.randomUUID()}`;
  const declare = (database: Dexie, upTo: number) => {
    for (const entry of versions.filter((candidate) => candidate.version <= upTo)) {
      const declared = database.version(entry.version).stores(entry.stores);
      if (entry.upgrade) declared.upgrade(entry.upgrade);
    }
  };
  try {
    const old = new Dexie(name);
    declare(old, fromVersion);
    await old.open();
    await old.table('clients').bulkPut(rows.clients);
    await old.table('meta').bulkPut(rows.meta);
    old.close();
    const current = new Dexie(name);
    declare(current, latest);
    await current.open();
    const migrated = { clients: await current.table('clients').toArray(), meta: await current.table('meta').toArray() };
    current.close();
    return migrated;
  } finally {
    await Dexie.delete(name);
  }
}

/**
 * Reads a backup file's text and checks every part with zod; an older schema's rows are migrated
 * first (`migrateBackupRows`). Nothing is written. On failure the message says why, Dutch first,
 * and `problems` lists every bad item by its number in the file.
 *
 * @example
 * const parsed = await parseBackup(await file.text());
 * if (!parsed.ok) show(parsed.message, parsed.problems);
 */
export async function parseBackup(text: string, versions: readonly DbVersion[] = DB_VERSIONS): Promise<BackupParse> {
  const latest = Math.max(...versions.map((entry) => entry.version));
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const where = syntaxWhere(text, error);
    return refuse(`Dit is geen geldig JSON-bestand: ${where}.`, `This is not a valid JSON file: ${where}.`);
  }
  const legacy = clientExportSchema.safeParse(data);
  const envelope = envelopeSchema.safeParse(data);
  let file: {
    kind: ParsedBackup['kind'];
    version: number;
    schemaVersion: number;
    createdAt: string;
    clients: unknown[];
    settings?: unknown;
    activeClient?: unknown;
  };
  if (envelope.success) file = { kind: 'backup', ...envelope.data };
  else if (legacy.success)
    file = {
      kind: 'clients-export',
      version: 1,
      schemaVersion: 1,
      createdAt: legacy.data.exportedAt,
      clients: legacy.data.clients,
    };
  else {
    const format = (data as { format?: unknown } | null)?.format;
    if (format === BACKUP_FORMAT) {
      const why = issuesText(envelope.error);
      return refuse(
        `Dit back-upbestand is onvolledig of beschadigd: ${why}.`,
        `This backup file is incomplete or damaged: ${why}.`,
      );
    }
    return refuse(
      'Dit is geen back-up van Loketgids (verwacht "format": "loketgids-backup").',
      'This is not a Loketgids backup (expected "format": "loketgids-backup").',
    );
  }
  if (file.version > BACKUP_VERSION || file.schemaVersion > latest) {
    return refuse(
      `Deze back-up is gemaakt door een nieuwere versie van Loketgids (formaat ${file.version}, schema ${file.schemaVersion}). Werk de extensie bij en probeer opnieuw.`,
      `This backup was made by a newer version of Loketgids (format ${file.version}, schema ${file.schemaVersion}). Update the extension and try again.`,
    );
  }

  // Keys first: a migration needs them, and a duplicate would silently overwrite its twin.
  const problems: BackupProblem[] = [];
  const itemOf = new Map<string, number>();
  file.clients.forEach((row, index) => {
    const kbo = (row as { kbo?: unknown } | null)?.kbo;
    if (typeof kbo !== 'string' || kbo === '') {
      problems.push({
        item: index + 1,
        message: { nl: 'Geen ondernemingsnummer (kbo).', en: 'No enterprise number (kbo).' },
      });
    } else if (itemOf.has(kbo)) {
      const first = itemOf.get(kbo);
      problems.push({
        item: index + 1,
        kbo,
        message: {
          nl: `Dubbel: hetzelfde nummer als klant nr. ${first}.`,
          en: `Duplicate: same number as client no. ${first}.`,
        },
      });
    } else itemOf.set(kbo, index + 1);
  });
  if (problems.length > 0) return badItems(problems);

  let rows = file.clients;
  let meta: Map<unknown, unknown> = new Map([
    ['settings', file.settings],
    ['activeClient', file.activeClient],
  ]);
  if (file.schemaVersion < latest) {
    const oldMeta = file.kind === 'backup' ? [...meta].map(([key, value]) => ({ key, value })) : [];
    try {
      const migrated = await migrateBackupRows({ clients: rows, meta: oldMeta }, file.schemaVersion, versions);
      rows = migrated.clients;
      if (file.kind === 'backup')
        meta = new Map(migrated.meta.map((row) => [(row as { key: unknown }).key, (row as { value: unknown }).value]));
    } catch (error) {
      return refuse(
        `Deze back-up (schema ${file.schemaVersion}) kon niet bijgewerkt worden: ${String(error)}.`,
        `This backup (schema ${file.schemaVersion}) could not be upgraded: ${String(error)}.`,
      );
    }
  }

  const clients: ClientRecord[] = [];
  for (const row of rows) {
    const kbo = String((row as { kbo?: unknown }).kbo);
    const result = clientRecordSchema.safeParse(row);
    if (result.success) clients.push(result.data);
    else {
      const why = issuesText(result.error);
      problems.push({ item: itemOf.get(kbo) ?? 0, kbo, message: { nl: `Ongeldig: ${why}`, en: `Invalid: ${why}` } });
    }
  }

  let settings: Settings | null = null;
  let activeClient: string | null | undefined;
  if (file.kind === 'backup') {
    const parsedSettings = settingsSchema.safeParse(meta.get('settings'));
    if (parsedSettings.success) settings = parsedSettings.data;
    else {
      const why = issuesText(parsedSettings.error);
      problems.push({ item: 0, message: { nl: `Ongeldige instellingen: ${why}`, en: `Invalid settings: ${why}` } });
    }
    const active = meta.get('activeClient') ?? null;
    if (active === null) activeClient = null;
    else if (typeof active === 'string' && isStoredKbo(active) && itemOf.has(active)) activeClient = active;
    else
      problems.push({
        item: 0,
        message: {
          nl: `Ongeldige actieve klant: ${JSON.stringify(active)} staat niet in de back-up.`,
          en: `Invalid active client: ${JSON.stringify(active)} is not in the backup.`,
        },
      });
  }
  if (problems.length > 0) return badItems(problems.sort((a, b) => a.item - b.item));
  return {
    ok: true,
    backup: {
      kind: file.kind,
      version: file.version,
      schemaVersion: file.schemaVersion,
      createdAt: new Date(file.createdAt),
      clients,
      settings,
      activeClient,
    },
  };
}

function badItems(problems: BackupProblem[]): BackupParse {
  const count = problems.length;
  return refuse(
    `Deze back-up bevat ${count === 1 ? '1 ongeldig onderdeel' : `${count} ongeldige onderdelen`}; zie de lijst.`,
    `This backup has ${count === 1 ? '1 invalid part' : `${count} invalid parts`}; see the list.`,
    problems,
  );
}

/** What a restore would change, against the list as stored now. KBO numbers, sorted. */
export interface RestorePlan {
  added: string[];
  replaced: string[];
  removed: string[];
  unchanged: number;
  /** Stored rows that failed validation: a restore removes them too. */
  corruptRemoved: number;
  settingsChanged: boolean;
  activeBefore: string | null;
  activeAfter: string | null;
}

function sameClient(a: ClientRecord, b: ClientRecord): boolean {
  return JSON.stringify(clientRecordSchema.parse(a)) === JSON.stringify(clientRecordSchema.parse(b));
}

function sameSettings(a: Settings, b: Settings): boolean {
  return JSON.stringify(settingsSchema.parse(a)) === JSON.stringify(settingsSchema.parse(b));
}

/** The active client after restoring `backup` when the current one is `current`. */
function activeAfter(backup: ParsedBackup, current: string | null): string | null {
  if (backup.activeClient !== undefined) return backup.activeClient;
  return current !== null && backup.clients.some((client) => client.kbo === current) ? current : null;
}

/**
 * Compares a parsed backup with what is stored now: what would be added, replaced (same number,
 * other data) and removed, and whether the settings and the active client change.
 *
 * @example
 * const plan = await planRestore(parsed.backup); // → { added: ['0417390703'], replaced: [], removed: [], … }
 */
export async function planRestore(backup: ParsedBackup, database: LoketgidsDb = db): Promise<RestorePlan> {
  return database.transaction('r', database.clients, database.meta, async () => {
    const [{ clients, corrupt }, { settings }, active] = await Promise.all([
      readClients(database),
      readSettings(database),
      readActiveKbo(database),
    ]);
    const stored = new Map(clients.map((client) => [client.kbo, client]));
    const incoming = new Set(backup.clients.map((client) => client.kbo));
    const plan: RestorePlan = {
      added: [],
      replaced: [],
      removed: clients.filter((client) => !incoming.has(client.kbo)).map((client) => client.kbo),
      unchanged: 0,
      corruptRemoved: corrupt.filter((record) => !incoming.has(record.key)).length,
      settingsChanged: backup.settings !== null && !sameSettings(backup.settings, settings),
      activeBefore: active !== null && stored.has(active) ? active : null,
      activeAfter: activeAfter(backup, active !== null && stored.has(active) ? active : null),
    };
    for (const client of backup.clients) {
      const now = stored.get(client.kbo);
      if (!now) plan.added.push(client.kbo);
      else if (sameClient(now, client)) plan.unchanged++;
      else plan.replaced.push(client.kbo);
    }
    plan.added.sort();
    plan.replaced.sort();
    plan.removed.sort();
    return plan;
  });
}

/** What a restore did. */
export interface RestoreOutcome {
  clients: number;
  settingsRestored: boolean;
  activeClient: string | null;
}

/**
 * Replaces everything with the backup's contents, in one transaction: every client (rows that
 * failed validation too), the settings (kept when the file has none) and the active client.
 * Either all of it is written or, on any failure, nothing. `lastBackupAt` moves to the backup's
 * date when that is later: what is stored now is in that file.
 *
 * @example
 * const { clients } = await restoreBackup(parsed.backup); // → { clients: 4, settingsRestored: true, activeClient: '0417390703' }
 */
export async function restoreBackup(backup: ParsedBackup, database: LoketgidsDb = db): Promise<RestoreOutcome> {
  const outcome = await database.transaction('rw', database.clients, database.meta, async () => {
    const active = activeAfter(backup, await readActiveKbo(database));
    await database.clients.clear();
    await database.clients.bulkPut(backup.clients);
    if (backup.settings !== null) await database.meta.put({ key: 'settings', value: backup.settings });
    await database.meta.put({ key: 'activeClient', value: active });
    await bumpRevision(database);
    const last = await readLastBackupAt(database);
    const made = backup.createdAt.getTime();
    if (last === null || made > last) await database.meta.put({ key: 'lastBackupAt', value: made });
    return { clients: backup.clients.length, settingsRestored: backup.settings !== null, activeClient: active };
  });
  await syncState(database);
  return outcome;
}
