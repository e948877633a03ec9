/**
 * Architecture rules for flows (STYLE.md "For Loketgids, concretely"): every flow file is
 * registered; every step's page state has replica pages, in plain and vl markup at least, with
 * a file for every variant the catalog lists; every id a flow uses (flow, goal, facts,
 * observations) is defined in lib/knowledge; every page state is used.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PORTAL_FEATURES } from '../../../lib/flows/features';
import { FLOWS, PAGES, PAGES_BY_ID } from '../../../lib/flows/registry';
import { FEATURES, type Feature } from '../../../lib/guide/features';
import { flowSchema } from '../../../lib/guide/schema';
import { FACT_IDS, findObservationKind, GOAL_IDS, FLOWS as KNOWN_FLOWS } from '../../../lib/knowledge';
import { PORTAL_IDS, type PortalId } from '../../../lib/portals';
import { practiceFile, practicePage, type Variant } from '../../../lib/practice/catalog';

const modules = import.meta.glob('../../../lib/flows/*/*.ts', { eager: true }) as Record<
  string,
  Record<string, unknown>
>;
const SUPPORT_FILES = /\/(pages|shared|index|features)\.ts$/;
/**
 * The markup every step's replica has besides `plain`: the Flemish design system's classes on the
 * Flemish portals; the federal social security portal does not use that system, so its second
 * markup is the redesigned portal (`drift`).
 */
const SECOND_MARKUP: Record<PortalId, Variant> = { wse: 'vl', gb: 'vl', wpd: 'vl', sz: 'drift' };

describe('flow files', () => {
  it.each(Object.keys(modules).filter((path) => !SUPPORT_FILES.test(path)))('%s exports a registered flow', (path) => {
    const flows = Object.values(modules[path] ?? {}).filter((value) => flowSchema.safeParse(value).success);
    expect(flows.length).toBeGreaterThan(0);
    for (const flow of flows) {
      const id = (flow as { id: string }).id;
      expect(FLOWS.map((f) => f.id)).toContain(id);
      // One flow per file, named after it: lib/flows/wse/vov-terugbetaling.ts ↔ wse.vov.terugbetaling.
      const [portal, ...rest] = id.split('.');
      expect(path).toContain(`/flows/${portal}/`);
      expect(rest.join('-')).toContain(path.split('/').pop()?.replace(/\.ts$/, '') ?? '');
    }
  });
});

describe.each(FLOWS.map((flow) => [flow.id, flow] as const))('flow %s', (id, flow) => {
  it('is a flow the knowledge base lists, for the same portal', () => {
    const known = KNOWN_FLOWS.find((f) => f.id === id);
    expect(known?.portal).toBe(flow.portal);
  });

  it('uses only goal and fact ids of the knowledge base', () => {
    if (flow.goal) expect(GOAL_IDS).toContain(flow.goal);
    const known = KNOWN_FLOWS.find((f) => f.id === id);
    for (const fact of flow.grants) {
      expect(FACT_IDS).toContain(fact);
      expect(known?.grants).toContain(fact);
    }
    for (const step of flow.steps) {
      for (const feature of [...step.features, ...step.problems.flatMap((p) => p.features)]) {
        if (feature.kind === 'facts') for (const fact of feature.facts) expect(FACT_IDS).toContain(fact);
        if (feature.kind === 'explain') expect(findObservationKind(feature.observation)).toBeDefined();
      }
    }
  });

  it('has replica pages for every step, in plain and a second markup, with a file per listed variant', () => {
    for (const step of flow.steps) {
      for (const pageId of [step.page, ...step.problems.map((p) => p.page)]) {
        const state = PAGES_BY_ID.get(pageId);
        expect(state, `page state ${pageId}`).toBeDefined();
        for (const replica of state?.replicas ?? [pageId]) {
          const page = practicePage(replica);
          expect(page.portal).toBe(flow.portal);
          expect(page.variants).toEqual(expect.arrayContaining(['plain', SECOND_MARKUP[flow.portal]]));
          for (const variant of page.variants) {
            expect(existsSync(join(import.meta.dirname, '../../../public/practice', practiceFile(page, variant)))).toBe(
              true,
            );
          }
        }
      }
    }
  });
});

