import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupReminder,
  createBackup,
  migrateBackupRows,
  parseBackup,
  planRestore,
  recordBackupMade,
  restoreBackup,
} from '../../../lib/clients/backup';
import { exportClientsJson } from '../../../lib/clients/export';
import { addClient, listClients, loadSettings, saveSettings, setActiveClient } from '../../../lib/clients/repository';
import { DB_VERSIONS, type DbVersion, db, LATEST_DB_VERSION, readLastBackupAt } from '../../../lib/db';
import { parseRrn } from '../../../lib/ids';
import { readState } from '../../../lib/state';
import { KNOWN_KBOS, makeClient, makeKbo } from '../../support/builders';
import { resetDb } from './helpers';

const FIXTURES = join(import.meta.dirname, '../../fixtures/backups');
const fixture = (name: string) => readFile(join(FIXTURES, name), 'utf8');

beforeEach(resetDb);

async function seed() {
  await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'AB InBev', tags: 'brouwerij', notes: 'Contact: Jan' });
  await addClient({ kbo: KNOWN_KBOS.second, name: 'Brouwerij Het Anker' });
  await addClient({ kbo: KNOWN_KBOS.third, name: 'Basisschool De Linde', school: true });
  await setActiveClient(KNOWN_KBOS.second);
  await saveSettings({
    ownOrganisation: { name: 'SD Worx', kbo: KNOWN_KBOS.abInbev },
    profile: 'werkgever',
    lang: 'en',
    facts: ['werkrelatie'],
    cardPlace: 'panel',
  });
}

async function parsedOk(text: string) {
  const parsed = await parseBackup(text);
  if (!parsed.ok) throw new Error(`${parsed.message.nl} ${JSON.stringify(parsed.problems)}`);
  return parsed.backup;
}

describe('backup', () => {
  it('holds every client with every field, the settings, the active client, the versions and the date', async () => {
    await seed();
    const at = new Date('2026-12-01T10:00:00Z');
    const backup = await createBackup(db, at);
    expect(backup.fileName).toBe('loketgids-backup-2026-12-01.json');
    const data = JSON.parse(backup.text);
    expect(data).toMatchObject({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: LATEST_DB_VERSION,
      createdAt: '2026-12-01T10:00:00.000Z',
      activeClient: KNOWN_KBOS.second,
      settings: { ownOrganisation: { name: 'SD Worx', kbo: KNOWN_KBOS.abInbev }, profile: 'werkgever', lang: 'en' },
    });
    const { clients } = await listClients();
    expect(data.clients).toHaveLength(3);
    for (const client of clients) expect(data.clients).toContainEqual(client);
    // Every table of the database is covered: clients, and meta's keys but the bookkeeping ones.
    // `renewals` is left out on purpose: a copy of what the Werkplek Duaal dashboard shows, read
    // again on the next visit (lib/clients/backup.ts); so are `corrections` (they go out as a flow
    // pack, lib/packs) and `failures` (local counts, nothing to restore).
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'clients',
      'corrections',
      'failures',
      'meta',
      'renewals',
    ]);
    expect(backup.text).not.toContain('renewals');
    // One client per line.
    expect(backup.text.trim().split('\n')).toHaveLength(1 + 3 + 1);
  });

  it('never holds a rijksregisternummer: no such field, and no number in it is one', async () => {
    await seed();
    const { text } = await createBackup();
    expect(text.toLowerCase()).not.toMatch(/rrn|rijksregister|insz|niss/);
    const digitRuns = text.replace(/[.\- ]/g, '').match(/\d{11}/g) ?? [];
    expect(digitRuns.filter((run) => parseRrn(run).ok)).toEqual([]);
  });

  it('round trip: backup → clear → restore gives the same list, settings and active client', async () => {
    await seed();
    const before = { list: await listClients(), settings: await loadSettings() };
    const { text } = await createBackup();
    await resetDb();
    expect((await listClients()).clients).toEqual([]);

    const backup = await parsedOk(text);
    const plan = await planRestore(backup);
    expect(plan.added).toHaveLength(3);
    expect(plan.removed).toEqual([]);
    expect(plan.settingsChanged).toBe(true);
    await restoreBackup(backup);

    const after = await listClients();
    expect(after.clients).toEqual(before.list.clients);
    expect(after.activeKbo).toBe(KNOWN_KBOS.second);
    expect(await loadSettings()).toEqual(before.settings);
    // The mirror the overlays read follows.
    expect((await readState()).activeClient?.kbo).toBe(KNOWN_KBOS.second);
  });

  it('previews added, replaced and removed clients against the list as stored', async () => {
    await seed();
    const backup = await parsedOk((await createBackup()).text);
    await addClient({ kbo: makeKbo(77), name: 'Alleen hier' });
    const anker = (await listClients()).clients.find((client) => client.kbo === KNOWN_KBOS.second);
    await db.clients.put({
      ...makeClient({ kbo: KNOWN_KBOS.second }),
      name: 'Anders',
      createdAt: anker?.createdAt ?? 0,
    });
    await db.clients.delete(KNOWN_KBOS.third);
    const plan = await planRestore(backup);
    expect(plan).toMatchObject({
      added: [KNOWN_KBOS.third],
      replaced: [KNOWN_KBOS.second],
      removed: [makeKbo(77)],
      unchanged: 1,
      settingsChanged: false,
    });
    await restoreBackup(backup);
    const names = (await listClients()).clients.map((client) => client.name).sort();
    expect(names).toEqual(['AB InBev', 'Basisschool De Linde', 'Brouwerij Het Anker']);
  });

  it('records when the last backup was made, and a restore never moves it back', async () => {
    expect(await readLastBackupAt()).toBeNull();
    await recordBackupMade(new Date('2026-11-01T00:00:00Z'));
    expect(await readLastBackupAt()).toBe(Date.parse('2026-11-01T00:00:00Z'));
    await restoreBackup(await parsedOk(await fixture('schema-v1.json'))); // made 2026-10-01
    expect(await readLastBackupAt()).toBe(Date.parse('2026-11-01T00:00:00Z'));
  });
});

