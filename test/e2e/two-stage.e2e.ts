/**
 * The two scripts of a portal (lib/overlay/boot.ts): the small content script on every page, the
 * guide module only where a page needs it. Which scripts a page ran is read from the debugger
 * (`Debugger.scriptParsed` covers the content script's isolated world too).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../support/browser';
import { card, targets } from './guide-helpers';

/** The extension scripts this page has parsed so far, by file name. */
async function watchScripts(page: Page): Promise<() => string[]> {
  const cdp = await page.context().newCDPSession(page);
  const seen: string[] = [];
  cdp.on('Debugger.scriptParsed', (event: { url: string }) => {
    if (event.url.startsWith('chrome-extension://')) seen.push(new URL(event.url).pathname.slice(1));
  });
  await cdp.send('Debugger.enable');
  return () => [...seen];
}

async function openWatched(browser: Harness, path: string): Promise<{ page: Page; scripts: () => string[] }> {
  const page = await browser.context.newPage();
  const scripts = await watchScripts(page);
  await page.goto(`https://wse-loket.vlaanderen.be${path}`);
  return { page, scripts };
}

/** The newest tab's id, read in the service worker (tab ids need no `tabs` permission). */
async function newestTabId(browser: Harness): Promise<number> {
  return browser.worker.evaluate(async () => {
    const tabs = await (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }
    ).chrome.tabs.query({});
    return Math.max(...tabs.map((t) => t.id ?? -1));
  });
}

