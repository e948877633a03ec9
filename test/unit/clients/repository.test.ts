import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClientConflictError, ClientError } from '../../../lib/clients/model';
import {
  addClient,
  bulkDeleteClients,
  deleteClient,
  deleteCorruptClients,
  getClient,
  listClients,
  listRecentClients,
  loadSettings,
  markClientUsed,
  saveSettings,
  setActiveClient,
  syncState,
  updateClient,
} from '../../../lib/clients/repository';
import { db, readRevision } from '../../../lib/db';
import { DEFAULT_SETTINGS, readState } from '../../../lib/state';
import { KNOWN_KBOS, makeClient } from '../../support/builders';
import { resetDb } from './helpers';

beforeEach(async () => {
  await resetDb();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-03-01T09:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

async function issuesOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ClientError);
  return (error as ClientError).issues;
}

describe('addClient', () => {
  it('stores the normalised number, trimmed name, tags, notes and school flag', async () => {
    const client = await addClient({
      kbo: 'BE 0417 390 703',
      name: '  AB InBev ',
      tags: 'brouwerij, Leuven; brouwerij',
      notes: ' n ',
      school: false,
    });
    expect(client).toEqual({
      kbo: KNOWN_KBOS.abInbev,
      name: 'AB InBev',
      tags: ['brouwerij', 'Leuven'],
      notes: 'n',
      school: false,
      createdAt: Date.parse('2025-03-01T09:00:00Z'),
      updatedAt: Date.parse('2025-03-01T09:00:00Z'),
    });
    expect(await getClient('0417.390.703')).toEqual(client);
    expect(await getClient('417390703')).toEqual(client);
  });

  it('refuses an invalid number with a Dutch "ongeldig" message and writes nothing', async () => {
    const issues = await issuesOf(addClient({ kbo: '0417.390.704', name: 'X' }));
    expect(issues).toEqual([
      { field: 'kbo', message: { nl: expect.stringMatching(/^Ongeldig ondernemingsnummer/), en: expect.any(String) } },
    ]);
    expect(await db.clients.count()).toBe(0);
  });

  it('reports every problem at once', async () => {
    const issues = await issuesOf(addClient({ kbo: '', name: '   ', notes: 'x'.repeat(5000) }));
    expect(issues.map((issue) => issue.field)).toEqual(['kbo', 'name', 'notes']);
  });

  it('refuses a number already listed, naming the client', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'AB InBev' });
    const issues = await issuesOf(addClient({ kbo: '0417.390.703', name: 'Dubbel' }));
    expect(issues[0]?.message.nl).toContain('AB InBev');
    expect(await db.clients.count()).toBe(1);
  });
});

describe('updateClient', () => {
  it('changes fields and keeps creation and usage times', async () => {
    const added = await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'A' });
    await setActiveClient(KNOWN_KBOS.abInbev);
    vi.setSystemTime(new Date('2025-03-02T09:00:00Z'));
    const updated = await updateClient('0417.390.703', { kbo: KNOWN_KBOS.abInbev, name: 'B', school: true }, added);
    expect(updated).toMatchObject({ name: 'B', school: true, createdAt: Date.parse('2025-03-01T09:00:00Z') });
    expect(updated.lastUsedAt).toBe(Date.parse('2025-03-01T09:00:00Z'));
    expect(updated.updatedAt).toBe(Date.parse('2025-03-02T09:00:00Z'));
  });

  it('moves the record and the active pointer when the number changes', async () => {
    const added = await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'A' });
    await setActiveClient(KNOWN_KBOS.abInbev);
    await updateClient(KNOWN_KBOS.abInbev, { kbo: KNOWN_KBOS.second, name: 'A' }, added);
    const { clients, activeKbo } = await listClients();
    expect(clients.map((client) => client.kbo)).toEqual([KNOWN_KBOS.second]);
    expect(activeKbo).toBe(KNOWN_KBOS.second);
    expect((await readState()).activeClient?.kbo).toBe(KNOWN_KBOS.second);
  });

  it('refuses to move onto a number that is taken', async () => {
    const added = await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'A' });
    await addClient({ kbo: KNOWN_KBOS.second, name: 'B' });
    await issuesOf(updateClient(KNOWN_KBOS.abInbev, { kbo: KNOWN_KBOS.second, name: 'A' }, added));
    expect((await listClients()).clients.map((client) => client.name).sort()).toEqual(['A', 'B']);
  });
});

