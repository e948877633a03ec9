import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportClientsCsv, exportClientsJson } from '../../../lib/clients/export';
import { type ImportProgress, parseImport, planImportRow, previewImport } from '../../../lib/clients/import';
import {
  addClient,
  commitImport,
  deleteClient,
  getClient,
  ImportFailedError,
  listClients,
  updateClient,
} from '../../../lib/clients/repository';
import { db, readRevision } from '../../../lib/db';
import { readState } from '../../../lib/state';
import { cp1252, KNOWN_KBOS, makeClient, makeClients, makeKbo, utf8 } from '../../support/builders';
import { resetDb } from './helpers';

const XSS = '<img src=x onerror=alert(1)>';
const NOTHING = {
  added: 0,
  updated: 0,
  skipped: 0,
  unchanged: 0,
  invalid: 0,
  conflicts: [],
  cancelled: false,
  notRestored: [],
};

beforeEach(resetDb);

describe('parseImport: columns as people name them', () => {
  it.each([
    'ondernemingsnummer',
    'Ondernemingsnummer',
    'KBO',
    'kbo-nummer',
    'KBO nummer',
    'BTW-nummer',
    'btw nummer',
    'enterprise number',
    'Enterprise Number',
    'VAT number',
  ])('recognises %j as the KBO column', (header) => {
    const parsed = parseImport(`naam;${header}\nAB InBev;0417.390.703\n`);
    expect(parsed.fileError).toBeUndefined();
    expect(parsed.candidates).toEqual([{ line: 2, kbo: KNOWN_KBOS.abInbev, name: 'AB InBev' }]);
  });

  it('reads Dutch headers with every field', () => {
    const parsed = parseImport(
      'Naam;Ondernemingsnummer;Tags;Notities;School\nBasisschool De Linde;0428.759.497;onderwijs, gent;"Contact: juf An";ja\n',
    );
    expect(parsed.candidates).toEqual([
      {
        line: 2,
        kbo: KNOWN_KBOS.third,
        name: 'Basisschool De Linde',
        tags: ['onderwijs', 'gent'],
        notes: 'Contact: juf An',
        school: true,
      },
    ]);
  });

  it('reads English headers with commas', () => {
    const parsed = parseImport(
      'name,enterprise number,tags,notes,school\r\n"Acme, Inc",BE 0417 390 703,,"a ""quoted"" note",no\r\n',
    );
    expect(parsed.delimiter).toBe(',');
    expect(parsed.candidates).toEqual([
      { line: 2, kbo: KNOWN_KBOS.abInbev, name: 'Acme, Inc', notes: 'a "quoted" note', school: false },
    ]);
  });

  it.each([
    ['ja', true],
    ['Ja', true],
    ['nee', false],
    ['true', true],
    ['false', false],
    ['1', true],
    ['0', false],
    ['yes', true],
    ['NO', false],
  ])('reads school %j as %s', (value, expected) => {
    const parsed = parseImport(`kbo;naam;school\n0417390703;X;${value}\n`);
    expect(parsed.candidates[0]?.school).toBe(expected);
  });

  it('accepts the KBO number in every form, including the old 9-digit one', () => {
    const parsed = parseImport(
      'kbo;naam\n0417390703;A\n566988259;B\nBE 0428 759 497;C\n1027.798.538;D\nBE0417.390.703;E\n',
    );
    expect(parsed.candidates.map((row) => row.kbo)).toEqual([
      KNOWN_KBOS.abInbev,
      KNOWN_KBOS.second,
      KNOWN_KBOS.third,
      KNOWN_KBOS.newStyle,
    ]);
    // The fifth row is line 2's number in another form: reported, not silently merged.
    expect(parsed.invalid.map((row) => [row.line, row.reasons[0]?.nl])).toEqual([
      [6, expect.stringContaining('staat ook op regel 2')],
    ]);
  });

  it('decodes a Windows-1252 file ("Société Générale")', () => {
    const parsed = parseImport(cp1252('naam;ondernemingsnummer\r\nSociété Générale;0417.390.703\r\n'));
    expect(parsed.encoding).toBe('windows-1252');
    expect(parsed.candidates[0]?.name).toBe('Société Générale');
  });

  it('decodes UTF-8 with a BOM', () => {
    const parsed = parseImport(utf8('naam;kbo\r\nCrèche Zonneschijn;0417390703\r\n', true));
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.candidates[0]?.name).toBe('Crèche Zonneschijn');
  });

  it('reads a file without a header when the first cell is a KBO number', () => {
    const parsed = parseImport('0417390703;AB InBev\n0566988259;Tweede\n');
    expect(parsed.candidates.map((row) => [row.line, row.name])).toEqual([
      [1, 'AB InBev'],
      [2, 'Tweede'],
    ]);
  });

  it('refuses a file without a KBO column, saying which names work', () => {
    const parsed = parseImport('naam;adres\nA;Gent\n');
    expect(parsed.fileError?.nl).toContain('ondernemingsnummer');
    expect(parsed.fileError?.en).toContain('enterprise number');
  });

  it('lists unknown columns as ignored', () => {
    expect(parseImport('kbo;naam;adres\n0417390703;A;Gent\n').ignoredColumns).toEqual(['adres']);
  });
});

