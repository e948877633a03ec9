import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db, LoketgidsDb, readActiveKbo, readClients, readRevision } from '../../../lib/db';
import { DEMO_CLIENTS } from '../../../lib/practice/demo';
import {
  createPracticeClients,
  ensurePracticeProfile,
  PRACTICE_DB_NAME,
  resetPracticeProfile,
} from '../../../lib/practice/profile';
import { KNOWN_KBOS, makeClient } from '../../support/builders';

const practice = new LoketgidsDb('loketgids-oefen-test');
const user = new LoketgidsDb('loketgids-gebruiker-test');
const NOW = 1_750_000_000_000;
const USERS_CLIENT = makeClient({ kbo: KNOWN_KBOS.abInbev, name: 'Echte Klant NV', tags: ['oefen'] });

/** Everything in a database, to compare before and after. */
async function dump(database: LoketgidsDb) {
  return { clients: await database.clients.toArray(), meta: await database.meta.toArray() };
}

let localWrites: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  for (const database of [practice, user, db]) {
    await database.open();
    await Promise.all(database.tables.map((table) => table.clear()));
  }
  await user.clients.put(USERS_CLIENT);
  await user.meta.put({ key: 'activeClient', value: KNOWN_KBOS.abInbev });
  await user.meta.put({ key: 'clientsRevision', value: 7 });
  localWrites = vi.spyOn(fakeBrowser.storage.local, 'set');
});

afterEach(() => {
  localWrites.mockRestore();
});

afterAll(() => {
  practice.close();
  user.close();
});

/** The user's database is as the test left it, and storage.local was never written. */
async function expectUserUntouched() {
  expect(await dump(user)).toEqual({
    clients: [USERS_CLIENT],
    meta: [
      { key: 'activeClient', value: KNOWN_KBOS.abInbev },
      { key: 'clientsRevision', value: 7 },
    ],
  });
  expect(await db.clients.count()).toBe(0);
  expect(await db.meta.count()).toBe(0);
  expect(localWrites).not.toHaveBeenCalled();
  expect(await fakeBrowser.storage.local.get()).toEqual({});
}

describe('resetPracticeProfile', () => {
  it('is a database of its own', () => {
    expect(PRACTICE_DB_NAME).toBe('loketgids-oefen');
    expect(PRACTICE_DB_NAME).not.toBe(db.name);
  });

  it('loads the demo clients, no active client, and a revision', async () => {
    await resetPracticeProfile(practice, NOW);
    const { clients, corrupt } = await readClients(practice);
    expect(corrupt).toEqual([]);
    expect(clients.map((client) => client.kbo).sort()).toEqual(DEMO_CLIENTS.map((client) => client.kbo).sort());
    for (const client of clients) {
      expect(client.createdAt).toBe(NOW);
      expect(client.updatedAt).toBe(NOW);
    }
    expect(await readActiveKbo(practice)).toBeNull();
    expect(await readRevision(practice)).toBe(NOW);
    await expectUserUntouched();
  });

  it('wipes what was there: other clients and the active client', async () => {
    await practice.clients.put(makeClient({ kbo: KNOWN_KBOS.third, name: 'Overblijfsel' }));
    await practice.meta.put({ key: 'activeClient', value: KNOWN_KBOS.third });
    await resetPracticeProfile(practice, NOW);
    expect(await practice.clients.get(KNOWN_KBOS.third)).toBeUndefined();
    expect(await practice.clients.count()).toBe(DEMO_CLIENTS.length);
    expect(await readActiveKbo(practice)).toBeNull();
    await expectUserUntouched();
  });

  it('ensurePracticeProfile fills an empty profile and leaves a used one alone', async () => {
    await ensurePracticeProfile(practice);
    expect(await practice.clients.count()).toBe(DEMO_CLIENTS.length);
    const clients = createPracticeClients(practice);
    await clients.setActive(DEMO_CLIENTS[1]?.kbo ?? '');
    await practice.clients.delete(DEMO_CLIENTS[0]?.kbo ?? '');
    await ensurePracticeProfile(practice);
    expect(await practice.clients.count()).toBe(DEMO_CLIENTS.length - 1);
    expect((await clients.active())?.kbo).toBe(DEMO_CLIENTS[1]?.kbo);
    await expectUserUntouched();
  });
});

describe('createPracticeClients', () => {
  beforeEach(async () => {
    await resetPracticeProfile(practice, NOW);
  });

  it("search('oefen') finds the demo clients, and only those", async () => {
    const clients = createPracticeClients(practice);
    const found = await clients.search('oefen');
    expect(found.map((client) => client.kbo).sort()).toEqual(DEMO_CLIENTS.map((client) => client.kbo).sort());
    expect(found.map((client) => client.kbo)).not.toContain(USERS_CLIENT.kbo);
    const school = await clients.search('Oefenboom');
    expect(school.map((client) => [client.name, client.school])).toEqual([['Vrije Basisschool De Oefenboom', true]]);
    expect(await clients.search('Echte Klant')).toEqual([]);
    await expectUserUntouched();
  });

  it('get: a demo client as a summary; the user’s client is not there', async () => {
    const clients = createPracticeClients(practice);
    expect(await clients.get('0812345603')).toEqual({
      kbo: '0812345603',
      name: 'Bakkerij De Oefenoven BV',
      tags: ['oefen', 'horeca'],
      school: false,
    });
    expect(await clients.get(USERS_CLIENT.kbo)).toBeNull();
  });

  it('setActive(kbo) then active() returns it; null clears it', async () => {
    const clients = createPracticeClients(practice);
    expect(await clients.active()).toBeNull();
    await clients.setActive('0765432146');
    const active = await clients.active();
    expect(active).toMatchObject({ kbo: '0765432146', name: 'Fietsen Proefrit NV' });
    expect(active?.lastUsedAt).toEqual(expect.any(Number));
    expect(await readActiveKbo(practice)).toBe('0765432146');
    await clients.setActive(null);
    expect(await clients.active()).toBeNull();
    await expectUserUntouched();
  });

  it('setActive takes the number in any written form', async () => {
    const clients = createPracticeClients(practice);
    await clients.setActive('BE 0911.223.344');
    expect((await clients.active())?.name).toBe('Schrijnwerkerij Voorbeeld & Zonen');
  });

  it.each([
    ['a valid number that is no demo client (the user’s)', KNOWN_KBOS.abInbev],
    ['a wrong check digit', '0812345604'],
    ['no number at all', 'bakkerij'],
    ['an empty string', ''],
  ])('setActive of %s changes nothing', async (_label, kbo) => {
    const clients = createPracticeClients(practice);
    await clients.setActive('0544112293');
    const before = await dump(practice);
    await clients.setActive(kbo);
    expect(await dump(practice)).toEqual(before);
    expect((await clients.active())?.kbo).toBe('0544112293');
    await expectUserUntouched();
  });
});