describe('page states', () => {
  it('are all used by a step or a problem of some flow', () => {
    const used = new Set(FLOWS.flatMap((f) => f.steps.flatMap((s) => [s.page, ...s.problems.map((p) => p.page)])));
    expect(PAGES.map((p) => p.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('keep selectors as the last fallback, each with a dated note', () => {
    for (const page of PAGES) {
      for (const target of Object.values(page.targets)) {
        for (const selector of target.selectors) expect(selector.note).toMatch(/^20\d\d-\d\d/);
        if (target.selectors.length > 0) expect(target.names ?? target.labels ?? target.text).toBeDefined();
      }
    }
  });
});

describe('one portal, one folder', () => {
  const root = join(import.meta.dirname, '../../..');
  it.each(['wse', 'gb', 'sz', 'wpd'])("%s: the portal's files import nothing of another portal's folder", (portal) => {
    for (const file of readdirSync(join(root, 'lib/flows', portal))) {
      const source = readFileSync(join(root, 'lib/flows', portal, file), 'utf8');
      for (const other of ['wse', 'gb', 'sz', 'wpd'].filter((p) => p !== portal)) {
        expect(source, `${portal}/${file}`).not.toMatch(new RegExp(`from '\\.\\./${other}/`));
      }
    }
  });
  it.each(['wse', 'gb', 'sz', 'wpd'])("%s: the guide module carries only its own portal's flows", (portal) => {
    const source = readFileSync(join(root, 'entrypoints', `${portal}-guide.ts`), 'utf8');
    expect(source).not.toContain('flows/registry');
    for (const other of ['wse', 'gb', 'sz', 'wpd'].filter((p) => p !== portal)) {
      expect(source).not.toContain(`lib/flows/${other}'`);
    }
    // …and its own: no portal runs without its guide any more.
    expect(source).toContain(`lib/flows/${portal}'`);
  });
  it.each(['wse', 'gb', 'sz', 'wpd'])("%s: the content script carries only its own portal's screens", (portal) => {
    const source = readFileSync(join(root, 'entrypoints', `${portal}.content`, 'index.ts'), 'utf8');
    for (const other of ['wse', 'gb', 'sz', 'wpd'].filter((p) => p !== portal)) {
      expect(source).not.toContain(`lib/flows/${other}/`);
      expect(source).not.toContain(`screens/${other}'`);
    }
    // Its screens, reduced to what the recogniser reads, by the build (wxt.config.ts).
    expect(source).toContain(`'virtual:loketgids-screens/${portal}'`);
    expect(source).toContain(`'/${portal}-guide.js'`);
  });
});

describe('what a portal page loads', () => {
  const root = join(import.meta.dirname, '../../..');
  /** Every lib/ and components/ module reachable from a file by its relative imports. */
  function reachable(start: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^(?:import|export)\s(?!type\b)[^;]*?from '(\.{1,2}\/[^']+)'/gms)) {
        const base = join(file, '..', m[1] ?? '');
        const found = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((p) => existsSync(p));
        if (found) visit(found);
      }
    };
    visit(start);
    return seen;
  }
  /** What a portal's pages may load: its content script, and its guide module where a page needs it. */
  const portalFiles = (portal: string) =>
    [
      ...reachable(join(root, 'entrypoints', `${portal}.content`, 'index.ts')),
      ...reachable(join(root, 'entrypoints', `${portal}-guide.ts`)),
    ].map((f) => f.slice(root.length + 1));
  const contentScriptFiles = (portal: string) =>
    [...reachable(join(root, 'entrypoints', `${portal}.content`, 'index.ts'))].map((f) => f.slice(root.length + 1));
  it.each(PORTAL_IDS)('%s: the content script is the recogniser and launcher only (no card, no flows)', (portal) => {
    const files = contentScriptFiles(portal);
    expect(files).toContain('lib/guide/recognise.ts');
    expect(files).toContain('lib/overlay/boot.ts');
    const heavy = files.filter(
      (f) =>
        f.startsWith('components/') ||
        f.startsWith('lib/guide/features/') ||
        /^lib\/flows\/[a-z]+\/(?!pages\.ts)/.test(f) ||
        ['lib/guide/runtime.ts', 'lib/overlay/start.tsx', 'lib/i18n/card.ts', 'lib/i18n/card-fr-de.ts'].includes(f),
    );
    expect(heavy).toEqual([]);
  });
  it.each(['wse', 'gb', 'sz', 'wpd'])('%s: no knowledge base and no rules engine on the portal’s pages', (portal) => {
    const files = portalFiles(portal);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => f.startsWith('lib/knowledge/') || f.startsWith('lib/rules/'))).toEqual([]);
  });
  it.each(['wse', 'gb', 'sz', 'wpd'])('%s: no zod schema module on the portal’s pages (types only)', (portal) => {
    const files = portalFiles(portal);
    // The built bundle itself is checked for zod by test/e2e/bundle.e2e.ts.
    const schemas = /(^|\/)(schema|schemas|state-schema|tab-state-schema|check)\.ts$/;
    expect(files.filter((f) => schemas.test(f))).toEqual([]);
  });
  it.each(PORTAL_IDS)("%s: the feature set is exactly the feature kinds of the portal's flows", (portal) => {
    const used = new Set<string>();
    for (const flow of FLOWS.filter((f) => f.portal === portal)) {
      for (const step of flow.steps) {
        for (const feature of step.features) used.add(feature.kind);
        for (const problem of step.problems) for (const feature of problem.features) used.add(feature.kind);
      }
    }
    expect(Object.keys(PORTAL_FEATURES[portal]).sort()).toEqual([...used].sort());
    for (const kind of used)
      expect(PORTAL_FEATURES[portal][kind as Feature['kind']]).toBe(FEATURES[kind as Feature['kind']]);
  });
  it.each(PORTAL_IDS)('%s: the card’s French and German only in the federal portal’s script', (portal) => {
    const files = portalFiles(portal);
    expect(files.includes('lib/i18n/card-fr-de.ts')).toBe(portal === 'sz');
    const launcher = readFileSync(join(root, 'entrypoints', `${portal}.content`, 'index.ts'), 'utf8');
    expect(launcher.includes('LAUNCHER_FR_DE')).toBe(portal === 'sz');
  });
  it.each(PORTAL_IDS)("%s: the portal's scripts reach no feature file outside its portal's set", (portal) => {
    const files = portalFiles(portal);
    const reached = files
      .filter((f) => f.startsWith('lib/guide/features/') && !/\/(types|index|schema)\.ts$/.test(f))
      .map((f) => f.replace(/^lib\/guide\/features\/|\.ts$/g, ''));
    const kinds = Object.keys(PORTAL_FEATURES[portal]);
    // Each reached file is a kind of the set (file names are the kinds; explain's file is explain.ts).
    for (const file of reached) expect(kinds, file).toContain(file);
    expect(files).not.toContain('lib/guide/features/index.ts');
  });
});
