/**
 * "Leer de gids dit scherm" end to end (issue 10), in real Chromium with the e2e build: a portal
 * screen whose wording changed breaks its step; the person reports it (the report holds none of
 * the page's personal data) and teaches it — picks the step, clicks the right button in picker
 * mode (the portal sees no click) — and the guide marks that button, also after a reload and in a
 * fresh tab. The correction goes out as a pack, the corrections are wiped, the pack comes back in
 * and the button is marked again. Hostile packs are refused with a clear message.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../support/browser';
import { changeWording, NEW_BUTTON, PERSONAL } from '../support/changed-wording';
import { seed } from '../support/seed';
import { card, expectTarget, targets } from './guide-helpers';

let browser: Harness;
beforeAll(async () => {
  browser = await launch({ transform: (html, page) => (page.id === 'gb.beheer' ? changeWording(html) : html) });
  await seed(browser, { profile: 'lokale-beheerder' });
});
afterAll(async () => browser?.close());

/** The portal's own listeners, to prove the picker's click never reached them. */
async function watchPortal(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { portalSaw: string[] }).portalSaw = seen;
    for (const type of ['pointerdown', 'mousedown', 'click']) {
      document.addEventListener(type, () => seen.push(`document:${type}`), true);
    }
    for (const link of document.querySelectorAll('a')) link.addEventListener('click', () => seen.push('link:click'));
  });
}

async function placed(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('[data-loketgids] [data-placed]').count(), { timeout: 10_000 })
    .toBeGreaterThan(0);
}

/** No target after the guide's own wait for one (3 s) and more. */
async function expectNoTarget(page: Page): Promise<void> {
  await placed(page);
  await page.waitForTimeout(3600);
  expect(await targets(page)).toEqual([]);
}

async function openCardFully(page: Page): Promise<void> {
  for (const kind of ['lg-launcher', 'lg-pill']) {
    const button = card(page).locator(`button.${kind}`);
    if (await button.count()) await button.click();
  }
}

let packText = '';