describe('updateClient: two windows editing the same client (optimistic concurrency)', () => {
  it('refuses the second save of a stale version, says what is stored, and writes nothing', async () => {
    const loaded = await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'A', notes: 'oud' });
    // Both windows opened the form on `loaded`. The first one saves a new name…
    const first = await updateClient(KNOWN_KBOS.abInbev, { kbo: KNOWN_KBOS.abInbev, name: 'Uit venster 1' }, loaded);
    // …then the second one saves its notes, from the version it loaded: refused, not a silent revert.
    const error = await updateClient(
      KNOWN_KBOS.abInbev,
      { kbo: KNOWN_KBOS.abInbev, name: 'A', notes: 'uit venster 2' },
      loaded,
    ).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ClientConflictError);
    expect((error as ClientConflictError).current).toEqual(first);
    expect((error as ClientConflictError).bilingual.nl).toMatch(
      /^Deze klant is intussen in een ander venster gewijzigd/,
    );
    expect(await getClient(KNOWN_KBOS.abInbev)).toEqual(first);

    // "Toch opslaan": against the version the conflict showed, it goes through.
    const forced = await updateClient(
      KNOWN_KBOS.abInbev,
      { kbo: KNOWN_KBOS.abInbev, name: 'A', notes: 'uit venster 2' },
      first,
    );
    expect(forced).toMatchObject({ name: 'A', notes: 'uit venster 2' });
  });

  it('gives every save a new version, even two in the same millisecond', async () => {
    // Date is frozen in this file: both saves happen "at once".
    const loaded = await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'A' });
    const first = await updateClient(KNOWN_KBOS.abInbev, { kbo: KNOWN_KBOS.abInbev, name: 'B' }, loaded);
    expect(first.updatedAt).toBeGreaterThan(loaded.updatedAt);
    await expect(
      updateClient(KNOWN_KBOS.abInbev, { kbo: KNOWN_KBOS.abInbev, name: 'C' }, loaded),
    ).rejects.toBeInstanceOf(ClientConflictError);
  });

  it('says so when the client was deleted in another window (and does not bring it back)', async () => {
    const loaded = await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'A' });
    await deleteClient(KNOWN_KBOS.abInbev);
    const error = await updateClient(KNOWN_KBOS.abInbev, { kbo: KNOWN_KBOS.abInbev, name: 'B' }, loaded).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ClientConflictError);
    expect((error as ClientConflictError).current).toBeNull();
    expect((error as ClientConflictError).bilingual.nl).toContain('verwijderd');
    expect(await getClient(KNOWN_KBOS.abInbev)).toBeNull();
  });

  it('a usage mark from another window (active client) is not a conflict and is kept', async () => {
    const loaded = await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'A' });
    await setActiveClient(KNOWN_KBOS.abInbev);
    const saved = await updateClient(KNOWN_KBOS.abInbev, { kbo: KNOWN_KBOS.abInbev, name: 'B' }, loaded);
    expect(saved.lastUsedAt).toBe(Date.now());
  });
});

describe('delete', () => {
  it('deletes one and clears the active client when it was that one', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'A' });
    await setActiveClient(KNOWN_KBOS.abInbev);
    expect(await deleteClient('0417.390.703')).toBe(true);
    expect(await deleteClient('0417.390.703')).toBe(false);
    expect((await listClients()).activeKbo).toBeNull();
    expect((await readState()).activeClient).toBeNull();
  });

  it('bulk-deletes in one go and says how many existed', async () => {
    await db.clients.bulkPut([makeClient(), makeClient(), makeClient()]);
    const keys = (await listClients()).clients.map((client) => client.kbo);
    expect(await bulkDeleteClients([...keys.slice(0, 2), KNOWN_KBOS.third, 'onzin'])).toBe(2);
    expect(await db.clients.count()).toBe(1);
  });
});

describe('active client and usage', () => {
  it('setActiveClient marks it used and mirrors a summary (no notes) into storage', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'A', notes: 'geheim', tags: ['x'] });
    const client = await setActiveClient('BE0417390703');
    expect(client?.lastUsedAt).toBe(Date.now());
    const state = await readState();
    expect(state.activeClient).toEqual({
      kbo: KNOWN_KBOS.abInbev,
      name: 'A',
      tags: ['x'],
      school: false,
      lastUsedAt: Date.now(),
    });
    expect(JSON.stringify(state)).not.toContain('geheim');
    await setActiveClient(null);
    expect((await readState()).activeClient).toBeNull();
  });

  it('refuses an unknown or invalid number', async () => {
    await issuesOf(setActiveClient(KNOWN_KBOS.second));
    await issuesOf(setActiveClient('0417390704'));
  });

  it('markClientUsed sets lastUsedAt and ignores unknown numbers', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'A' });
    vi.setSystemTime(new Date('2025-03-05T09:00:00Z'));
    await markClientUsed(KNOWN_KBOS.abInbev);
    await markClientUsed(KNOWN_KBOS.second);
    expect((await getClient(KNOWN_KBOS.abInbev))?.lastUsedAt).toBe(Date.parse('2025-03-05T09:00:00Z'));
  });
});

describe("listRecentClients (the popup's first paint)", () => {
  it('returns the active client, then recently used ones newest first, and no unused ones', async () => {
    await db.clients.bulkPut([
      makeClient({ name: 'Nooit' }),
      makeClient({ name: 'Oud', lastUsedAt: 100 }),
      makeClient({ name: 'Recent', lastUsedAt: 300 }),
      makeClient({ kbo: KNOWN_KBOS.abInbev, name: 'Actief', lastUsedAt: 200 }),
    ]);
    await db.meta.put({ key: 'activeClient', value: KNOWN_KBOS.abInbev });
    const recent = await listRecentClients(10);
    expect(recent.clients.map((client) => client.name)).toEqual(['Actief', 'Recent', 'Oud']);
    expect(recent.activeKbo).toBe(KNOWN_KBOS.abInbev);
    // The limit counts the recent ones; the active client comes on top of them.
    expect((await listRecentClients(1)).clients.map((client) => client.name)).toEqual(['Actief', 'Recent']);
  });
});

