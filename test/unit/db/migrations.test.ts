import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readCorrections } from '../../../lib/corrections/repository';
import {
  DB_VERSIONS,
  LATEST_DB_VERSION,
  LoketgidsDb,
  readActiveKbo,
  readClients,
  readRenewals,
  readRevision,
  readSettings,
} from '../../../lib/db';
import { readFailures } from '../../../lib/failures/repository';
import { KNOWN_KBOS } from '../../support/builders';

/**
 * Rows as each schema version wrote them. A new version in lib/db.ts needs a fixture here (the
 * first test fails until it has one), so every upgrade path is tested from real old data.
 */
interface Fixture {
  clients: Record<string, unknown>[];
  meta: Record<string, unknown>[];
  /** From version 2: the Werkplek Duaal renewals. */
  renewals?: Record<string, unknown>[];
  /** From version 3: corrections taught on a page, and failure counts. */
  corrections?: Record<string, unknown>[];
  failures?: Record<string, unknown>[];
}

const V1: Fixture = {
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
};

const V2_RENEWALS = [
  {
    kbo: KNOWN_KBOS.abInbev,
    organisation: 'ACM',
    erkenning: 'E/20170620/011723',
    vestiging: 'Mega World (Heist-op-den-Berg)',
    opleiding: 'Verkoper',
    deadline: '2027-04-28',
    seenOn: '2026-12-01',
  },
];

const FIXTURES: Record<number, Fixture> = {
  1: V1,
  3: {
    ...V1,
    renewals: V2_RENEWALS,
    corrections: [
      {
        id: 'c-mig-1',
        portal: 'gb',
        flow: 'gb.koppel-gebruiker',
        step: 'gebruiker',
        page: 'gb.beheer',
        target: 'koppel',
        signature: { path: '/beheer', lang: 'nl', phrases: ['text:begindatum'], ids: ['main'], headings: ['h1: 3 7'] },
        element: { tag: 'a', role: 'link', name: 'medewerker verbinden', attrs: ['class:button'] },
        createdAt: 1_764_000_000_000,
        source: 'local',
      },
    ],
    failures: [
      {
        portal: 'gb',
        flow: 'gb.koppel-gebruiker',
        step: 'gebruiker',
        kind: 'no-target',
        count: 3,
        lastAt: 1_764_000_000_000,
      },
    ],
  },
  2: {
    ...V1,
    renewals: [
      {
        kbo: KNOWN_KBOS.abInbev,
        organisation: 'ACM',
        erkenning: 'E/20170620/011723',
        vestiging: 'Mega World (Heist-op-den-Berg)',
        opleiding: 'Verkoper',
        deadline: '2027-04-28',
        seenOn: '2026-12-01',
      },
      {
        kbo: KNOWN_KBOS.second,
        organisation: 'Bouwbedrijf Peeters NV',
        erkenning: 'E/20180101/000001',
        vestiging: '',
        opleiding: 'Metselaar',
        deadline: '2026-12-11',
        seenOn: '2026-12-01',
      },
    ],
  },
};

describe('database schema versions', () => {
  it('v1 → v2: a profile with clients opens with an empty renewals table beside them', async () => {
    const name = 'loketgids-migrate-1-to-2';
    const old = new Dexie(name);
    old.version(1).stores({ clients: 'kbo, lastUsedAt', meta: 'key' });
    await old.open();
    await old.table('clients').bulkAdd(V1.clients);
    await old.table('meta').bulkAdd(V1.meta);
    old.close();
    const current = new LoketgidsDb(name);
    await current.open();
    try {
      expect(current.verno).toBeGreaterThanOrEqual(2);
      expect((await readClients(current)).clients).toHaveLength(V1.clients.length);
      expect(await current.renewals.count()).toBe(0);
      const schema = current.renewals.schema;
      expect(schema.primKey.keyPath).toEqual(['kbo', 'erkenning']);
      expect(schema.indexes.map((index) => index.name).sort()).toEqual(['deadline', 'kbo']);
    } finally {
      current.close();
      await Dexie.delete(name);
    }
  });

  it('v2 → v3: a profile with renewals opens with empty corrections and failure tables', async () => {
    const name = 'loketgids-migrate-2-to-3';
    const old = new Dexie(name);
    for (const entry of DB_VERSIONS.filter((candidate) => candidate.version <= 2)) {
      old.version(entry.version).stores(entry.stores);
    }
    await old.open();
    await old.table('clients').bulkAdd(V1.clients);
    await old.table('renewals').bulkAdd(V2_RENEWALS);
    old.close();
    const current = new LoketgidsDb(name);
    await current.open();
    try {
      expect(current.verno).toBe(3);
      expect(await current.renewals.count()).toBe(1);
      expect(await current.corrections.count()).toBe(0);
      expect(await current.failures.count()).toBe(0);
      expect(current.corrections.schema.primKey.keyPath).toBe('id');
      expect(current.corrections.schema.indexes.map((index) => index.name)).toEqual(['portal']);
      expect(current.failures.schema.primKey.keyPath).toEqual(['flow', 'step', 'kind']);
    } finally {
      current.close();
      await Dexie.delete(name);
    }
  });

  it('declares versions in increasing order, starting at 1', () => {
    const versions = DB_VERSIONS.map((entry) => entry.version);
    expect(versions[0]).toBe(1);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_DB_VERSION).toBe(versions.at(-1));
  });

  it('keeps version 1 exactly as shipped (old versions are never edited)', () => {
    expect(DB_VERSIONS[0]).toEqual({ version: 1, stores: { clients: 'kbo, lastUsedAt', meta: 'key' } });
    expect(DB_VERSIONS[1]).toEqual({ version: 2, stores: { renewals: '[kbo+erkenning], kbo, deadline' } });
    expect(DB_VERSIONS[2]).toEqual({ version: 3, stores: { corrections: 'id, portal', failures: '[flow+step+kind]' } });
  });

  it('has a fixture for every version', () => {
    expect(
      Object.keys(FIXTURES)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(DB_VERSIONS.map((entry) => entry.version));
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
      if (fixture.renewals) await old.table('renewals').bulkAdd(fixture.renewals);
      if (fixture.corrections) await old.table('corrections').bulkAdd(fixture.corrections);
      if (fixture.failures) await old.table('failures').bulkAdd(fixture.failures);
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
        // Renewals (v2): none before, every one kept after, most urgent first.
        const renewals = await readRenewals(current);
        expect(renewals.corrupt).toEqual([]);
        expect(renewals.renewals.map((r) => r.erkenning)).toEqual(
          [...(fixture.renewals ?? [])]
            .sort((a, b) => String(a.deadline).localeCompare(String(b.deadline)))
            .map((r) => r.erkenning),
        );
        // Corrections and failure counts (v3): none before, every one kept after.
        const corrections = await readCorrections(current);
        expect(corrections.corrupt).toEqual([]);
        expect(corrections.corrections.map((c) => c.id)).toEqual((fixture.corrections ?? []).map((c) => c.id));
        expect((await readFailures(current)).map((f) => f.count)).toEqual((fixture.failures ?? []).map((f) => f.count));
      } finally {
        current.close();
        await Dexie.delete(name);
      }
    },
  );
});