describe('parseImport: bad rows are reported with line number and reason', () => {
  const file = [
    'naam;ondernemingsnummer;school', // 1
    'Goed;0417.390.703;nee', // 2
    'Fout controlegetal;0417.390.704;nee', // 3
    '', // 4 (blank)
    '"Meerdere', // 5
    'regels";0566.988.259;ja', // 6
    'Vestiging;2.147.812.701;nee', // 7
    'Geen nummer;;nee', // 8
    'Rare school;0428.759.497;misschien', // 9
    'Dubbel;0417390703;nee', // 10
  ].join('\r\n');

  it('keeps the good rows and puts each bad row in `invalid`', () => {
    const parsed = parseImport(file);
    expect(parsed.candidates.map((row) => [row.line, row.name])).toEqual([
      [2, 'Goed'],
      [5, 'Meerdere regels'],
    ]);
    expect(parsed.blankLines).toBe(1);
    const byLine = Object.fromEntries(parsed.invalid.map((row) => [row.line, row.reasons]));
    expect(Object.keys(byLine).map(Number)).toEqual([3, 7, 8, 9, 10]);
    expect(byLine[3]?.[0]?.nl).toMatch(/^Ongeldig ondernemingsnummer: het controlegetal klopt niet \(verwacht 03\)/);
    expect(byLine[3]?.[0]?.en).toMatch(/^Invalid enterprise number/);
    expect(byLine[7]?.[0]?.nl).toContain('vestigingseenheidsnummer');
    expect(byLine[8]?.[0]?.nl).toContain('ontbreekt');
    expect(byLine[9]?.[0]?.nl).toContain('Ongeldige waarde voor school');
    expect(byLine[10]?.[0]?.nl).toContain('regel 2');
    for (const row of parsed.invalid)
      for (const reason of row.reasons) expect(reason.nl.toLowerCase()).toContain('ongeldig');
  });

  it('reports an unclosed quote instead of swallowing the rest', () => {
    const parsed = parseImport('naam;kbo\nA;0417390703\n"B;0566988259\nC;0428759497\n');
    expect(parsed.candidates.map((row) => row.line)).toEqual([2]);
    expect(parsed.invalid[0]?.line).toBe(3);
    expect(parsed.invalid[0]?.reasons.at(-1)?.nl).toContain('nooit gesloten');
  });
});

