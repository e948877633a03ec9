/**
 * What a hostile or clumsy portal page can do to the overlay — run against the **shipped** build
 * (closed shadow root) on every portal's content script, pages on the real hostnames. The card is
 * read through CDP's accessibility tree, which sees into closed shadow roots; page scripts cannot.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../support/browser';
import { seed, TEST_CLIENTS_CSV } from '../support/seed';

/** A page per portal, with what the card says there. */
const PORTAL_PAGES = [
  ['wse', 'wse.kbo-prompt'],
  ['gb', 'gb.beheer'],
  ['sz', 'sz.home'],
  ['wpd', 'wpd.dashboard'],
] as const;

/** Accessible names of everything the CDP accessibility tree shows (closed shadow roots included). */
async function accessibleNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string } }[];
    };
    return nodes.map((n) => `${n.role?.value ?? ''}:${n.name?.value ?? ''}`);
  } finally {
    await cdp.detach();
  }
}

async function cardShown(page: Page): Promise<boolean> {
  return (await accessibleNames(page)).includes('complementary:Loketgids');
}

/** A page that defines the old overlay tag first and listens for anything the extension posts. */
const HOSTILE_HEAD = `<script>
  window.__posted = [];
  addEventListener('message', (e) => window.__posted.push(JSON.stringify(e.data)));
  customElements.define('loketgids-overlay', class extends HTMLElement {
    constructor() { super(); this.attachShadow({ mode: 'open' }); }
  });
</script>`;

describe.each(PORTAL_PAGES)('a hostile page on the %s portal (shipped build)', (_portal, pageId) => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch({ build: 'shipped', transform: (html) => html.replace('<head>', `<head>${HOSTILE_HEAD}`) });
    await seed(browser, { csv: TEST_CLIENTS_CSV, ownOrganisation: 'SD WORX', profile: 'secretariaat' });
  });
  afterAll(async () => browser?.close());

  it('cannot pre-empt the overlay host, read it, or learn the extension’s event names', async () => {
    const page = await browser.open(pageId);
    await expect.poll(() => cardShown(page), { timeout: 10_000 }).toBe(true);
    const seen = await page.evaluate(() => {
      const host = document.querySelector('[data-loketgids]');
      return {
        host: host?.tagName,
        shadowRoot: host ? host.shadowRoot : 'no host',
        text: document.body.innerText.includes('Loketgids'),
        posted: (window as unknown as { __posted: string[] }).__posted,
      };
    });
    expect(seen.host).toBe('DIV');
    expect(seen.shadowRoot).toBeNull();
    expect(seen.text).toBe(false);
    expect(seen.posted.filter((m) => m.includes('content-script-started') || m.includes(browser.extensionId))).toEqual(
      [],
    );
    await page.close();
  });

  it('comes back after the page re-renders its body or removes the overlay', async () => {
    const page = await browser.open(pageId);
    await expect.poll(() => cardShown(page), { timeout: 10_000 }).toBe(true);
    await page.evaluate(() => {
      document.body.innerHTML = '<main><h1>Opnieuw getekend</h1></main>';
    });
    await expect.poll(() => page.locator('[data-loketgids]').count()).toBe(1);
    await expect.poll(() => cardShown(page)).toBe(true);
    await page.evaluate(() => document.querySelector('[data-loketgids]')?.remove());
    await expect.poll(() => page.locator('[data-loketgids]').count()).toBe(1);
    await page.evaluate(() => {
      const next = document.createElement('body');
      next.innerHTML = '<p>Nieuwe body</p>';
      document.documentElement.replaceChild(next, document.body);
    });
    await expect.poll(() => page.evaluate(() => document.body.querySelector('[data-loketgids]') !== null)).toBe(true);
    await expect.poll(() => cardShown(page)).toBe(true);
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  it('cannot stop the guide by forging WXT’s “script started” event', async () => {
    const page = await browser.open(pageId);
    await expect.poll(() => cardShown(page), { timeout: 10_000 }).toBe(true);
    await page.evaluate(
      ({ id, portal }) => {
        const name = `${id}:${portal}:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: portal, messageId: 'forged' } }));
      },
      { id: browser.extensionId, portal: pageId.split('.')[0] ?? '' },
    );
    await page.waitForTimeout(500);
    expect(await page.locator('[data-loketgids]').count()).toBe(1);
    expect(await cardShown(page)).toBe(true);
    // Still alive: it still puts itself back.
    await page.evaluate(() => document.querySelector('[data-loketgids]')?.remove());
    await expect.poll(() => page.locator('[data-loketgids]').count()).toBe(1);
    await page.close();
  });
});
