/**
 * The mutation harness: what a portal's next release may do to a page we know, applied at random
 * (seeded, so a run is repeatable) to a replica's live DOM, open shadow roots included:
 * class names renamed or removed, wrapper elements added, siblings reordered, text case changed,
 * a cookie banner and a global header injected, tiles turned into table rows. Each mutant is then
 * recognised and its target searched: right state, right target, or — worst — a wrong target.
 * Used by test/unit/flows/mutations.test.ts (a few mutants per page) and `npm run bench` (many).
 */
import { FLOWS, PAGES, PAGES_BY_ID } from '../../lib/flows/registry';
import { readPage } from '../../lib/guide/dom';
import { recognise } from '../../lib/guide/recognise';
import { findTarget } from '../../lib/guide/target';
import { practicePage, type Variant } from '../../lib/practice/catalog';
import { answers, composedAncestors } from './blind';
import { allReplicas, openReplica } from './replica-dom';

const VARS = { ownOrganisation: 'SD WORX', service: 'Terugbetalingsaanvraag Vlaams opleidingsverlof' };
const TRUTH = 'data-harness-truth';
const SHADOW_TRUTH = 'data-harness-shadow-truth';

/**
 * An element in a shadow root: its host, and its place there (its tag and its index among the
 * root's elements of that tag, so a wrapper added around it does not move it).
 */
function shadowPlace(element: Element): { host: Element; path: string } | undefined {
  const root = element.getRootNode() as ParentNode & Node & { host?: Element };
  if (root.nodeType !== 11 || !root.host) return undefined; // a document fragment with a host: a shadow root
  const same = [...root.querySelectorAll(element.tagName)];
  return { host: root.host, path: `${element.tagName}${same.indexOf(element)}` };
}

/** A small seeded random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Root = Document | ShadowRoot;

function roots(doc: Document): Root[] {
  const out: Root[] = [doc];
  for (let i = 0; i < out.length; i++) {
    for (const el of (out[i] as Root).querySelectorAll('*')) if (el.shadowRoot) out.push(el.shadowRoot);
  }
  return out;
}

function elements(doc: Document): Element[] {
  return roots(doc).flatMap((root) => [...root.querySelectorAll('*')]);
}

const STRUCTURAL = new Set(['HTML', 'HEAD', 'BODY', 'SCRIPT', 'STYLE', 'TEMPLATE', 'LINK', 'META', 'TITLE', 'SLOT']);

/** A component's light-DOM child goes into one of its slots: moving it breaks the component itself. */
const slotted = (el: Element) => el.parentElement?.shadowRoot != null || el.hasAttribute('slot');

