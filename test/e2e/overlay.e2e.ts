import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_IDS, PORTALS } from '../../lib/portals';
import { type Harness, launch } from '../support/browser';

const EXAMPLE = '<!doctype html><html lang="en"><title>Example Domain</title><h1>Example Domain</h1></html>';

describe('the overlay on the portal hosts', () => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch({ extraPages: { 'example.org': EXAMPLE } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const hosts = PORTAL_IDS.flatMap((portal) => PORTALS[portal].hosts.map((host) => [portal, host] as const));

  it.each(hosts)('appears on %s (https://%s/)', async (portal, host) => {
    const page = await browser.context.newPage();
    await page.goto(`https://${host}/`);
    const overlay = page.getByRole('complementary', { name: 'Loketgids' });
    await expect.poll(() => overlay.count(), { timeout: 10_000 }).toBe(1);
    expect(await overlay.getAttribute('data-portal')).toBe(portal);
    await expect.poll(() => overlay.textContent()).toContain(PORTALS[portal].name);
    await page.close();
  });

  it('does not appear on https://example.org', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://example.org/');
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-loketgids]').count()).toBe(0);
    expect(await page.getByText('Loketgids').count()).toBe(0);
    await page.close();
  });

  it('does not appear on a look-alike host over plain http', async () => {
    const page = await browser.context.newPage();
    await browser.context.route('http://wse-loket.vlaanderen.be/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: EXAMPLE }),
    );
    await page.goto('http://wse-loket.vlaanderen.be/');
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-loketgids]').count()).toBe(0);
    await page.close();
  });

  it('makes no requests of its own and logs no errors', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});

describe('the extension pages', () => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['popup.html', 'options.html'])('%s opens without console errors', async (path) => {
    const page = await browser.openExtensionPage(path);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toContain('Loketgids');
    await page.waitForTimeout(300);
    expect(browser.errors).toEqual([]);
    await page.close();
  });
});