describe('previewImport and commitImport', () => {
  it('sorts rows into new, changed, unchanged and invalid', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'AB InBev', tags: ['brouwerij'] });
    await addClient({ kbo: KNOWN_KBOS.second, name: 'Tweede' });
    const parsed = parseImport(
      'kbo;naam;tags\n0417390703;AB InBev;brouwerij\n0566988259;Tweede NV;\n0428759497;Nieuw;\n1027798538;;\n0417390704;Fout;\n',
    );
    const preview = previewImport(parsed, (await listClients()).clients);
    expect(preview.valid.map((row) => row.name)).toEqual(['Nieuw']);
    expect(preview.duplicates.map((row) => [row.candidate.kbo, row.existing.name, row.changes])).toEqual([
      [KNOWN_KBOS.second, 'Tweede', ['name']],
    ]);
    expect(preview.unchanged.map((row) => row.kbo)).toEqual([KNOWN_KBOS.abInbev]);
    // A new client without a name cannot be added; the invalid number neither.
    expect(preview.invalid.map((row) => row.line)).toEqual([5, 6]);
    expect(preview.invalid[0]?.reasons[0]?.nl).toContain('naam ontbreekt');
  });

  it('updates or skips duplicates as chosen; empty cells keep stored data', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'AB InBev', notes: 'belangrijk', tags: ['brouwerij'] });
    const parsed = parseImport('kbo;naam;notities;tags\n0417390703;AB InBev NV;;\n');

    expect(await commitImport(parsed, { duplicates: 'skip' })).toMatchObject({ updated: 0, skipped: 1 });
    expect((await listClients()).clients[0]?.name).toBe('AB InBev');

    expect(await commitImport(parsed, { duplicates: 'update' })).toMatchObject({ updated: 1, skipped: 0 });
    const [client] = (await listClients()).clients;
    expect(client).toMatchObject({ name: 'AB InBev NV', notes: 'belangrijk', tags: ['brouwerij'] });
  });

  it('is idempotent: the same file twice changes nothing the second time', async () => {
    const csv = 'kbo;naam;tags;school\n0417390703;A;x;ja\n0566988259;B;;nee\n0417390704;Fout;;\n';
    const first = await commitImport(parseImport(csv), { duplicates: 'update' });
    expect(first).toEqual({ ...NOTHING, added: 2, invalid: 1 });
    const before = await listClients();
    const revision = await readRevision();

    const second = await commitImport(parseImport(csv), { duplicates: 'update' });
    expect(second).toEqual({ ...NOTHING, unchanged: 2, invalid: 1 });
    expect(await listClients()).toEqual(before);
    expect(await readRevision()).toBe(revision);
  });

  it('writes everything and mirrors the new revision into storage', async () => {
    const clients = makeClients(500);
    const outcome = await commitImport(parseImport(exportClientsCsv(clients)), { duplicates: 'update' });
    expect(outcome.added).toBe(500);
    expect((await listClients()).clients).toHaveLength(500);
    expect(await readRevision()).toBeGreaterThan(0);
    expect((await readState()).clientsRevision).toBe(await readRevision());
  });

  it('re-checks inside the transaction: a client added after the preview is not duplicated', async () => {
    const parsed = parseImport('kbo;naam\n0417390703;Uit bestand\n');
    expect(previewImport(parsed, []).valid).toHaveLength(1);
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'Intussen toegevoegd' });
    expect(await commitImport(parsed, { duplicates: 'skip' })).toMatchObject({ added: 0, skipped: 1 });
    expect((await listClients()).clients.map((client) => client.name)).toEqual(['Intussen toegevoegd']);
  });

  it('imports an XSS-looking name as plain text', async () => {
    await commitImport(parseImport(`kbo;naam\n0417390703;"${XSS}"\n`), { duplicates: 'update' });
    expect((await listClients()).clients[0]?.name).toBe(XSS);
  });
});

describe('parseImport: a UTF-8 file with a row from a Windows-1252 file (issue 12)', () => {
  const mixed = () => {
    const head = utf8('naam;ondernemingsnummer\r\nSociété Générale;0417.390.703\r\n');
    const pasted = cp1252('Crème Brûlée BV;0566.988.259\r\n');
    const tail = utf8('"Café Müller\r\nGent";0428.759.497\r\n');
    const multiLine = cp1252('"Pâtisserie\r\nBrûlée";1027.798.538\r\n');
    const out = new Uint8Array(head.length + pasted.length + tail.length + multiLine.length);
    out.set(head);
    out.set(pasted, head.length);
    out.set(tail, head.length + pasted.length);
    out.set(multiLine, head.length + pasted.length + tail.length);
    return out;
  };

  it('reads every row right and names the rows read as Windows-1252 by the line they start on', () => {
    const parsed = parseImport(mixed());
    expect(parsed.candidates.map((row) => row.name)).toEqual([
      'Société Générale',
      'Crème Brûlée BV',
      'Café Müller Gent',
      'Pâtisserie Brûlée',
    ]);
    expect(parsed.encoding).toBe('utf-8+windows-1252');
    expect(parsed.windows1252Rows).toEqual([
      { line: 3, raw: 'Crème Brûlée BV;0566.988.259' },
      { line: 6, raw: 'Pâtisserie\r\nBrûlée;1027.798.538' },
    ]);
    expect(previewImport(parsed, []).windows1252Rows).toEqual(parsed.windows1252Rows);
  });

  it('a file that is all UTF-8, or all Windows-1252, has nothing to check', () => {
    expect(parseImport(utf8('naam;kbo\r\nCrème;0417390703\r\n')).windows1252Rows).toBeUndefined();
    expect(parseImport(cp1252('naam;kbo\r\nCrème;0417390703\r\n')).windows1252Rows).toBeUndefined();
  });
});

