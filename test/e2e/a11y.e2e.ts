/**
 * axe-core (WCAG 2.1 A and AA) on every surface a person sees, in the states that matter: the
 * popup's three tabs (with a client list, a search, an open form), the options page (with an
 * import preview that has bad rows), the Rechtencheck with its report, the Oefenmodus and its
 * hand-out, and the overlay card on the portals — a step with the client picker, a step with
 * services and explanations, the unsure state, the report panel, the one-line pill of a narrow
 * window, and a French card. 0 violations each. The portal replica pages themselves are not ours:
 * on a portal page only the overlay's host (and its shadow root) is checked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { type Harness, launch } from '../support/browser';
import { seed, TEST_CLIENTS_CSV } from '../support/seed';
import { card, expectCard } from './guide-helpers';

let browser: Harness;
beforeAll(async () => {
  // gb.koppel-stap-3 with both wizards' titles: the guide is unsure which screen it is.
  browser = await launch({
    transform: (html, page) =>
      page.id === 'gb.koppel-stap-3' ? html.replace('</h1>', '</h1><h2>Ken gebruikersrecht toe</h2>') : html,
  });
  await seed(browser, { csv: TEST_CLIENTS_CSV, ownOrganisation: 'SD WORX', profile: 'secretariaat' });
});
afterAll(async () => browser?.close());

const OVERLAY = '[data-loketgids]';

async function expectNoViolations(page: Page, include?: string): Promise<void> {
  expect(await axeViolations(page, { include })).toEqual([]);
}

describe('popup', () => {
  it('the client list, a search and the add form', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const search = popup.getByRole('combobox', { name: /Zoek een klant/ });
    await search.fill('mega');
    await expect.poll(() => popup.getByRole('option').count()).toBe(1);
    await expectNoViolations(popup);
    await search.fill('0403.199.702');
    const add = popup.getByRole('button', { name: /toevoegen/i }).first();
    await add.click();
    await popup.locator('form').first().waitFor();
    await expectNoViolations(popup);
    await popup.close();
  });

  it('the Rechtencheck tab with a report', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.getByRole('tab', { name: 'Rechtencheck' }).click();
    const panel = popup.getByRole('tabpanel');
    await panel.waitFor();
    const task = panel.getByRole('combobox').first();
    if (await task.count()) {
      const options = await task.locator('option').allTextContents();
      if (options.length > 1) await task.selectOption({ index: 1 });
    }
    await expectNoViolations(popup);
    await popup.close();
  });

  it('the Gids tab with the task launcher’s results', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.getByRole('tab', { name: 'Gids' }).click();
    await popup.getByLabel(/^Zoek een taak/).fill('lokale beheerder');
    await popup.locator('[data-flow]').first().waitFor();
    await popup.locator('[data-flow] details summary').first().click();
    await expectNoViolations(popup);
    await popup.close();
  });
});

describe('options page', () => {
  it('every section, with an import preview listing bad rows', async () => {
    const page = await browser.openExtensionPage('options.html');
    await page.getByRole('table', { name: 'Klanten' }).waitFor();
    await expectNoViolations(page);
    await page.getByLabel(/Kies een bestand/).setInputFiles({
      name: 'klanten.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'ondernemingsnummer;naam\n0417.390.703;Mega World NV\n0417.390.704;Foutief BV\n;Zonder nummer\n',
        'utf8',
      ),
    });
    await page.getByRole('region', { name: /Voorbeeld van de import/ }).waitFor();
    await expectNoViolations(page);
    await page.close();
  });
});

describe('Oefenmodus', () => {
  it('the practice page with a flow under way, the guide in its frame, and the hand-out', async () => {
    const page = await browser.openExtensionPage('oefenmodus.html');
    await page.locator('.lg-oefen').waitFor();
    await expectNoViolations(page);
    await page.locator('[data-flow="wse.ss.aanvraag-voor-klant"]').click();
    await page.locator('iframe.lg-oefen__frame').waitFor();
    await page.locator('[data-practice="next"]').click();
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    if (!frame) return;
    await frame.locator(`${OVERLAY} [data-placed]`).waitFor({ state: 'attached' });
    await expectNoViolations(page);
    expect(await axeViolations(frame, { include: OVERLAY })).toEqual([]);
    await page.close();
    const handout = await browser.openExtensionPage('handout.html?flow=wse.vov.terugbetaling');
    await expect.poll(() => handout.locator('.lg-handout__step').count()).toBe(8);
    await expectNoViolations(handout);
    await handout.close();
  });
});

describe('the overlay card', () => {
  it('a step with the client picker (WSE-loket KBO prompt)', async () => {
    const page = await browser.open('wse.kbo-prompt');
    await expectCard(page, 'Mega World');
    await expectNoViolations(page, OVERLAY);
    await page.close();
  });

  it('a step with services and explanations (the aanvraag overview without the right)', async () => {
    const page = await browser.open('wse.aanvragen-zonder-recht');
    await expectCard(page, 'Gebruikersrecht');
    const summary = card(page).locator('details summary').first();
    if (await summary.count()) await summary.click();
    await expectNoViolations(page, OVERLAY);
    await page.close();
  });

  it('the report panel ("Klopt dit niet?")', async () => {
    const page = await browser.open('gb.koppel-stap-1');
    await card(page)
      .getByRole('button', { name: /Klopt dit niet/ })
      .waitFor();
    await card(page)
      .getByRole('button', { name: /Klopt dit niet/ })
      .click();
    await card(page)
      .getByRole('heading', { name: /helpdesk/ })
      .waitFor();
    await expectNoViolations(page, OVERLAY);
    await page.close();
  });

  it('the unsure state: a page that looks like two screens, with its choice open', async () => {
    const page = await browser.open('gb.koppel-stap-3');
    await expectCard(page, 'Welk scherm is dit?');
    await expectNoViolations(page, OVERLAY);
    await card(page)
      .getByRole('button', { name: /Welk scherm is dit/ })
      .click();
    await card(page).locator('[data-unsure] button[data-page]').first().waitFor();
    await expectNoViolations(page, OVERLAY);
    await page.close();
  });

  it('the one-line pill of a narrow window, and the card it opens', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 800 });
    await browser.open('gb.recht-stap-2', page);
    await page.locator(`${OVERLAY} [data-placed]`).waitFor({ state: 'attached' });
    await expectNoViolations(page, OVERLAY);
    const pill = card(page).locator('button.lg-pill');
    if (await pill.count()) {
      await pill.click();
      await expectNoViolations(page, OVERLAY);
    }
    await page.close();
  });

  it('a French card on the federal portal', async () => {
    await seed(browser, { lang: 'Français' });
    const page = await browser.open('sz.toegangsaanvraag');
    await expect.poll(() => card(page).getAttribute('lang')).toBe('fr');
    await expectNoViolations(page, OVERLAY);
    await page.close();
    await seed(browser, { lang: 'Nederlands' });
  });

  it('the check itself finds what it must: an image without alt text and a nameless button', async () => {
    const page = await browser.openExtensionPage('options.html');
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="icon/16.png"><button type="button"></button>');
    });
    const found = await axeViolations(page);
    expect(found.some((v) => v.startsWith('image-alt'))).toBe(true);
    expect(found.some((v) => v.startsWith('button-name'))).toBe(true);
    await page.close();
    // …also inside the overlay's shadow root.
    const portal = await browser.open('wse.kbo-prompt');
    await expectCard(portal, 'Mega World');
    await portal.evaluate((selector) => {
      document.querySelector(selector)?.shadowRoot?.querySelector('aside')?.append(document.createElement('button'));
    }, OVERLAY);
    expect((await axeViolations(portal, { include: OVERLAY })).some((v) => v.startsWith('button-name'))).toBe(true);
    await portal.close();
  });

  it('logged no console errors and made no requests', () => {
    expect(browser.errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});
