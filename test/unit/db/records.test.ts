import { beforeEach, describe, expect, it } from 'vitest';
import {
  clientRecordSchema,
  db,
  readActiveKbo,
  readClient,
  readClients,
  readRevision,
  readSettings,
} from '../../../lib/db';
import { DEFAULT_SETTINGS } from '../../../lib/state';
import { KNOWN_KBOS, makeClient } from '../../support/builders';

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('records read back are validated with zod', () => {
  const good = () => makeClient({ kbo: KNOWN_KBOS.abInbev, name: 'Goed' });

  it.each([
    ['a wrong check digit', { kbo: '0417390704' }],
    ['a formatted number', { kbo: '0417.390.703' }],
    ['an empty name', { name: '   ' }],
    ['a name that is not text', { name: 42 }],
    ['tags that are not a list', { tags: 'a,b' }],
    ['a missing school flag', { school: undefined }],
    ['a timestamp that is not a number', { createdAt: 'gisteren' }],
    ['an over-long name', { name: 'x'.repeat(201) }],
  ])('rejects a record with %s', (_label, change) => {
    expect(clientRecordSchema.safeParse({ ...good(), ...change }).success).toBe(false);
  });

  it('accepts a good record and drops unknown fields', () => {
    const parsed = clientRecordSchema.parse({ ...good(), extra: 'x' });
    expect(parsed).not.toHaveProperty('extra');
  });

  it('readClients reports corrupt rows instead of failing, and keeps the good ones', async () => {
    await db.clients.put(good());
    await db.clients.put({ ...makeClient({ kbo: KNOWN_KBOS.second }), name: 42 } as never);
    await db.clients.put({ kbo: 'rommel', name: 'x' } as never);
    const { clients, corrupt } = await readClients();
    expect(clients.map((client) => client.name)).toEqual(['Goed']);
    expect(corrupt.map((record) => record.key).sort()).toEqual([KNOWN_KBOS.second, 'rommel'].sort());
  });

  it('readClient returns null for a corrupt row', async () => {
    await db.clients.put({ kbo: KNOWN_KBOS.second, name: '' } as never);
    expect(await readClient(KNOWN_KBOS.second)).toBeNull();
  });

  it('malformed settings fall back to the defaults and are reported', async () => {
    await db.meta.put({ key: 'settings', value: { profile: 'koning', lang: 'fr' } });
    const { settings, corrupt } = await readSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(corrupt).toEqual([{ table: 'meta', key: 'settings', problem: expect.stringContaining('profile') }]);
  });

  it('a malformed active client or revision reads as none', async () => {
    await db.meta.put({ key: 'activeClient', value: '0417390704' });
    await db.meta.put({ key: 'clientsRevision', value: 'veel' });
    expect(await readActiveKbo()).toBeNull();
    expect(await readRevision()).toBe(0);
  });
});
