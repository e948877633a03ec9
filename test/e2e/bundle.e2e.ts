/**
 * What the built extension puts into a portal page (`npm run test:e2e` builds first): no zod, no
 * knowledge base, no other portal's flows, in the content scripts and the guide modules they load. Sizes themselves are the bench's (`npm run bench`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GB_PAGES } from '../../lib/flows/gb/pages';
import { SZ_PAGES } from '../../lib/flows/sz/pages';
import { WPD_PAGES } from '../../lib/flows/wpd/pages';
import { WSE_PAGES } from '../../lib/flows/wse/pages';
import { GRANTORS } from '../../lib/knowledge/grantors';
import { PRACTICE_PAGES, practiceFile } from '../../lib/practice/catalog';
import { isShippedPracticePage, practiceAssetsNamed, SHIPPED_VARIANTS } from '../../lib/practice/navigation';
import { zipEntries } from '../support/zip';

const BUILT = join(import.meta.dirname, '../../.output/chrome-mv3');
const DIR = join(BUILT, 'content-scripts');
/** Each portal's content script and the guide module it loads where a page needs it. */
const scripts = [
  ...readdirSync(DIR)
    .filter((file) => file.endsWith('.js'))
    .map((file) => `content-scripts/${file}`),
  ...readdirSync(BUILT).filter((file) => /^(wse|gb|sz|wpd)-guide\.js$/.test(file)),
];

describe('the built content scripts and guide modules', () => {
  it('are there, one of each per portal', () => {
    expect(scripts.sort()).toEqual([
      'content-scripts/gb.js',
      'content-scripts/sz.js',
      'content-scripts/wpd.js',
      'content-scripts/wse.js',
      'gb-guide.js',
      'sz-guide.js',
      'wpd-guide.js',
      'wse-guide.js',
    ]);
  });

  it("each guide module is reachable from its own portal's pages only", () => {
    const manifest = JSON.parse(readFileSync(join(BUILT, 'manifest.json'), 'utf8')) as {
      web_accessible_resources: { resources: string[]; matches: string[] }[];
      content_scripts: { js: string[]; matches: string[] }[];
    };
    for (const portal of ['wse', 'gb', 'sz', 'wpd']) {
      const entries = manifest.web_accessible_resources.filter((entry) =>
        entry.resources.includes(`${portal}-guide.js`),
      );
      const script = manifest.content_scripts.find((entry) => entry.js.includes(`content-scripts/${portal}.js`));
      expect(entries).toHaveLength(1);
      expect(entries[0]?.matches.sort()).toEqual(script?.matches.sort());
    }
    // Nothing else is exposed to pages (WXT's content-script CSS is gone: the module brings its own).
    expect(manifest.web_accessible_resources.flatMap((entry) => entry.resources).sort()).toEqual([
      'gb-guide.js',
      'sz-guide.js',
      'wpd-guide.js',
      'wse-guide.js',
    ]);
  });

  it.each(scripts)('%s carries no zod and no knowledge base', (file) => {
    const source = readFileSync(join(BUILT, file), 'utf8');
    // zod 4 names every schema class ($ZodObject, $ZodString, …); the knowledge base is known by its grantor ids.
    expect(source).not.toMatch(/\$Zod[A-Z]/);
    expect(source).not.toContain('ZodError');
    for (const { id } of GRANTORS.filter((g) => g.id.includes('-')))
      expect(source).not.toMatch(new RegExp(`["'\`]${id}["'\`]`));
  });

  const PAGES = { wse: WSE_PAGES, gb: GB_PAGES, sz: SZ_PAGES, wpd: WPD_PAGES };
  it.each(
    Object.keys(PAGES).flatMap((portal) =>
      [`content-scripts/${portal}.js`, `${portal}-guide.js`].map(
        (file) => [file, Object.entries(PAGES).flatMap(([other, pages]) => (other === portal ? [] : pages))] as const,
      ),
    ),
  )("%s carries only its own portal's page states", (file, others) => {
    const source = readFileSync(join(BUILT, file), 'utf8');
    for (const { id } of others) expect(source).not.toMatch(new RegExp(`["'\`]${id.replace('.', '\\.')}["'\`]`));
    expect(others.length).toBeGreaterThan(5);
  });
});

describe('the store package (`wxt zip`, made by `npm run test:e2e` before the tests)', () => {
  const OUTPUT = join(import.meta.dirname, '../../.output');
  const zip = readdirSync(OUTPUT).find((file) => /-chrome\.zip$/.test(file));

  it('holds the Oefenmodus: its page, the hand-out, the frame script and a replica of every practice page', async () => {
    expect(zip, 'no .output/*-chrome.zip: run "npx wxt zip"').toBeDefined();
    const names = new Set((await zipEntries(join(OUTPUT, zip ?? ''))).map((entry) => entry.name));
    for (const file of [
      'manifest.json',
      'oefenmodus.html',
      'handout.html',
      'practice-guide.js',
      'practice/assets/replica.js',
    ])
      expect(names, file).toContain(file);
    for (const page of PRACTICE_PAGES) {
      for (const variant of SHIPPED_VARIANTS) {
        if (page.variants.includes(variant)) expect(names).toContain(`practice/${practiceFile(page, variant)}`);
      }
    }
    // The markups that only test recognition (lit, spa, drift, the pages written blind with their
    // answer keys) stay out of the package, and so do the assets only they use.
    const pages = [...names].filter((name) => name.startsWith('practice/') && !name.startsWith('practice/assets/'));
    expect(pages.filter((name) => !isShippedPracticePage(name))).toEqual([]);
    const read = (name: string) => readFileSync(join(import.meta.dirname, '../../public', name), 'utf8');
    const named = new Set(pages.flatMap((name) => practiceAssetsNamed(read(name))));
    const assets = [...names].filter((name) => name.startsWith('practice/assets/') && !name.endsWith('/'));
    expect(assets.filter((name) => !named.has(name))).toEqual([]);
    // No page in the package carries an answer key (the blind pages' `data-answer`).
    expect(pages.filter((name) => read(name).includes('data-answer'))).toEqual([]);
  });
});
