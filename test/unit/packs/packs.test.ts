/**
 * Flow packs (lib/packs): the committed JSON Schema is the one made from the zod schema; a pack
 * made of corrections reads back as the same corrections, with a preview of what it adds,
 * replaces or already has; hostile packs are refused with the reason and nothing of them kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../lib/corrections/model';
import { FLOWS } from '../../../lib/flows/registry';
import { packJsonSchemaText } from '../../../lib/packs/json-schema';
import { checkPackSize, parsePack } from '../../../lib/packs/parse';
import { makePack, previewPack } from '../../../lib/packs/preview';

const correction: Correction = {
  id: 'c-1',
  portal: 'gb',
  flow: 'gb.koppel-gebruiker',
  step: 'gebruiker',
  page: 'gb.beheer',
  target: 'koppel',
  signature: { path: '/beheer', lang: 'nl', phrases: ['text:begindatum'], ids: ['main'], headings: ['h1: 3 7'] },
  element: { tag: 'a', role: 'link', name: 'medewerker verbinden', attrs: ['class:button', 'href:/koppel/stap-#'] },
  createdAt: 1_764_000_000_000,
  source: 'local',
};
const text = makePack([correction], { now: new Date('2026-12-01T10:00:00Z'), extension: '0.1.0' }).text;

describe('flow packs', () => {
  it('has its JSON Schema file up to date (npx tsx test/support/pack-schema.ts)', () => {
    const file = readFileSync(join(import.meta.dirname, '../../../public/schemas/pack-v1.schema.json'), 'utf8');
    // Compared as data: the formatter (Biome) may lay the committed file out its own way.
    expect(JSON.parse(file)).toEqual(JSON.parse(packJsonSchemaText()));
    expect(JSON.parse(file).properties.format.const).toBe('loketgids-pack');
  });

  it('reads back what it wrote, and previews it per step', () => {
    const read = parsePack(text, FLOWS);
    expect(read.ok && read.pack.corrections).toEqual([correction]);
    if (!read.ok) return;
    expect(previewPack(read.pack, [], FLOWS).map((c) => [c.kind, c.flowTitle?.nl, c.stepTitle?.nl])).toEqual([
      ['add', 'Koppel gebruiker aan organisatie', 'De gebruiker openen'],
    ]);
    expect(previewPack(read.pack, [correction], FLOWS)[0]?.kind).toBe('same');
    const other = { ...correction, id: 'c-2', element: { ...correction.element, name: 'iets anders' } } as Correction;
    expect(previewPack(read.pack, [other], FLOWS)[0]?.kind).toBe('replace');
  });

  const pack = JSON.parse(text);
  const named = (name: string) =>
    JSON.stringify({ ...pack, corrections: [{ ...correction, element: { ...correction.element, name } }] });
  it.each([
    ['a script tag', named('<script>alert(1)</script>'), /op programmacode lijkt/],
    ['an event handler', named('a onclick=alert(1)'), /op programmacode lijkt/],
    ['a javascript: URL', named('JavaScript:alert(1)'), /op programmacode lijkt/],
    ['an img tag', named('<img src=x>'), /op programmacode lijkt/],
    [
      '__proto__',
      text.replace('"version": 1,', '"version": 1, "__proto__": {"x": 1},'),
      /verboden sleutel "__proto__"/,
    ],
    ['constructor', text.replace('"version": 1,', '"version": 1, "constructor": 1,'), /verboden sleutel "constructor"/],
    ['prototype deep', named('x').replace('"tag":"a"', '"tag":"a","prototype":{}'), /verboden sleutel "prototype"/],
    ['10 MB', JSON.stringify({ ...pack, name: 'x'.repeat(10 * 1024 * 1024) }), /te groot \(10,0 MB\)/],
    ['version 2', JSON.stringify({ ...pack, version: 2 }), /versie 2; deze Loketgids leest alleen versie 1/],
    ['no version', JSON.stringify({ ...pack, version: undefined }), /versie onbekend/],
    ['another format', JSON.stringify({ ...pack, format: 'loketgids-backup' }), /geen Loketgids-pakket/],
    ['not JSON', '{ "format": ', /geen geldig JSON-bestand/],
    ['an unknown field', JSON.stringify({ ...pack, extra: 1 }), /klopt niet/],
    ['an unknown step', named('x').replace('"step":"gebruiker"', '"step":"bestaat-niet"'), /niet kent/],
  ])('refuses a pack with %s', (_what, hostile, message) => {
    const read = parsePack(hostile, FLOWS);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem.nl).toMatch(message);
    expect(read.problem.nl).toMatch(/Er is niets ingelezen\.$/);
    expect(read.problem.en).toMatch(/Nothing was read\.$/);
  });

  it('refuses a large file by its size before reading it', () => {
    expect(checkPackSize(10 * 1024 * 1024)?.ok).toBe(false);
    expect(checkPackSize(1000)).toBeUndefined();
  });
});
