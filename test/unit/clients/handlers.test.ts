import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportClientsJson } from '../../../lib/clients/export';
import { clientHandlers, createIndexCache } from '../../../lib/clients/handlers';
import { parseImport } from '../../../lib/clients/import';
import { addClient, commitImport, setActiveClient } from '../../../lib/clients/repository';
import { request } from '../../../lib/messaging';
import { listen } from '../../../lib/messaging/listen';
import { readState } from '../../../lib/state';
import { KNOWN_KBOS, makeClients } from '../../support/builders';
import { resetDb } from './helpers';

const XSS = '<img src=x onerror=alert(1)>';

afterEach(() => {
  vi.restoreAllMocks();
});

beforeEach(async () => {
  await resetDb();
  await addClient({
    kbo: KNOWN_KBOS.abInbev,
    name: 'AB InBev',
    notes: 'niet voor de portaalpagina',
    tags: ['brouwerij'],
  });
  await addClient({ kbo: KNOWN_KBOS.second, name: XSS, school: true });
});

describe('clientHandlers (called directly)', () => {
  it('clients.search finds by any KBO form and returns summaries without notes', async () => {
    const search = clientHandlers['clients.search'];
    const answer = await search?.({ type: 'clients.search', query: 'BE 0417 390 703' }, {});
    expect(answer).toEqual({
      clients: [{ kbo: KNOWN_KBOS.abInbev, name: 'AB InBev', tags: ['brouwerij'], school: false }],
    });
  });

  it('clients.search honours limit and defaults to 8', async () => {
    await commitImport(parseImport(exportClientsJson(makeClients(30))), { duplicates: 'update' });
    const search = clientHandlers['clients.search'];
    expect((await search?.({ type: 'clients.search', query: '' }, {}))?.clients).toHaveLength(8);
    expect((await search?.({ type: 'clients.search', query: '', limit: 3 }, {}))?.clients).toHaveLength(3);
  });

  it('clients.get takes any form and answers null for unknown or invalid numbers', async () => {
    const get = clientHandlers['clients.get'];
    expect((await get?.({ type: 'clients.get', kbo: '0566.988.259' }, {}))?.client?.name).toBe(XSS);
    expect(await get?.({ type: 'clients.get', kbo: KNOWN_KBOS.third }, {})).toEqual({ client: null });
    expect(await get?.({ type: 'clients.get', kbo: 'onzin' }, {})).toEqual({ client: null });
  });

  it('clients.setActive sets, marks used, mirrors, and clears', async () => {
    const setActive = clientHandlers['clients.setActive'];
    expect(await setActive?.({ type: 'clients.setActive', kbo: '0417.390.703' }, {})).toEqual({ ok: true });
    const state = await readState();
    expect(state.activeClient?.kbo).toBe(KNOWN_KBOS.abInbev);
    expect(state.activeClient?.lastUsedAt).toBeTypeOf('number');
    expect(await setActive?.({ type: 'clients.setActive', kbo: null }, {})).toEqual({ ok: true });
    expect((await readState()).activeClient).toBeNull();
  });

  it('clients.setActive answers ok: false for unknown or invalid numbers', async () => {
    const setActive = clientHandlers['clients.setActive'];
    expect(await setActive?.({ type: 'clients.setActive', kbo: KNOWN_KBOS.third }, {})).toEqual({ ok: false });
    expect(await setActive?.({ type: 'clients.setActive', kbo: '0417390704' }, {})).toEqual({ ok: false });
  });
});

describe('the background search index cache', () => {
  it('reuses the index while the revision stands and rebuilds after a write', async () => {
    const cache = createIndexCache();
    const first = await cache.get();
    expect(await cache.get()).toBe(first);
    await addClient({ kbo: KNOWN_KBOS.third, name: 'Nieuw' });
    const second = await cache.get();
    expect(second).not.toBe(first);
    expect(second.search('nieuw').clients.map((client) => client.name)).toEqual(['Nieuw']);
  });

  it('sees the new active client first after setActive elsewhere', async () => {
    const search = clientHandlers['clients.search'];
    await search?.({ type: 'clients.search', query: '' }, {});
    await setActiveClient(KNOWN_KBOS.second);
    const answer = await search?.({ type: 'clients.search', query: '' }, {});
    expect(answer?.clients[0]?.kbo).toBe(KNOWN_KBOS.second);
  });
});

describe('through runtime messaging (fake browser)', () => {
  it('answers request() from a content script, validated on both ends', async () => {
    // fakeBrowser's runtime.sendMessage only supports the sendResponse style, while lib/messaging
    // (like the real polyfill) answers with a promise; so route sendMessage to the listener directly.
    let listener: ((message: unknown, sender: object) => unknown) | undefined;
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((callback) => {
      listener = callback as typeof listener;
    });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) =>
      listener?.(message, {}),
    );
    const stop = listen(clientHandlers);
    try {
      const { clients } = await request<'clients.search'>({ type: 'clients.search', query: 'inbev', limit: 5 });
      expect(clients.map((client) => client.name)).toEqual(['AB InBev']);
      expect(await request<'clients.setActive'>({ type: 'clients.setActive', kbo: KNOWN_KBOS.abInbev })).toEqual({
        ok: true,
      });
      expect(
        (await request<'clients.get'>({ type: 'clients.get', kbo: KNOWN_KBOS.abInbev })).client?.lastUsedAt,
      ).toBeTypeOf('number');
    } finally {
      stop();
    }
  });
});