describe('restore refuses a bad file and writes nothing', () => {
  async function expectUntouched(text: string) {
    await seed();
    const before = await listClients();
    const parsed = await parseBackup(text);
    expect(parsed.ok).toBe(false);
    expect((await listClients()).clients).toEqual(before.clients);
    if (parsed.ok) throw new Error('parsed');
    expect(parsed.message.nl).toContain('Er is niets hersteld');
    return parsed;
  }

  it('not JSON: says so, with the line', async () => {
    const parsed = await expectUntouched('{"format":"loketgids-backup",\n"version":1,\n]');
    expect(parsed.message.nl).toMatch(/^Dit is geen geldig JSON-bestand/);
    expect(parsed.message.nl).toContain('regel 3');
  });

  it('another kind of file', async () => {
    const parsed = await expectUntouched('{"hello":"world"}');
    expect(parsed.message.nl).toContain('geen back-up van Loketgids');
  });

  it('a backup from a newer version', async () => {
    const text = (await fixture('schema-v1.json')).replace(
      '"schemaVersion":1',
      `"schemaVersion":${LATEST_DB_VERSION + 1}`,
    );
    const parsed = await expectUntouched(text);
    expect(parsed.message.nl).toContain('nieuwere versie van Loketgids');
  });

  it('lists every bad item by its number', async () => {
    const data = JSON.parse(await fixture('schema-v1.json'));
    data.clients[1].kbo = '0417390704'; // wrong check digits
    data.clients[2].name = '';
    data.clients.push({ ...data.clients[0] }); // duplicate of item 1
    data.clients.push({ name: 'zonder nummer' });
    const parsed = await expectUntouched(JSON.stringify(data));
    expect(parsed.problems.map((problem) => problem.item)).toEqual([4, 5]);
    // Keys are checked first (a duplicate would overwrite its twin); then every row's fields.
    data.clients.splice(3, 2);
    const second = await parseBackup(JSON.stringify(data));
    if (second.ok) throw new Error('parsed');
    expect(second.problems.map((problem) => [problem.item, problem.message.nl.slice(0, 9)])).toEqual([
      [2, 'Ongeldig:'],
      [3, 'Ongeldig:'],
    ]);
    expect(second.message.nl).toContain('2 ongeldige onderdelen');
  });

  it('bad settings or an active client that is not in the file', async () => {
    const data = JSON.parse(await fixture('schema-v1.json'));
    data.settings.profile = 'koning';
    data.activeClient = makeKbo(999);
    const parsed = await expectUntouched(JSON.stringify(data));
    expect(parsed.problems.map((problem) => problem.message.nl)).toEqual([
      expect.stringContaining('Ongeldige instellingen'),
      expect.stringContaining('Ongeldige actieve klant'),
    ]);
  });
});