export const MUTATIONS = {
  'rename-classes': (doc: Document, rnd: () => number) => {
    const map = new Map<string, string>();
    for (const el of elements(doc)) {
      const cls = el.getAttribute('class');
      if (!cls) continue;
      const next = cls
        .split(/\s+/)
        .filter(Boolean)
        .map((c) => {
          if (!map.has(c)) map.set(c, `c${Math.floor(rnd() * 1e9).toString(36)}`);
          return map.get(c);
        });
      el.setAttribute('class', next.join(' '));
    }
  },
  'remove-classes': (doc: Document, rnd: () => number) => {
    for (const el of elements(doc)) if (el.hasAttribute('class') && rnd() < 0.6) el.removeAttribute('class');
  },
  'add-wrappers': (doc: Document, rnd: () => number) => {
    const candidates = elements(doc).filter(
      (el) =>
        !STRUCTURAL.has(el.tagName) &&
        el.parentNode &&
        !slotted(el) &&
        !/^(TR|TD|TH|TBODY|THEAD|LI|OPTION)$/.test(el.tagName),
    );
    for (const el of candidates) {
      if (rnd() > 0.15 || !el.parentNode) continue;
      const wrapper = el.ownerDocument.createElement('div');
      wrapper.setAttribute('class', 'wrapper');
      el.parentNode.insertBefore(wrapper, el);
      wrapper.append(el);
    }
  },
  'reorder-siblings': (doc: Document, rnd: () => number) => {
    for (const el of elements(doc)) {
      const kids = [...el.children];
      if (kids.length < 2 || kids.length > 12 || STRUCTURAL.has(el.tagName) || el.shadowRoot) continue;
      // Only lists of like items (tiles, list items, rows): reordering prose would change its sense.
      if (!kids.every((k) => k.tagName === kids[0]?.tagName) || rnd() > 0.5) continue;
      for (let i = kids.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [kids[i], kids[j]] = [kids[j] as Element, kids[i] as Element];
      }
      for (const k of kids) el.append(k);
    }
  },
  'change-case': (doc: Document, rnd: () => number) => {
    for (const root of roots(doc)) {
      const walker = doc.createTreeWalker(root, 4);
      const texts: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
      for (const t of texts) {
        if (t.parentElement && STRUCTURAL.has(t.parentElement.tagName)) continue;
        const r = rnd();
        if (r < 0.25) t.data = t.data.toUpperCase();
        else if (r < 0.4) t.data = t.data.toLowerCase();
      }
    }
  },
  'cookie-banner': (doc: Document) => {
    const banner = doc.createElement('div');
    banner.setAttribute('role', 'dialog');
    banner.setAttribute('aria-label', 'Cookies');
    const p = doc.createElement('p');
    p.textContent = 'Deze website gebruikt cookies. Kies welke cookies u aanvaardt.';
    banner.append(p);
    for (const label of ['Alle cookies aanvaarden', 'Enkel noodzakelijke cookies', 'Instellingen']) {
      const b = doc.createElement('button');
      b.type = 'button';
      b.textContent = label;
      banner.append(b);
    }
    doc.body.prepend(banner);
  },
  'global-header': (doc: Document) => {
    const header = doc.createElement('header');
    header.setAttribute('class', 'global');
    for (const [label, href] of [
      ['Vlaanderen', '/'],
      ['Hulp', '#hulp'],
      ['Contact', '#contact'],
      ['Mijn profiel', '#profiel'],
    ]) {
      const a = doc.createElement('a');
      a.href = href as string;
      a.textContent = label as string;
      header.append(a);
    }
    const search = doc.createElement('input');
    search.setAttribute('aria-label', 'Zoeken op vlaanderen.be');
    header.append(search);
    doc.body.prepend(header);
  },
  'tiles-to-rows': (doc: Document) => {
    for (const el of elements(doc)) {
      const kids = [...el.children];
      if (kids.length < 2 || kids.length > 8 || STRUCTURAL.has(el.tagName) || el.shadowRoot) continue;
      if (/^(TABLE|TBODY|THEAD|TR|UL|OL|SELECT)$/.test(el.tagName)) continue;
      const tileLike = kids.every(
        (k) => k.tagName === kids[0]?.tagName && /^(A|DIV|ARTICLE|LI|SECTION)$/.test(k.tagName),
      );
      if (!tileLike || !kids.some((k) => k.matches('a[href], button') || k.querySelector('a[href], button'))) continue;
      const table = doc.createElement('table');
      const body = doc.createElement('tbody');
      table.append(body);
      for (const k of kids) {
        const tr = doc.createElement('tr');
        const td = doc.createElement('td');
        td.append(k);
        tr.append(td);
        body.append(tr);
      }
      el.append(table);
      return;
    }
  },
} as const satisfies Record<string, (doc: Document, rnd: () => number) => void>;
export type MutationId = keyof typeof MUTATIONS;
const IDS = Object.keys(MUTATIONS) as MutationId[];

export interface MutantResult {
  page: string;
  variant: Variant;
  mutations: MutationId[];
  decoy: boolean;
  expected?: string;
  recognised?: string;
  /** Per target of a step on this page: right, missing or wrong. */
  targets: { key: string; outcome: 'right' | 'missing' | 'wrong' }[];
}

function stateOf(replicaId: string): string | undefined {
  return PAGES.find((page) => (page.replicas ?? [page.id]).includes(replicaId))?.id;
}

/** The target keys the flows' steps use on a page state. */
function stepTargets(stateId: string): string[] {
  return [
    ...new Set(
      FLOWS.flatMap((f) => f.steps.filter((s) => s.page === stateId && s.target).map((s) => s.target as string)),
    ),
  ];
}

/**
 * Run `perPage` mutants (a number, or one per portal) of every replica page of every portal
 * (guided pages in every variant, and the decoys), each with 2–4 random mutations.
 */
