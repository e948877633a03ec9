import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { PORTAL_IDS, PORTALS } from '../../lib/portals';
import { PRACTICE_PAGES, type PracticePage, practiceFile, type Variant } from '../../lib/practice/catalog';

export const PRACTICE_DIR = join(import.meta.dirname, '../../public/practice');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The practice page served at a URL on a portal host, if any. */
export function pageForUrl(url: URL): PracticePage | undefined {
  return PRACTICE_PAGES.find((page) => {
    const hosts = PORTALS[page.portal].hosts as readonly string[];
    const host = hosts[page.host ?? 0];
    const pagePath = page.path.split('?')[0];
    // Replicas answer on every host of their portal (both WSE-loket hosts, say), but a page that
    // names a host (socialsecurity.be) is found there first.
    return pagePath === url.pathname && (host === url.hostname || hosts.includes(url.hostname));
  });
}

export interface ServeOptions {
  /** Markup variant to serve; pages without it fall back to `plain`. */
  variant?: Variant;
  /** Replace a page's HTML before it is served (for tests of odd markup). */
  transform?: (html: string, page: PracticePage) => string;
}

/**
 * Serve the practice portal on the real portal hostnames inside a Playwright browser context,
 * so the extension's manifest match patterns are exercised exactly as on the real portals.
 * Any other request that is not the extension's own is answered with 404 or aborted: the
 * tests never reach the network.
 */
export async function servePractice(context: BrowserContext, options: ServeOptions = {}): Promise<void> {
  for (const portal of PORTAL_IDS) {
    for (const host of PORTALS[portal].hosts) {
      await context.route(`https://${host}/**`, (route) => fulfil(route, options));
    }
  }
}

async function fulfil(route: Route, options: ServeOptions): Promise<void> {
  const url = new URL(route.request().url());
  if (url.pathname.startsWith('/practice/assets/')) {
    const file = normalize(url.pathname.slice('/practice/'.length));
    if (file.includes('..')) return route.fulfill({ status: 404, body: 'not found' });
    try {
      const body = await readFile(join(PRACTICE_DIR, file));
      return route.fulfill({ status: 200, body, contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  }
  const page = pageForUrl(url);
  if (!page) {
    return route.fulfill({
      status: 404,
      contentType: TYPES['.html'],
      body: `<!doctype html><html lang="nl"><title>Niet gevonden</title><h1>Niet gevonden</h1><p>${url.pathname}</p></html>`,
    });
  }
  let html = await readFile(join(PRACTICE_DIR, practiceFile(page, options.variant ?? 'plain')), 'utf8');
  if (options.transform) html = options.transform(html, page);
  return route.fulfill({ status: 200, body: html, contentType: TYPES['.html'] });
}