describe('planImportRow (pure: what one row does)', () => {
  const now = 1_800_000_000_000;
  const stored = makeClient({ kbo: KNOWN_KBOS.abInbev, name: 'Opgeslagen', updatedAt: 5 });

  it('adds, updates with a new version, skips, leaves unchanged', () => {
    const candidate = { line: 2, kbo: KNOWN_KBOS.abInbev, name: 'Nieuw' };
    expect(planImportRow(candidate, undefined, { duplicates: 'update', now })).toMatchObject({
      kind: 'added',
      record: { name: 'Nieuw', createdAt: now, updatedAt: now },
    });
    expect(planImportRow(candidate, stored, { duplicates: 'update', now: 1 })).toMatchObject({
      kind: 'updated',
      record: { name: 'Nieuw', updatedAt: 6 },
    });
    expect(planImportRow(candidate, stored, { duplicates: 'skip', now })).toEqual({ kind: 'skipped' });
    expect(planImportRow({ line: 2, kbo: KNOWN_KBOS.abInbev }, stored, { duplicates: 'update', now })).toEqual({
      kind: 'unchanged',
    });
  });

  it('with the preview basis: changed, added or deleted since the preview is a conflict', () => {
    const candidate = { line: 7, kbo: KNOWN_KBOS.abInbev, name: 'Uit bestand' };
    const conflict = (reason: string) => ({ kind: 'conflict', conflict: { line: 7, kbo: KNOWN_KBOS.abInbev, reason } });
    const seen = new Map([[KNOWN_KBOS.abInbev, { ...stored, updatedAt: 4 }]]);
    expect(planImportRow(candidate, stored, { duplicates: 'update', basis: seen, now })).toEqual(conflict('changed'));
    expect(planImportRow(candidate, stored, { duplicates: 'update', basis: new Map(), now })).toEqual(
      conflict('added'),
    );
    expect(planImportRow(candidate, undefined, { duplicates: 'update', basis: seen, now })).toEqual(
      conflict('deleted'),
    );
    const same = new Map([[KNOWN_KBOS.abInbev, stored]]);
    expect(planImportRow(candidate, stored, { duplicates: 'update', basis: same, now }).kind).toBe('updated');
  });

  it('lib/clients/import.ts touches no database (parse, validate, plan only)', async () => {
    const source = await readFile(join(import.meta.dirname, '../../../lib/clients/import.ts'), 'utf8');
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\btransaction\(|\.bulkPut\(|\.put\(|\.delete\(|[{,]\s*db\s*[,}]|LoketgidsDb/);
    expect(code).not.toMatch(/from '\.\/repository'/);
  });
});

describe('commitImport: in chunks, with progress, cancel and conflicts (issue 12)', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Every stored row exactly as IndexedDB holds it, by key. */
  const rawRows = async () =>
    (await db.clients.toArray()).sort((a, b) => (a.kbo < b.kbo ? -1 : 1)) as unknown as Record<string, unknown>[];

  it('writes chunk by chunk and reports progress after each', async () => {
    const clients = makeClients(35);
    const progress: ImportProgress[] = [];
    const outcome = await commitImport(parseImport(exportClientsCsv(clients)), {
      duplicates: 'update',
      chunkSize: 10,
      onProgress: (step) => progress.push(step),
    });
    expect(outcome).toMatchObject({ added: 35, cancelled: false });
    expect(progress.map((step) => [step.phase, step.done, step.total])).toEqual([
      ['write', 10, 35],
      ['write', 20, 35],
      ['write', 30, 35],
      ['write', 35, 35],
    ]);
    expect((await listClients()).clients).toHaveLength(35);
  });

  it('cancel undoes the chunks already written: the list is exactly as before, updates included', async () => {
    const before = makeClients(40);
    await db.clients.bulkPut(before.slice(0, 20));
    await db.meta.put({ key: 'activeClient', value: before[3]?.kbo ?? null });
    const rowsBefore = await rawRows();
    const listBefore = await listClients();
    // The file renames the 20 stored clients and adds 20 new ones.
    const file = exportClientsCsv(before.map((client) => ({ ...client, name: `${client.name} (nieuw)` })));
    const controller = new AbortController();
    const progress: ImportProgress[] = [];
    const outcome = await commitImport(parseImport(file), {
      duplicates: 'update',
      chunkSize: 15,
      signal: controller.signal,
      onProgress: (step) => {
        progress.push(step);
        if (step.phase === 'write' && step.done === 30) controller.abort();
      },
    });
    expect(outcome).toMatchObject({ cancelled: true, added: 0, updated: 0, notRestored: [] });
    expect(progress.filter((step) => step.phase === 'write').map((step) => step.done)).toEqual([15, 30]);
    expect(progress.filter((step) => step.phase === 'undo').at(-1)).toMatchObject({ done: 30, total: 30 });
    expect(await rawRows()).toEqual(rowsBefore);
    expect({ ...(await listClients()), revision: 0 }).toEqual({ ...listBefore, revision: 0 });
  });

  it('cancel removes only what the import added, also where other clients sit between its rows', async () => {
    const file = makeClients(30);
    // A stored client whose number falls between two of the file's numbers, not in the file.
    const between = makeClient({ kbo: makeKbo(1_000_000 + 5 * 37 + 2), name: 'Stond er al' });
    await db.clients.put(between);
    const before = await rawRows();
    for (const chunkSize of [30, 7]) {
      const controller = new AbortController();
      const outcome = await commitImport(parseImport(exportClientsCsv(file)), {
        duplicates: 'update',
        chunkSize,
        signal: controller.signal,
        onProgress: (step) => {
          if (step.done >= 14) controller.abort();
        },
      });
      expect(outcome.cancelled).toBe(true);
      expect(await rawRows()).toEqual(before);
    }
    // Without anything else in the range, a chunk is undone with one range delete.
    await db.clients.clear();
    const controller = new AbortController();
    await commitImport(parseImport(exportClientsCsv(file)), {
      duplicates: 'update',
      chunkSize: 10,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(await db.clients.count()).toBe(0);
  });

  it('cancel keeps a change another window made during the import, and says which', async () => {
    const clients = makeClients(30);
    const target = clients[2] as (typeof clients)[number];
    const controller = new AbortController();
    let edited = false;
    const outcome = await commitImport(parseImport(exportClientsCsv(clients)), {
      duplicates: 'update',
      chunkSize: 10,
      signal: controller.signal,
      onProgress: () => {
        if (edited) return;
        edited = true;
        // Between two chunks, like a save in another window; then the person cancels.
        void getClient(target.kbo)
          .then((stored) => stored && updateClient(target.kbo, { ...stored, name: 'Elders gewijzigd' }, stored))
          .then(() => controller.abort());
      },
    });
    expect(outcome.cancelled).toBe(true);
    expect(outcome.notRestored).toEqual([target.kbo]);
    expect((await listClients()).clients.map((client) => client.name)).toEqual(['Elders gewijzigd']);
  });

  it('with the preview basis, a client saved elsewhere after the preview is not overwritten but listed', async () => {
    const stored = await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'AB InBev', notes: 'oud' });
    await addClient({ kbo: KNOWN_KBOS.third, name: 'Blijft' });
    const parsed = parseImport(
      'kbo;naam;notities\n0417390703;AB InBev NV;\n0566988259;Nieuw;\n0428759497;Blijft NV;\n',
    );
    const preview = previewImport(parsed, (await listClients()).clients);
    // After the preview: another window edits one client, adds the "new" one, deletes the third.
    await updateClient(KNOWN_KBOS.abInbev, { kbo: KNOWN_KBOS.abInbev, name: 'AB InBev', notes: 'elders' }, stored);
    await addClient({ kbo: KNOWN_KBOS.second, name: 'Elders toegevoegd' });
    await deleteClient(KNOWN_KBOS.third);

    const outcome = await commitImport(parsed, { duplicates: 'update', basis: preview.basis });
    expect(outcome.conflicts).toEqual([
      { line: 2, kbo: KNOWN_KBOS.abInbev, reason: 'changed' },
      { line: 3, kbo: KNOWN_KBOS.second, reason: 'added' },
      { line: 4, kbo: KNOWN_KBOS.third, reason: 'deleted' },
    ]);
    expect(outcome).toMatchObject({ added: 0, updated: 0 });
    expect((await getClient(KNOWN_KBOS.abInbev))?.notes).toBe('elders');
    expect((await getClient(KNOWN_KBOS.second))?.name).toBe('Elders toegevoegd');
    expect(await getClient(KNOWN_KBOS.third)).toBeNull();
  });

  it('a chunk that fails undoes the chunks before it: a failed import changes nothing', async () => {
    await db.clients.bulkPut(makeClients(5));
    const before = await rawRows();
    const put = db.clients.bulkPut.bind(db.clients);
    let calls = 0;
    vi.spyOn(db.clients, 'bulkPut').mockImplementation(((rows: never) => {
      calls++;
      if (calls === 3) return Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
      return put(rows);
    }) as never);
    const error = await commitImport(parseImport(exportClientsCsv(makeClients(50, 7))), {
      duplicates: 'update',
      chunkSize: 10,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFailedError);
    expect((error as ImportFailedError).undone).toBe(true);
    expect((error as ImportFailedError).message).toMatch(/^Importeren mislukt; er is niets gewijzigd/);
    expect(await rawRows()).toEqual(before);
  });
});

describe('JSON import', () => {
  it('reads our export and a bare array; line is the item number', () => {
    const parsed = parseImport('[{"kbo":"0417390703","name":"A"},{"kbo":"123","name":"B"},"onzin"]');
    expect(parsed.source).toBe('json');
    expect(parsed.candidates).toEqual([{ line: 1, kbo: KNOWN_KBOS.abInbev, name: 'A' }]);
    expect(parsed.invalid.map((row) => row.line)).toEqual([2, 3]);
    expect(parsed.invalid[0]?.reasons[0]?.nl).toContain('Ongeldig ondernemingsnummer');
  });

  it('refuses JSON it does not know', () => {
    expect(parseImport('{"foo": 1}').fileError?.nl).toContain('Ongeldig JSON-bestand');
    expect(parseImport('{"foo": ').fileError?.nl).toContain('Ongeldig JSON-bestand');
  });
});

describe('export → import round trip', () => {
  const tricky = () => [
    makeClient({ kbo: KNOWN_KBOS.abInbev, name: XSS, tags: ['a', 'b c'], notes: 'regel 1\nregel 2; "x", y' }),
    makeClient({ kbo: KNOWN_KBOS.second, name: '=HYPERLINK("http://x")', notes: '-5', school: true }),
    makeClient({ kbo: KNOWN_KBOS.third, name: "'=al ge-escaped", tags: ['@home'] }),
    makeClient({ kbo: KNOWN_KBOS.newStyle, name: 'Société Générale', lastUsedAt: 1_720_000_000_000 }),
    ...makeClients(200),
  ];
  const fields = (list: { kbo: string; name: string; tags: string[]; notes: string; school: boolean }[]) =>
    list
      .map(({ kbo, name, tags, notes, school }) => ({ kbo, name, tags, notes, school }))
      .sort((a, b) => (a.kbo < b.kbo ? -1 : 1));

  it.each(['csv', 'json'] as const)('%s: imports back to the same list, and again changes nothing', async (kind) => {
    const clients = tricky();
    const text = kind === 'csv' ? exportClientsCsv(clients) : exportClientsJson(clients);
    const parsed = parseImport(utf8(text));
    expect(parsed.invalid).toEqual([]);
    const outcome = await commitImport(parsed, { duplicates: 'update' });
    expect(outcome.added).toBe(clients.length);
    expect(fields((await listClients()).clients)).toEqual(fields(clients));

    const again = await commitImport(parseImport(utf8(text)), { duplicates: 'update' });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: clients.length });
  });

  it('json keeps usage times for restored clients', async () => {
    const clients = tricky();
    await commitImport(parseImport(exportClientsJson(clients)), { duplicates: 'update' });
    const restored = (await listClients()).clients.find((client) => client.kbo === KNOWN_KBOS.newStyle);
    expect(restored?.lastUsedAt).toBe(1_720_000_000_000);
  });

  it('csv opens in Excel: BOM, semicolons, CRLF, KBO with dots', () => {
    const text = exportClientsCsv([makeClient({ kbo: KNOWN_KBOS.abInbev, name: 'A' })]);
    expect(text).toBe('\ufeffondernemingsnummer;naam;tags;notities;school\r\n0417.390.703;A;;;nee\r\n');
  });
});