describe('teach the guide a changed screen', () => {
  it('breaks, is reported without personal data, taught by picking, and marked after reload and in a new tab', async () => {
    const page = await browser.open('gb.beheer');
    await expectNoTarget(page);
    await openCardFully(page);
    await card(page)
      .getByRole('button', { name: /Klopt dit niet/ })
      .click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card(page).getByRole('button', { name: 'Bewaar de melding als bestand' }).click(),
    ]);
    const report = await readFile((await download.path()) ?? '', 'utf8');
    expect(JSON.parse(report).recognition).not.toBe('sure');
    for (const personal of PERSONAL) expect(report).not.toContain(personal);

    await card(page).getByRole('button', { name: 'Leer de gids dit scherm' }).click();
    await card(page).locator('[data-teach-step="gebruiker"]').click();
    await card(page).locator('[data-teach-picking]').waitFor();
    await watchPortal(page);
    const url = page.url();
    await page.getByRole('link', { name: NEW_BUTTON }).click();
    await card(page).locator('[data-teach-done]').waitFor();
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => (window as unknown as { portalSaw: string[] }).portalSaw)).toEqual([]);
    expect(await expectTarget(page, 'gebruiker')).toBe(NEW_BUTTON);

    await page.reload();
    expect(await expectTarget(page, 'gebruiker')).toBe(NEW_BUTTON);
    const fresh = await browser.open('gb.beheer');
    expect(await expectTarget(fresh, 'gebruiker')).toBe(NEW_BUTTON);
    await fresh.close();
    await page.close();
  });

  it('lists the correction in the options page and tests it against the open portal tab', async () => {
    const portal = await browser.open('gb.beheer');
    await expectTarget(portal, 'gebruiker');
    const options = await browser.openExtensionPage('options.html');
    const row = options.locator('[data-correction]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Koppel gebruiker aan organisatie');
    expect(await row.textContent()).toContain('Stap 1: De gebruiker openen');
    await row.getByRole('button', { name: /Test op de huidige pagina/ }).click();
    await expect
      .poll(() => row.locator('[data-correction-test]').textContent())
      .toMatch(/past op de pagina \/beheer .*de knop is gevonden/);
    await portal.close();
    await options.close();
  });

  it('goes out as a pack, is wiped, comes back from the pack, and the button is marked again', async () => {
    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => options.locator('[data-correction]').count()).toBe(1);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Exporteer de correcties als pakket' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^loketgids-pakket-\d{4}-\d{2}-\d{2}\.json$/);
    packText = await readFile((await download.path()) ?? '', 'utf8');
    expect(JSON.parse(packText)).toMatchObject({ format: 'loketgids-pack', version: 1 });
    for (const personal of PERSONAL) expect(packText).not.toContain(personal);

    await options.getByRole('button', { name: 'Alle correcties verwijderen' }).click();
    await options.getByRole('button', { name: 'Ja, verwijder alle correcties' }).click();
    await expect.poll(() => options.locator('[data-correction]').count()).toBe(0);
    const page = await browser.open('gb.beheer');
    await expectNoTarget(page);

    await options.getByLabel(/Kies een pakketbestand/).setInputFiles({
      name: 'pakket.json',
      mimeType: 'application/json',
      buffer: Buffer.from(packText, 'utf8'),
    });
    const preview = options.locator('[data-pack-preview]');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Stap 1: De gebruiker openen: nieuw');
    await options.getByRole('button', { name: 'Importeer 1 correctie' }).click();
    await expect.poll(() => options.locator('[data-correction]').count()).toBe(1);
    expect(await expectTarget(page, 'gebruiker')).toBe(NEW_BUTTON);
    await page.close();
    await options.close();
  });

  it('never offers a task switched off in the options page', async () => {
    const page = await browser.open('gb.koppel-stap-1');
    await expectTarget(page, 'organisatie');
    const options = await browser.openExtensionPage('options.html');
    const toggle = options.locator('[data-flow-switch="gb.koppel-gebruiker"]');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await page.reload();
    await expectNoTarget(page);
    await openCardFully(page);
    expect(await card(page).textContent()).not.toContain('Koppel gebruiker aan organisatie');
    await toggle.check();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await page.reload();
    await expectTarget(page, 'organisatie');
    await page.close();
    await options.close();
  });

  it('refuses hostile packs with a clear message, and keeps what it had', async () => {
    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => options.locator('[data-correction]').count()).toBe(1);
    const pack = JSON.parse(packText);
    const withName = (name: string) =>
      JSON.stringify({
        ...pack,
        corrections: [{ ...pack.corrections[0], element: { ...pack.corrections[0].element, name } }],
      });
    const hostile: [string, string, RegExp][] = [
      ['code', withName('<script>alert(1)</script>'), /op programmacode lijkt/],
      ['handler', withName('x" onerror=alert(1)'), /op programmacode lijkt/],
      ['javascript', withName('javascript:alert(1)'), /op programmacode lijkt/],
      [
        'proto',
        packText.replace('"version": 1,', '"version": 1, "__proto__": { "admin": true },'),
        /verboden sleutel "__proto__"/,
      ],
      [
        'constructor',
        packText.replace('"corrections": [', '"constructor": { "prototype": {} }, "corrections": ['),
        /verboden sleutel/,
      ],
      ['large', JSON.stringify({ ...pack, name: 'x', padding: 'x'.repeat(10 * 1024 * 1024) }), /te groot \(10,0 MB\)/],
      ['version', JSON.stringify({ ...pack, version: 2 }), /versie 2; deze Loketgids leest alleen versie 1/],
      ['format', JSON.stringify({ ...pack, format: 'iets-anders' }), /geen Loketgids-pakket/],
    ];
    for (const [name, text, message] of hostile) {
      await options.getByLabel(/Kies een pakketbestand/).setInputFiles({
        name: `${name}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(text, 'utf8'),
      });
      await expect
        .poll(() => options.locator('[data-pack-problem]').textContent(), { timeout: 10_000 })
        .toMatch(message);
      expect(await options.locator('[data-pack-preview]').count()).toBe(0);
    }
    expect(await options.locator('[data-correction]').count()).toBe(1);
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.errors).toEqual([]);
    await options.close();
  });
});