export async function runMutations(options: {
  perPage: number | ((portal: string) => number);
  seed?: number;
  filter?: (id: string, v: Variant) => boolean;
}) {
  const rnd = random(options.seed ?? 20261201);
  const results: MutantResult[] = [];
  const pages = allReplicas().filter(([id, v]) => options.filter?.(id, v) ?? true);
  const perPage = (portal: string) => (typeof options.perPage === 'number' ? options.perPage : options.perPage(portal));
  for (const [id, variant] of pages) {
    const decoy = practicePage(id).decoy === true;
    const expected = decoy ? undefined : stateOf(id);
    if (!decoy && !expected) continue;
    const portal = id.split('.')[0] ?? '';
    const portalPages = PAGES.filter((p) => p.id.startsWith(`${portal}.`));
    for (let m = 0; m < perPage(portal); m++) {
      const replica = await openReplica(id, variant, { fastTimers: true });
      const doc = replica.doc;
      // The truth: each step target as found on the page before mutation.
      const keys = expected ? stepTargets(expected) : [];
      for (const key of keys) {
        const spec = PAGES_BY_ID.get(expected as string)?.targets[key];
        const before = readPage(doc, replica.url);
        // A page with an answer key (test/support/blind.ts) names its own truth.
        const marked = answers(doc, key);
        const el = marked.length > 0 ? undefined : spec ? findTarget(before, spec, VARS)?.element : undefined;
        // Links to the same place with the same words (a menu item and a button) are one target.
        const href = el?.getAttribute('href');
        const same = href
          ? before
              .queryAll('a[href]')
              .filter((a) => a.getAttribute('href') === href && before.textOf(a) === before.textOf(el as Element))
          : [];
        for (const t of el ? [el, ...same] : marked) {
          t.setAttribute(TRUTH, `${t.getAttribute(TRUTH) ?? ''} ${key}`.trim());
          // A component draws its control again when it is moved (a wrapper, reordered siblings):
          // the truth is then the control at the same place in the same host's shadow root.
          const at = shadowPlace(t);
          if (at)
            at.host.setAttribute(SHADOW_TRUTH, `${at.host.getAttribute(SHADOW_TRUTH) ?? ''} ${key}@${at.path}`.trim());
        }
      }
      const count = 2 + Math.floor(rnd() * 3);
      const chosen = [...IDS].sort(() => rnd() - 0.5).slice(0, count);
      for (const mutation of chosen) MUTATIONS[mutation](doc, rnd);
      const view = readPage(doc, replica.url);
      const result = recognise(portalPages, view);
      const recognised = result.kind === 'sure' ? result.page.id : undefined;
      const targets: MutantResult['targets'] = [];
      // A target is marked only on a recognised page: evaluate what the guide would mark.
      const page = recognised ? PAGES_BY_ID.get(recognised) : undefined;
      for (const key of recognised ? stepTargets(recognised) : []) {
        const spec = page?.targets[key];
        const el = spec ? findTarget(view, spec, VARS)?.element : undefined;
        // The found control, or a marked control it sits in (a card that is one link).
        const truth = (el ? composedAncestors(el) : []).flatMap((a) => (a.getAttribute(TRUTH) ?? '').split(' '));
        const at = el ? shadowPlace(el) : undefined;
        if (at)
          truth.push(...(at.host.getAttribute(SHADOW_TRUTH) ?? '').split(' ').map((t) => t.replace(`@${at.path}`, '')));
        targets.push({
          key,
          outcome: !el ? 'missing' : recognised === expected && truth.includes(key) ? 'right' : 'wrong',
        });
      }
      if (recognised === expected && expected) {
        for (const key of keys) if (!targets.some((t) => t.key === key)) targets.push({ key, outcome: 'missing' });
      }
      results.push({ page: id, variant, mutations: chosen, decoy, expected, recognised, targets });
      replica.close();
    }
  }
  return results;
}

/** Rates per portal: mutants recognised with the right state and every target right; wrong targets. */
export function summarise(results: readonly MutantResult[]) {
  const by = new Map<
    string,
    { mutants: number; right: number; wrongState: number; wrongTargets: number; decoys: number; decoyMarked: number }
  >();
  for (const r of results) {
    const portal = r.page.split('.')[0] ?? '';
    const s = by.get(portal) ?? { mutants: 0, right: 0, wrongState: 0, wrongTargets: 0, decoys: 0, decoyMarked: 0 };
    const wrong = r.targets.filter((t) => t.outcome === 'wrong').length;
    if (r.decoy) {
      s.decoys++;
      if (r.recognised !== undefined) s.decoyMarked++;
    } else {
      s.mutants++;
      if (r.recognised === r.expected && r.targets.every((t) => t.outcome === 'right')) s.right++;
      if (r.recognised !== undefined && r.recognised !== r.expected) s.wrongState++;
    }
    s.wrongTargets += wrong;
    by.set(portal, s);
  }
  return by;
}