describe('backups made by older versions', () => {
  it('has a fixture for every schema version lib/db.ts knows', async () => {
    const files = (await readdir(FIXTURES)).filter((name) => /^schema-v\d+\.json$/.test(name));
    expect(files.map((name) => Number(/\d+/.exec(name)?.[0])).sort((a, b) => a - b)).toEqual(
      DB_VERSIONS.map((entry) => entry.version),
    );
  });

  it.each(DB_VERSIONS.map((entry) => entry.version))('restores a schema version %i backup', async (version) => {
    await seed();
    const backup = await parsedOk(await fixture(`schema-v${version}.json`));
    expect(backup.schemaVersion).toBe(version);
    await restoreBackup(backup);
    const { clients, activeKbo } = await listClients();
    expect(clients.map((client) => client.kbo).sort()).toEqual(
      [KNOWN_KBOS.abInbev, KNOWN_KBOS.second, KNOWN_KBOS.third].sort(),
    );
    expect(clients.find((client) => client.kbo === KNOWN_KBOS.abInbev)).toMatchObject({
      name: 'AB InBev',
      notes: 'Contact: Jan',
      lastUsedAt: 1_700_000_000_002,
    });
    expect(activeKbo).toBe(KNOWN_KBOS.abInbev);
    expect((await loadSettings()).ownOrganisation).toEqual({ name: 'SD Worx', kbo: KNOWN_KBOS.second });
    // From v3 the settings hold the flows switched off; older backups restore with none.
    expect((await loadSettings()).disabledFlows).toEqual(version >= 3 ? ['wse.vov.terugbetaling'] : []);
  });

  it('restores the older JSON client export: its clients replace the list, settings stay', async () => {
    await seed();
    const backup = await parsedOk(await fixture('clients-export-v1.json'));
    expect(backup.kind).toBe('clients-export');
    const plan = await planRestore(backup);
    expect(plan).toMatchObject({ removed: [KNOWN_KBOS.second], settingsChanged: false, activeAfter: null });
    await restoreBackup(backup);
    expect((await listClients()).clients.map((client) => client.kbo).sort()).toEqual(
      [KNOWN_KBOS.abInbev, KNOWN_KBOS.third].sort(),
    );
    expect((await loadSettings()).profile).toBe('werkgever');
  });

  it('restores what exportClientsJson writes today', async () => {
    const backup = await parsedOk(exportClientsJson([makeClient({ name: 'Nu' })]));
    expect(backup.clients.map((client) => client.name)).toEqual(['Nu']);
  });

  it('runs the database upgrade functions on an older backup (a future schema version)', async () => {
    // A version that renames the notes field, as a later release might: the backup's rows must
    // come out in the new shape through the same upgrade a profile runs.
    const future: DbVersion[] = [
      ...DB_VERSIONS,
      {
        version: LATEST_DB_VERSION + 1,
        stores: { clients: 'kbo, lastUsedAt, school' },
        upgrade: async (tx) => {
          await tx
            .table('clients')
            .toCollection()
            .modify((row: Record<string, unknown>) => {
              row.notes = `[next] ${String(row.notes)}`;
            });
        },
      },
    ];
    const rows = { clients: [makeClient({ kbo: KNOWN_KBOS.abInbev, notes: 'oud' })], meta: [] };
    const migrated = await migrateBackupRows(rows, 1, future);
    expect(migrated.clients).toEqual([expect.objectContaining({ kbo: KNOWN_KBOS.abInbev, notes: '[next] oud' })]);
    const viaFile = await parseBackup(await fixture('schema-v1.json'), future);
    if (!viaFile.ok) throw new Error(viaFile.message.nl);
    expect(viaFile.backup.clients.every((client) => client.notes.startsWith('[next] '))).toBe(true);
    expect(viaFile.backup.settings?.ownOrganisation?.name).toBe('SD Worx');
    expect(viaFile.backup.activeClient).toBe(KNOWN_KBOS.abInbev);
  });
});

describe('backup reminder', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  it.each([
    ['never made', null, true, 'U hebt nog geen back-up gemaakt.'],
    ['31 days ago', now - 31 * 86_400_000, true, 'meer dan 30 dagen geleden'],
    ['10 days ago', now - 10 * 86_400_000, false, 'Laatste back-up: 21 november 2026.'],
  ])('%s', (_label, lastAt, due, text) => {
    const reminder = backupReminder(lastAt, now);
    expect(reminder.due).toBe(due);
    expect(reminder.message.nl).toContain(text);
  });
});