describe('a portal page loads the guide only where it needs it', () => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('a screen of the portal: the content script loads the guide module, which marks the tile', async () => {
    const { page, scripts } = await openWatched(browser, '/');
    await expect.poll(async () => (await targets(page)).length, { timeout: 10_000 }).toBe(1);
    expect(scripts()).toEqual(expect.arrayContaining(['content-scripts/wse.js', 'wse-guide.js']));
    await page.close();
  });

  it('a screen whose target every flow agrees on: the content script rings it before the guide is there, the guide takes it over', async () => {
    const page = await browser.context.newPage();
    // What the page shows, in order, seen from the page's own world.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      const ringOf = (host: Element | null) => host?.shadowRoot?.querySelector('.lg-ring:not([hidden])');
      const watched = new WeakSet<Node>();
      const observer = new MutationObserver(() => {
        // The early ring is placed in its host's shadow root (open in the e2e build), in the frame
        // after the mark: watched too. (The guide's ring is read at each change of the page.)
        for (const host of document.querySelectorAll('[data-loketgids-ring]')) {
          if (host.shadowRoot && !watched.has(host.shadowRoot)) {
            watched.add(host.shadowRoot);
            observer.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true });
          }
        }
        const target = document.querySelector('[data-loketgids-target]');
        const early = ringOf(document.querySelector('[data-loketgids-ring]'));
        const guide = ringOf(document.querySelector('[data-loketgids]'));
        const box = (el: Element | null | undefined) => {
          const r = el?.getBoundingClientRect();
          return r ? [r.left, r.top, r.right, r.bottom].map(Math.round).join(',') : '';
        };
        // The ring around the target: 4 px out on every side.
        const around = (ring: Element | null | undefined) => {
          const t = target?.getBoundingClientRect();
          const r = ring?.getBoundingClientRect();
          return !!t && !!r && r.left <= t.left && r.top <= t.top && r.right >= t.right && r.bottom >= t.bottom;
        };
        const state = [
          target ? `target:${target.getAttribute('data-loketgids-target')}` : 'no target',
          early ? `early ring${around(early) ? ' around it' : ` at ${box(early)}`}` : 'no early ring',
          guide ? `guide ring${around(guide) ? ' around it' : ` at ${box(guide)}`}` : 'no guide ring',
        ].join(', ');
        if (seen.at(-1) !== state) seen.push(state);
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto('https://wse-loket.vlaanderen.be/');
    await expect.poll(() => targets(page), { timeout: 10_000 }).toEqual([['aanmelden', expect.any(String)]]);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.at(-1)), { timeout: 10_000 })
      .toBe('target:aanmelden, no early ring, guide ring around it');
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    // Marked and ringed by the content script first (the ring is placed in the frame after the
    // mark: lib/overlay/early-mark.ts); then the guide's ring on the same element; no moment with
    // two rings, none with a ring elsewhere, none with the mark on another element.
    const shown = seen.filter((s) => s !== 'no target, no early ring, no guide ring');
    if (shown[0] === 'target:aanmelden, no early ring, no guide ring') shown.shift();
    expect(shown).toEqual([
      'target:aanmelden, early ring around it, no guide ring',
      ...(shown.includes('target:aanmelden, no early ring, no guide ring')
        ? ['target:aanmelden, no early ring, no guide ring']
        : []),
      'target:aanmelden, no early ring, guide ring around it',
    ]);
    expect((await targets(page))[0]?.[1]).toContain('onderneming of organisatie');
    await page.close();
  });

  it.each([
    ['the card dismissed on this portal', { 'loketgids:overlay': { wse: 'dismissed' } }],
    ['a flow switched off by policy', { 'loketgids:policy': { disabledFlows: ['wse.vov.terugbetaling'] } }],
    ['pack steps for this portal', { 'loketgids:pack-steps': { wse: [{ flow: 'wse.vov.terugbetaling' }] } }],
  ])('no early ring where the guide may decide otherwise: %s', async (_case, stored) => {
    const set = (values: Record<string, unknown>) =>
      browser.worker.evaluate(async (v) => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } })
          .chrome;
        await api.storage.local.set(v);
      }, values);
    await set(stored);
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __early: boolean };
      w.__early = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-loketgids-ring]')) w.__early = true;
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto('https://wse-loket.vlaanderen.be/');
    await expect.poll(() => card(page).count(), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __early: boolean }).__early)).toBe(false);
    await browser.worker.evaluate(async (keys) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { remove(k: string[]): Promise<void> } } } })
        .chrome;
      await api.storage.local.remove(keys);
    }, Object.keys(stored));
    await page.close();
  });

  it('a page that is none of its screens: the launcher alone, no guide module, until the person asks', async () => {
    const { page, scripts } = await openWatched(browser, '/nieuws');
    const launcher = card(page).getByRole('button', { name: /^Loketgids/ });
    await expect.poll(() => launcher.count(), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(1500);
    expect(scripts()).toContain('content-scripts/wse.js');
    expect(scripts()).not.toContain('wse-guide.js');
    // The launcher is placed like the card (off the portal's controls) and says what it is.
    expect(await page.locator('[data-loketgids] [data-placed]').count()).toBe(1);
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    // Keyboard: Tab reaches it first, Enter opens the whole card and the focus goes into it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-loketgids'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => scripts().includes('wse-guide.js'), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => card(page).getAttribute('data-quiet'), { timeout: 10_000 }).toBeNull();
    await expect.poll(() => card(page).textContent()).toMatch(/Welke taak|Kies/);
    // One overlay (the launcher made way for the card), the focus inside it, not on the body.
    expect(await page.locator('[data-loketgids]').count()).toBe(1);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const host = document.activeElement;
          return host?.hasAttribute('data-loketgids') === true && host.shadowRoot?.activeElement !== null;
        }),
      )
      .toBe(true);
    expect(await targets(page)).toEqual([]);
    await page.close();
  });

  it('a page the guide was needed on before: its module is fetched at once, and starts only if the page needs it', async () => {
    type Kept = Record<string, string[]> | undefined;
    const KEY = 'loketgids:guided-paths';
    const kept = () =>
      browser.worker.evaluate(
        async (key) =>
          (
            await (
              globalThis as unknown as {
                chrome: { storage: { local: { get(k: string): Promise<Record<string, Kept>> } } };
              }
            ).chrome.storage.local.get(key)
          )[key],
        KEY,
      );
    const keep = (paths: Kept) =>
      browser.worker.evaluate(
        async ([key, value]) =>
          (
            globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
          ).chrome.storage.local.set({ [key as string]: value }),
        [KEY, paths] as const,
      );
    // The login page (a screen, opened above) is kept by its path; the news page (none) is not.
    const before = await kept();
    expect(before?.wse).toContain('/');
    expect(JSON.stringify(before)).not.toContain('nieuws');
    // A kept path that is no screen now (the portal changed the page): the module comes, no card starts.
    await keep({ ...before, wse: ['/nieuws', ...(before?.wse ?? [])] });
    try {
      const { page, scripts } = await openWatched(browser, '/nieuws');
      await expect.poll(() => scripts().includes('wse-guide.js'), { timeout: 10_000 }).toBe(true);
      const launcher = card(page).getByRole('button', { name: /^Loketgids/ });
      await expect.poll(() => launcher.count(), { timeout: 10_000 }).toBe(1);
      await page.waitForTimeout(1000);
      expect(await launcher.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('[data-loketgids]').count()).toBe(1);
      expect(await targets(page)).toEqual([]);
      // The person asks: the module fetched ahead starts, once.
      await launcher.click();
      await expect.poll(() => card(page).getAttribute('data-quiet'), { timeout: 10_000 }).toBeNull();
      expect(scripts().filter((file) => file === 'wse-guide.js')).toHaveLength(1);
      await page.close();
    } finally {
      await keep(before);
    }
  });

  it('"Toon de gids op deze pagina" and the side panel reach a page whose guide is not loaded yet', async () => {
    const { page, scripts } = await openWatched(browser, '/nieuws');
    await expect.poll(() => card(page).count(), { timeout: 10_000 }).toBe(1);
    const tabId = await newestTabId(browser);
    expect(scripts()).not.toContain('wse-guide.js');
    // The popup's button: the content script takes the message, loads the guide and hands it on.
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByRole('tab', { name: 'Gids' }).click();
    await popup.getByRole('button', { name: 'Toon de gids op deze pagina' }).click();
    await expect.poll(() => popup.getByRole('status').last().textContent()).toContain('staat open');
    expect(scripts()).toContain('wse-guide.js');
    await popup.close();
    await page.close();

    // The side panel's port, on a fresh page: taken by the content script, adopted by the guide.
    const next = await openWatched(browser, '/nieuws');
    await expect.poll(() => card(next.page).count(), { timeout: 10_000 }).toBe(1);
    const nextId = await newestTabId(browser);
    expect(next.scripts()).not.toContain('wse-guide.js');
    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${nextId}`);
    await expect.poll(() => next.scripts().includes('wse-guide.js'), { timeout: 10_000 }).toBe(true);
    await expect
      .poll(() => panel.locator('main').textContent(), { timeout: 10_000 })
      .not.toMatch(/wordt geladen|Geen gids/);
    // The panel draws this tab's card: the page is unclear (news), so it asks which screen this is.
    await expect.poll(() => panel.locator('main').textContent()).toContain('Welk scherm is dit?');
    expect(await panel.locator('main').textContent()).toContain('Op de pagina tonen');
    await panel.close();
    await next.page.close();
  });

  it('a single-page move onto a screen loads the guide there', async () => {
    const { page, scripts } = await openWatched(browser, '/nieuws');
    await expect.poll(() => card(page).count(), { timeout: 10_000 }).toBe(1);
    expect(scripts()).not.toContain('wse-guide.js');
    // The page turns into the login screen without a navigation (as a single-page app would).
    await page.evaluate(async () => {
      const html = await (await fetch('/')).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', '/');
      for (const child of [...document.body.children]) if (!child.hasAttribute('data-loketgids')) child.remove();
      document.body.append(...[...doc.body.children].map((node) => document.importNode(node, true)));
    });
    await expect.poll(async () => (await targets(page)).length, { timeout: 10_000 }).toBe(1);
    // The content script rings the tile at once; the guide module follows.
    await expect.poll(() => scripts(), { timeout: 10_000 }).toContain('wse-guide.js');
    await page.close();
  });
});

/**
 * A portal page that fills itself in at DOMContentLoaded (jQuery's `ready`, a framework started
 * then): the content script reads the page after the portal's handlers on the document, in the
 * same event (lib/overlay/boot.ts `domReady`), so it finds the filled page at its first look.
 */
describe('the first look, at DOMContentLoaded', () => {
  let browser: Harness;
  /**
   * The login page with its content put in by a DOMContentLoaded handler: on the document, or with
   * `?window` on the window (which hears the event after the content script).
   */
  const later = (html: string) =>
    html.replace(/<main id="main">([\s\S]*?)<\/main>/, (_all, inner: string) =>
      [
        '<main id="main"></main>',
        `<template id="later">${inner}</template>`,
        `<script>(location.search === '?window' ? window : document).addEventListener('DOMContentLoaded', function () { document.getElementById('main').append(document.getElementById('later').content.cloneNode(true)); });</script>`,
      ].join(''),
    );
  beforeAll(async () => {
    browser = await launch({
      transform: (html, page) => (page.id === 'wse.aanmelden' ? later(html) : html),
    });
  });
  afterAll(async () => browser?.close());

  /** What the page showed, seen from its own world: the early ring, the launcher (never both wanted). */
  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __early: boolean; __launcher: boolean };
      w.__early = false;
      w.__launcher = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-loketgids-ring]')) w.__early = true;
        for (const host of document.querySelectorAll('[data-loketgids]'))
          if (host.shadowRoot?.querySelector('.lg-launcher')) w.__launcher = true;
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(`https://wse-loket.vlaanderen.be${path}`);
    return page;
  }
  const seen = (page: Page) =>
    page.evaluate(() => {
      const w = window as unknown as { __early: boolean; __launcher: boolean };
      return { early: w.__early, launcher: w.__launcher };
    });

  it('content the portal puts in from the document at DOMContentLoaded is read at once: the early ring, no launcher', async () => {
    const page = await open('/');
    await expect.poll(() => targets(page), { timeout: 10_000 }).toEqual([['aanmelden', expect.any(String)]]);
    expect(await seen(page)).toEqual({ early: true, launcher: false });
    await page.close();
  });

  it('content the portal puts in from the window, after the first look: read again before the launcher shows, then ringed at once', async () => {
    const page = await open('/?window');
    await expect.poll(() => targets(page), { timeout: 10_000 }).toEqual([['aanmelden', expect.any(String)]]);
    expect(await seen(page)).toEqual({ early: true, launcher: false });
    await page.close();
  });
});
