import { describe, expect, it } from 'vitest';
import { ClientSearchIndex, foldForSearch } from '../../../lib/clients/search';
import { KNOWN_KBOS, makeClient, makeClients } from '../../support/builders';

const names = (index: ClientSearchIndex, query: string, limit?: number) =>
  index.search(query, limit === undefined ? {} : { limit }).clients.map((client) => client.name);

describe('foldForSearch', () => {
  it('drops accents and case', () => {
    expect(foldForSearch('Société GÉNÉRALE Crème')).toBe('societe generale creme');
  });
});

describe('ClientSearchIndex', () => {
  const inbev = makeClient({ kbo: KNOWN_KBOS.abInbev, name: 'AB InBev', tags: ['brouwerij'] });
  const societe = makeClient({ kbo: KNOWN_KBOS.second, name: 'Société Générale', tags: ['bank', 'Brussel'] });
  const school = makeClient({ kbo: KNOWN_KBOS.third, name: 'Basisschool De Linde', tags: ['onderwijs'], school: true });
  const garage = makeClient({ kbo: KNOWN_KBOS.newStyle, name: 'Garage 2000', tags: [] });
  const all = [inbev, societe, school, garage];

  it.each([
    ['0417390703', 'AB InBev'],
    ['0417.390.703', 'AB InBev'],
    ['BE 0417 390 703', 'AB InBev'],
    ['BE0417390703', 'AB InBev'],
    ['be 0417.390.703', 'AB InBev'],
    ['417390703', 'AB InBev'],
    ['417.390.703', 'AB InBev'],
    ['0417 39', 'AB InBev'],
    ['390 703', 'AB InBev'],
    ['1027', 'Garage 2000'],
  ])('finds the KBO number typed as %j', (query, expected) => {
    expect(names(new ClientSearchIndex(all), query)).toEqual([expected]);
  });

  it('matches partial digits anywhere in the number', () => {
    expect(names(new ClientSearchIndex(all), '5949')).toEqual(['Basisschool De Linde']);
  });

  it('matches numbers in names too', () => {
    expect(names(new ClientSearchIndex(all), '2000')).toEqual(['Garage 2000']);
  });

  it.each([
    ['societe', 'Société Générale'],
    ['SOCIÉTÉ', 'Société Générale'],
    ['generale', 'Société Générale'],
    ['inbev', 'AB InBev'],
    ['brouwerij', 'AB InBev'],
    ['brussel', 'Société Générale'],
    ['ab brouw', 'AB InBev'],
    ['linde onderwijs', 'Basisschool De Linde'],
  ])('finds %j in names and tags, ignoring case and accents', (query, expected) => {
    expect(names(new ClientSearchIndex(all), query)).toEqual([expected]);
  });

  it('needs every word to match', () => {
    expect(names(new ClientSearchIndex(all), 'societe brouwerij')).toEqual([]);
  });

  it('lists the active client first, then recently used ones, newest first, then by name', () => {
    const clients = [
      makeClient({ name: 'Bakkerij Zon' }),
      makeClient({ name: 'Bakkerij Aap' }),
      makeClient({ name: 'Bakkerij Oud', lastUsedAt: 100 }),
      makeClient({ name: 'Bakkerij Recent', lastUsedAt: 200 }),
      makeClient({ name: 'Bakkerij Actief', lastUsedAt: 50 }),
    ];
    const active = clients[4]?.kbo ?? null;
    const index = new ClientSearchIndex(clients, active);
    const expected = ['Bakkerij Actief', 'Bakkerij Recent', 'Bakkerij Oud', 'Bakkerij Aap', 'Bakkerij Zon'];
    expect(names(index, '')).toEqual(expected);
    expect(names(index, 'bakkerij')).toEqual(expected);
  });

  it('ranks unused clients by match quality: name start, word start, anywhere', () => {
    const index = new ClientSearchIndex([
      makeClient({ name: 'Het Kasteel' }),
      makeClient({ name: 'Kasteel Gaasbeek' }),
      makeClient({ name: 'Zandkasteel' }),
    ]);
    expect(names(index, 'kasteel')).toEqual(['Kasteel Gaasbeek', 'Het Kasteel', 'Zandkasteel']);
  });

  it('limits the results but counts every match', () => {
    const index = new ClientSearchIndex(makeClients(300));
    const result = index.search('bakkerij', { limit: 5 });
    expect(result.clients).toHaveLength(5);
    expect(result.total).toBe(makeClients(300).filter((client) => client.name.startsWith('Bakkerij')).length);
    expect(index.search('').total).toBe(300);
  });

  it('is fast enough per keystroke over 10,000 clients', () => {
    const index = new ClientSearchIndex(makeClients(10_000), null);
    const queries = [
      'b',
      'ba',
      'bak',
      'bakk',
      'soc',
      'societe',
      '0',
      '01',
      '010',
      '0100',
      'BE 0100',
      'peeters 12',
      'zzz',
    ];
    const started = performance.now();
    for (let round = 0; round < 5; round++) for (const query of queries) index.search(query, { limit: 50 });
    const mean = (performance.now() - started) / (5 * queries.length);
    // The bench measures this properly; here only a generous bound that catches an accidental O(n²).
    expect(mean).toBeLessThan(50);
  });
});
