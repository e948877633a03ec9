/**
 * Only real wording may be required (issue: recognition on markup we have never seen): every
 * required phrase of every page state must be quoted by a seed or by DOMAIN.md §7–§8 (copied to
 * test/fixtures/sources so this runs on a clean clone), every signal names its source, and our
 * replicas' guesses (`replica`) and design-system habits (`structure`) only ever add weight.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../../lib/flows/registry';
import { findPhrase, normaliseText } from '../../../lib/guide/text';

const DIR = join(import.meta.dirname, '../../fixtures/sources');
const SEEDS = new Map(
  readdirSync(DIR)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .map((f) => [f.slice(0, 3), normaliseText(readFileSync(join(DIR, f), 'utf8'))]),
);
const DOMAIN = normaliseText(readFileSync(join(DIR, 'DOMAIN-7-8.md'), 'utf8'));
const ALL = [...SEEDS.values(), DOMAIN].join(' | ');

const quoted = (phrase: string) => {
  const hit = findPhrase(ALL, phrase);
  return hit === 'exact' || hit === 'fuzzy';
};

const signals = PAGES.flatMap((page) => page.recognise.signals.map((signal, i) => ({ page: page.id, i, signal })));

describe('signal sources', () => {
  it('has the seeds to check against', () => {
    expect(SEEDS.size).toBe(5);
    expect(DOMAIN).toContain('staat de juiste organisatie niet in de lijst');
  });

  it.each(signals.map((s) => [`${s.page} #${s.i}`, s] as const))('%s names a source that exists', (_, { signal }) => {
    for (const seed of signal.source.matchAll(/seed:(\d{3})/g)) expect(SEEDS.has(seed[1] ?? '')).toBe(true);
  });

  const required = signals.filter((s) => 'required' in s.signal && s.signal.required);
  it('requires something on every page state', () => {
    expect(new Set(required.map((s) => s.page)).size).toBeGreaterThan(PAGES.length / 2);
  });

  it.each(required.map((s) => [`${s.page} #${s.i}`, s] as const))(
    '%s: a required signal comes from a seed or DOMAIN.md §7–§8 and quotes its wording',
    (_, { signal }) => {
      expect(signal.source).toMatch(/^(seed:\d{3}|domain:§[78])/);
      if (signal.kind === 'text') expect(signal.any.some(quoted), signal.any.join(' / ')).toBe(true);
      if (signal.kind === 'role' && signal.names)
        expect(signal.names.some(quoted), signal.names.join(' / ')).toBe(true);
    },
  );

  // The social security portal and Werkplek Duaal (issue 11) hold every variant of a required
  // phrase to the sources, French and German included: a replica's word only ever adds weight.
  it.each(required.filter((s) => /^(sz|wpd)\./.test(s.page)).map((s) => [`${s.page} #${s.i}`, s] as const))(
    '%s: every variant of a required phrase is quoted',
    (_, { signal }) => {
      const variants = signal.kind === 'text' ? signal.any : signal.kind === 'role' ? (signal.names ?? []) : [];
      expect(variants.filter((p) => !quoted(p))).toEqual([]);
    },
  );

  it('never requires our own guesses', () => {
    for (const { signal } of required) expect(signal.source).not.toMatch(/^(replica|structure)/);
  });

  it('would catch a required phrase no source quotes', () => {
    expect(quoted('Welkom in het WSE Loket')).toBe(false);
    expect(quoted('In eigen naam')).toBe(false);
    expect(quoted('Geef het KBO-nummer op van de klant waarvoor u wil werken')).toBe(true);
  });
});
