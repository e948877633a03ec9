/**
 * Forged and malformed messages of every type are refused by the background before any handler
 * sees them (lib/messaging/listen.ts); unknown types are not answered at all.
 */

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Handlers, RequestType } from '../../../lib/messaging';
import { listen } from '../../../lib/messaging/listen';
import { requestSchemas } from '../../../lib/messaging/schemas';

type Listener = (message: unknown, sender: object) => unknown;

function install(handlers: Handlers): { listener: Listener; stop: () => void } {
  let listener: Listener | undefined;
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((callback) => {
    listener = callback as Listener;
  });
  const stop = listen(handlers);
  if (!listener) throw new Error('no listener');
  return { listener, stop };
}

/** Per type: messages that must be refused (wrong field types, missing fields, oversized values). */
const FORGED: Record<RequestType, unknown[]> = {
  'clients.search': [
    { query: 42 },
    { query: 'x'.repeat(201) },
    { query: 'a', limit: 0 },
    { query: 'a', limit: 1.5 },
    {},
  ],
  'clients.get': [{}, { kbo: 417390703 }, { kbo: null }],
  'clients.setActive': [{}, { kbo: 5 }, { kbo: ['0417390703'] }],
  'guide.getTabState': [],
  'guide.setTabState': [{}],
  'guide.tabState': [{ tabId: -1 }, { tabId: 1.5 }, { tabId: '3' }],
  'guide.startFlow': [{}, { flowId: '' }, { flowId: 'x'.repeat(101) }, { flowId: 42 }],
  'guide.show': [{ tabId: -1 }, { tabId: 'active' }],
  'guide.openPanel': [{ tabId: -1 }, { tabId: 2.5 }, { tabId: 'active' }],
  'guide.placeCard': [{}, { place: 'side' }, { place: null }],
  'explain.get': [
    { about: 'x', subject: 'a', facts: [] },
    { about: 'service', subject: '', facts: [] },
    { about: 'service', subject: 'a', facts: ['x'.repeat(101)] },
    { about: 'service', subject: 'a', facts: Array.from({ length: 101 }, () => 'f') },
    { about: 'service', subject: 'a' },
  ],
  'explain.facts': [{}, { ids: 'wse.vov' }, { ids: Array.from({ length: 51 }, () => 'f') }],
  'corrections.add': [
    {},
    { correction: {} },
    {
      correction: {
        id: 'c-1',
        portal: 'xx',
        flow: 'f',
        step: 's',
        page: 'p',
        signature: {},
        createdAt: 1,
        source: 'local',
      },
    },
    {
      correction: {
        id: 'c-1',
        portal: 'gb',
        flow: 'gb.koppel-gebruiker',
        step: 'gebruiker',
        page: 'gb.beheer',
        signature: { path: '/beheer', lang: 'nl', phrases: ['x'.repeat(121)], ids: [], headings: [] },
        createdAt: 1,
        source: 'local',
      },
    },
    {
      correction: {
        id: 'c-1',
        portal: 'gb',
        flow: 'gb.koppel-gebruiker',
        step: 'gebruiker',
        page: 'gb.beheer',
        signature: { path: '/beheer', lang: 'nl', phrases: [], ids: [], headings: [] },
        createdAt: 1,
        source: 'local',
        __proto__x: 1,
      },
    },
  ],
  'corrections.test': [{}, { id: '' }, { id: 7 }],
  'failures.add': [
    {},
    { portal: 'gb', entries: [{ flow: 'f', step: 's', kind: 'crash', count: 1 }] },
    { portal: 'gb', entries: [{ flow: 'f', step: 's', kind: 'unsure', count: 0 }] },
    { portal: 'nope', entries: [] },
  ],
  'renewals.replace': [
    {},
    { kbo: '0417390703', organisation: 'ACM', seenOn: '2026-12-01' },
    { kbo: '0417.390.703', organisation: 'ACM', seenOn: '2026-12-01', renewals: [] },
    { kbo: '0417390703', organisation: '', seenOn: '2026-12-01', renewals: [] },
    { kbo: '0417390703', organisation: 'ACM', seenOn: '2026-02-30', renewals: [] },
    {
      kbo: '0417390703',
      organisation: 'ACM',
      seenOn: '2026-12-01',
      renewals: [{ erkenning: 'E/1', vestiging: '', opleiding: '', deadline: '11/12/2026' }],
    },
    {
      kbo: '0417390703',
      organisation: 'ACM',
      seenOn: '2026-12-01',
      renewals: [{ erkenning: '', vestiging: '', opleiding: '', deadline: '2026-12-11' }],
    },
    {
      kbo: '0417390703',
      organisation: 'ACM',
      seenOn: '2026-12-01',
      renewals: [{ erkenning: 'E/1', vestiging: 'x'.repeat(201), opleiding: '', deadline: '2026-12-11' }],
    },
    {
      kbo: '0417390703',
      organisation: 'ACM',
      seenOn: '2026-12-01',
      renewals: Array.from({ length: 101 }, (_, i) => ({
        erkenning: `E/${i}`,
        vestiging: '',
        opleiding: '',
        deadline: '2026-12-11',
      })),
    },
  ],
};

afterEach(() => vi.restoreAllMocks());

describe('the background refuses forged messages', () => {
  it.each(Object.keys(requestSchemas) as RequestType[])(
    '%s: malformed ones get an error, no handler runs',
    async (type) => {
      const handler = vi.fn(async () => ({}));
      const handlers = Object.fromEntries(
        (Object.keys(requestSchemas) as RequestType[]).map((t) => [t, handler]),
      ) as unknown as Handlers;
      const { listener, stop } = install(handlers);
      try {
        for (const body of FORGED[type]) {
          const answer = await listener({ type, ...(body as object) }, { tab: { id: 1 } });
          expect(answer, JSON.stringify(body)).toMatchObject({
            error: expect.stringContaining(`Ongeldig bericht ${type}`),
          });
        }
        expect(handler).not.toHaveBeenCalled();
      } finally {
        stop();
      }
    },
  );

  it.each([
    [null],
    ['clients.search'],
    [{ type: 'clients.delete', kbo: '0417390703' }],
    [{ type: '__proto__' }],
    [{ type: 'toString' }],
    [{ type: 7 }],
  ])('%j: not a known request, not answered, nothing runs', async (message) => {
    const handler = vi.fn(async () => ({}));
    const { listener, stop } = install({ 'clients.search': handler } as unknown as Handlers);
    try {
      expect(await listener(message, {})).toBeUndefined();
      expect(handler).not.toHaveBeenCalled();
    } finally {
      stop();
    }
  });
});
