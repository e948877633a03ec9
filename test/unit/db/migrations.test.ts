import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  DB_VERSIONS,
  LATEST_DB_VERSION,
  LoketgidsDb,
  readActiveKbo,
  readClients,
  readRevision,
  readSettings,
} from '../../../lib/db';
import { KNOWN_KBOS } from '../../support/builders';

/**
 * Rows as each schema version wrote them. A new version in lib/db.ts needs a fixture here (the
 * first test fails until it has one), so every upgrade path is tested from real old data.
 */
const FIXTURES: Record<number, { clients: Record<string, unknown>[]; meta: Record<string, unknown>[] }> = {
  1: {
    clients: [
      {
        kbo: KNOWN_KBOS.abInbev,
        name: 'AB InBev',
        tags: ['brouwerij'],
        notes: 'Contact: Jan',
        school: false,
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_001,
        lastUsedAt: 1_700_000_000_002,
      },
      {
        kbo: KNOWN_KBOS.third,
        name: 'Basisschool De Linde',
        tags: [],
        notes: '',
        school: true,
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_000,
      },
      {
        kbo: KNOWN_KBOS.newStyle,
        name: '<img src=x onerror=alert(1)>',
        tags: ['a', 'b'],
        notes: 'regel 1\nregel 2',
        school: false,
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_000,
      },
    ],
    meta: [
      {
        key: 'settings',
        value: {
          ownOrganisation: { name: 'SD Worx', kbo: KNOWN_KBOS.second },
          profile: 'secretariaat',
          lang: 'nl',
          facts: ['werkrelatie'],
        },
      },
      { key: 'activeClient', value: KNOWN_KBOS.abInbev },
      { key: 'clientsRevision', value: 1_700_000_000_002 },
    ],
  },
};

describe('database schema versions', () => {
  it('declares versions in increasing order, starting at 1', () => {
    const versions = DB_VERSIONS.map((entry) => entry.version);
    expect(versions[0]).toBe(1);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_DB_VERSION).toBe(versions.at(-1));
  });

  it('keeps version 1 exactly as shipped (old versions are never edited)', () => {
    expect(DB_VERSIONS[0]).toEqual({ version: 1, stores: { clients: 'kbo, lastUsedAt', meta: 'key' } });
  });

  it('has a fixture for every version', () => {
    expect(Object.keys(FIXTURES).map(Number)).toEqual(DB_VERSIONS.map((entry) => entry.version));
  });

  it.each(DB_VERSIONS.map((entry) => entry.version))(
    'opens a version %i database with the current code and keeps every row',
    async (version) => {
      const name = `loketgids-migrate-from-${version}`;
      const fixture = FIXTURES[version];
      if (!fixture) throw new Error(`no fixture for version ${version}`);

      // Build the old database with only the versions that existed then.
      const old = new Dexie(name);
      for (const entry of DB_VERSIONS.filter((candidate) => candidate.version <= version)) {
        const declared = old.version(entry.version).stores(entry.stores);
        if (entry.upgrade) declared.upgrade(entry.upgrade);
      }
      await old.open();
      await old.table('clients').bulkAdd(fixture.clients);
      await old.table('meta').bulkAdd(fixture.meta);
      old.close();

      const current = new LoketgidsDb(name);
      await current.open();
      try {
        expect(current.verno).toBe(LATEST_DB_VERSION);
        const { clients, corrupt } = await readClients(current);
        expect(corrupt).toEqual([]);
        expect(clients.map((client) => client.kbo).sort()).toEqual(
          fixture.clients.map((client) => client.kbo as string).sort(),
        );
        for (const row of fixture.clients) {
          expect(clients.find((client) => client.kbo === row.kbo)).toMatchObject({
            name: row.name,
            tags: row.tags,
            notes: row.notes,
            school: row.school,
          });
        }
        expect((await readSettings(current)).settings.ownOrganisation?.name).toBe('SD Worx');
        expect(await readActiveKbo(current)).toBe(KNOWN_KBOS.abInbev);
        expect(await readRevision(current)).toBeGreaterThan(0);
      } finally {
        current.close();
        await Dexie.delete(name);
      }
    },
  );
});
