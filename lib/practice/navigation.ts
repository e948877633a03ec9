/**
 * How the Oefenmodus moves between replica pages inside the extension.
 *
 * The replicas are written for the real portal hostnames (`/aanmelden/klant` on
 * wse-loket.vlaanderen.be, served there by the tests and `npm start`). Inside the extension they
 * are files (`/practice/wse/klant.plain.html`), so every address has two forms:
 * - the **portal URL** the replica stands for, which the guide reads (recognition, report) and
 *   the Oefenmodus shows in its address bar;
 * - the **file URL** the frame loads.
 * Both ways are pure functions here, so a reload, the Back button or a link all end in the same
 * place: the portal URL is always derived from the file the frame shows, never remembered.
 *
 * @example
 * resolvePracticeLink('/aanmelden/klant?kbo=0812345603', 'https://wse-loket.vlaanderen.be/')
 * // → { kind: 'page', page: <wse.kbo-prompt>, url: 'https://wse-loket.vlaanderen.be/aanmelden/klant?kbo=…' }
 */

import type { Flow, PageState } from '../guide/schema';
import { PORTALS, type PortalId, portalForUrl } from '../portals';
import {
  PRACTICE_PAGES,
  type PracticePage,
  practiceFile,
  practicePageForUrl,
  practiceUrl,
  type Variant,
} from './catalog';

/**
 * The markups the extension ships (lit, spa, drift and the pages written blind, `other` and
 * `next`, stay test-only: they test recognition, and the blind ones carry answer keys).
 */
export const SHIPPED_VARIANTS = ['plain', 'vl', 'fr', 'de'] as const satisfies readonly Variant[];

const SHIPPED_PAGE = new RegExp(`^practice/[a-z]+/[^/]+\\.(?:${SHIPPED_VARIANTS.join('|')})\\.html$`);
/** A practice page the package ships, by its path in the extension (`practice/wse/klant.plain.html`). */
export const isShippedPracticePage = (path: string) => SHIPPED_PAGE.test(path);
/** The practice assets a page names (`/practice/assets/replica.js` → `practice/assets/replica.js`). */
export const practiceAssetsNamed = (html: string) =>
  [...html.matchAll(/\/practice\/(assets\/[\w.-]+)/g)].map(([, asset]) => `practice/${asset}`);
export type Markup = 'plain' | 'vl';
export type PortalLang = 'nl' | 'fr' | 'de';

/** What the trainer chose: the markup, and the federal portal's language. */
export interface PracticeLook {
  markup: Markup;
  portalLang: PortalLang;
}

export const DEFAULT_LOOK: PracticeLook = Object.freeze({ markup: 'plain', portalLang: 'nl' });

export type PracticeLink =
  | { kind: 'page'; page: PracticePage; url: string }
  | { kind: 'missing'; portal: PortalId; url: string }
  | { kind: 'outside'; url: string }
  | { kind: 'same-page'; url: string };

/**
 * Where a link or form (`href` as written, resolved against the portal URL `base`) leads in the
 * practice portal: a replica, a portal address no replica has, or outside every portal.
 */
export function resolvePracticeLink(href: string, base: string): PracticeLink {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return { kind: 'outside', url: href };
  }
  const here = new URL(base);
  if (url.origin === here.origin && url.pathname === here.pathname && url.search === here.search && url.hash) {
    return { kind: 'same-page', url: url.href };
  }
  const portal = url.protocol === 'https:' ? portalForUrl(url.href) : undefined;
  if (!portal) return { kind: 'outside', url: url.href };
  const page = practicePageForUrl(url);
  if (!page) return { kind: 'missing', portal, url: url.href };
  return { kind: 'page', page, url: url.href };
}

/** The variant a page is shown in at a portal URL: the language for the federal portal's other host, else the markup. */
export function variantAt(page: PracticePage, url: string, look: PracticeLook): Variant {
  const hosts = PORTALS[page.portal].hosts as readonly string[];
  const hostIndex = hosts.indexOf(new URL(url).hostname);
  const langs = (Object.entries(page.variantHosts ?? {}) as [Variant, number][])
    .filter(([variant, index]) => index === hostIndex && page.variants.includes(variant))
    .map(([variant]) => variant);
  if (langs.length > 0)
    return langs.includes(look.portalLang as Variant) ? (look.portalLang as Variant) : (langs[0] as Variant);
  return page.variants.includes(look.markup) ? look.markup : 'plain';
}

/** The extension file (absolute path, with the portal URL's query) that shows a portal URL. */
export function fileUrlFor(page: PracticePage, url: string, look: PracticeLook): string {
  const parsed = new URL(url);
  return `/practice/${practiceFile(page, variantAt(page, url, look))}${parsed.search}${parsed.hash}`;
}

const FILE = /^\/practice\/(wse|gb|sz|wpd)\/([a-z0-9-]+)\.([a-z]+)\.html$/;

/**
 * The portal URL a replica file stands for (the inverse of `fileUrlFor`); undefined for any other
 * path. The query of the file URL is the portal URL's query.
 *
 * @example
 * portalUrlForFile('/practice/sz/home.fr.html', '') // → 'https://www.socialsecurity.be/'
 */
export function portalUrlForFile(pathname: string, search: string): { page: PracticePage; url: string } | undefined {
  const match = FILE.exec(pathname);
  if (!match) return undefined;
  const [, portal, name, variant] = match;
  const page = PRACTICE_PAGES.find((p) => p.id === `${portal}.${name}`);
  if (!page) return undefined;
  const base = new URL(practiceUrl(page, variant as Variant));
  // The page's own query (`?dienst=…`) stands unless the file URL carries one.
  if (search) base.search = search;
  return { page, url: base.href };
}

/** The practice page that shows a page state: its first replica, by default the page of the same id. */
export function replicaOf(state: PageState | undefined, pageId: string): PracticePage | undefined {
  const id = state?.replicas?.[0] ?? pageId;
  return PRACTICE_PAGES.find((page) => page.id === id);
}

/** The portal URL of a flow's step `index` (its page's replica, in the chosen language). */
export function stepUrl(
  flow: Flow,
  index: number,
  pages: ReadonlyMap<string, PageState>,
  look: PracticeLook,
): string | undefined {
  const step = flow.steps[index];
  if (!step) return undefined;
  const page = replicaOf(pages.get(step.page), step.page);
  if (!page) return undefined;
  const lang = look.portalLang !== 'nl' && page.variants.includes(look.portalLang) ? look.portalLang : undefined;
  return practiceUrl(page, lang);
}