describe('revision and state mirror', () => {
  it('moves the revision on with every client write and mirrors it', async () => {
    const seen = [await readRevision()];
    const added = await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'A' });
    seen.push(await readRevision());
    await updateClient(KNOWN_KBOS.abInbev, { kbo: KNOWN_KBOS.abInbev, name: 'B' }, added);
    seen.push(await readRevision());
    await setActiveClient(KNOWN_KBOS.abInbev);
    seen.push(await readRevision());
    await deleteClient(KNOWN_KBOS.abInbev);
    seen.push(await readRevision());
    expect(seen[0]).toBe(0);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1] as number);
    expect((await readState()).clientsRevision).toBe(seen.at(-1));
  });

  it('never repeats a revision after the database is wiped (the worker cache would go stale)', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'A' });
    const before = await readRevision();
    await resetDb();
    vi.setSystemTime(Date.now() + 1);
    await addClient({ kbo: KNOWN_KBOS.second, name: 'B' });
    expect(await readRevision()).not.toBe(before);
  });

  it('leaves the mirror as the database ends, however many writes overlap', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'A' });
    await addClient({ kbo: KNOWN_KBOS.second, name: 'B' });
    // Writes from several pages at once (a popup, a portal tab, the options page): each one's
    // mirror may only be written after the mirror of the writes before it.
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 12; i++) {
      writes.push(setActiveClient(i % 2 ? KNOWN_KBOS.second : KNOWN_KBOS.abInbev));
      writes.push(saveSettings({ ...DEFAULT_SETTINGS, profile: i % 2 ? 'werkgever' : 'trainer' }));
      writes.push(markClientUsed(KNOWN_KBOS.second));
    }
    writes.push(setActiveClient(null));
    // A repair that read the database before the last write, still on its way to the mirror.
    for (let i = 0; i < 6; i++) writes.push(syncState());
    await Promise.all(writes);
    const state = await readState();
    const active = (await db.meta.get('activeClient'))?.value ?? null;
    expect(state.activeClient?.kbo ?? null).toBe(active);
    expect(state.settings.profile).toBe((await loadSettings()).profile);
    expect(state.clientsRevision).toBe(await readRevision());
  });

  it('a mirror write that read the database earlier never lands after a later one', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'A' });
    await setActiveClient(KNOWN_KBOS.abInbev);
    const early = syncState();
    await setActiveClient(null);
    await early;
    expect((await readState()).activeClient).toBeNull();
  });

  it('syncState repairs a cleared storage mirror', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'A' });
    await setActiveClient(KNOWN_KBOS.abInbev);
    await fakeBrowser.storage.local.clear();
    expect((await readState()).activeClient).toBeNull();
    await syncState();
    expect((await readState()).activeClient?.name).toBe('A');
  });
});

describe('settings', () => {
  it('defaults, then saves and mirrors own organisation, profile, language and facts', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const saved = await saveSettings({
      ownOrganisation: { name: ' SD Worx ', kbo: 'BE 0417.390.703' },
      profile: 'lokale-beheerder',
      lang: 'en',
      facts: ['werkrelatie'],
      cardPlace: 'panel',
    });
    expect(saved.ownOrganisation).toEqual({ name: 'SD Worx', kbo: KNOWN_KBOS.abInbev });
    expect(await loadSettings()).toEqual(saved);
    expect((await readState()).settings).toEqual(saved);
  });

  it('refuses an invalid own KBO number', async () => {
    const issues = await issuesOf(
      saveSettings({ ...DEFAULT_SETTINGS, ownOrganisation: { name: 'X', kbo: '0417390704' } }),
    );
    expect(issues[0]?.message.nl).toMatch(/Ongeldig/);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('corrupt records', () => {
  it('are reported, not shown, and can be removed', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'Goed' });
    await db.clients.put({ kbo: KNOWN_KBOS.second, name: 42 } as never);
    const { clients, corrupt } = await listClients();
    expect(clients.map((client) => client.name)).toEqual(['Goed']);
    expect(corrupt).toEqual([{ table: 'clients', key: KNOWN_KBOS.second, problem: expect.stringContaining('name') }]);
    await deleteCorruptClients(corrupt);
    expect((await listClients()).corrupt).toEqual([]);
  });

  it('a corrupt row under a number is replaced by a valid new entry', async () => {
    await db.clients.put({ kbo: KNOWN_KBOS.second, name: '' } as never);
    await addClient({ kbo: KNOWN_KBOS.second, name: 'Hersteld' });
    expect((await listClients()).clients.map((client) => client.name)).toEqual(['Hersteld']);
  });
});
