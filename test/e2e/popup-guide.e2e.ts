/**
 * The popup controls the guide: the task launcher (search every task of every portal by words,
 * see its steps, start it: the portal opens in a new tab with that task chosen), the task and step
 * under way on a tab, and "Toon de gids op deze pagina" bringing back a closed card. Keyboard only
 * in the launcher.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../support/browser';
import { card, expectCard } from './guide-helpers';

let browser: Harness;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** The newest tab's id, read in the service worker (no `tabs` permission needed for ids). */
async function newestTabId(): Promise<number> {
  return browser.worker.evaluate(async () => {
    const tabs = await (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }
    ).chrome.tabs.query({});
    return Math.max(...tabs.map((t) => t.id ?? -1));
  });
}

async function openPopup(tabId?: number): Promise<Page> {
  const popup = await browser.openExtensionPage(tabId === undefined ? 'popup.html' : `popup.html?tab=${tabId}`);
  await popup.getByRole('tab', { name: 'Gids' }).click();
  return popup;
}

describe('the popup controls the guide', () => {
  let portal: Page;
  let tabId: number;

  it('finds a task by plain words, shows its steps, and starts it with the keyboard', async () => {
    const popup = await openPopup();
    await popup.getByLabel(/^Zoek een taak/).fill('opleidingsverlof');
    const result = popup.locator('[data-flow="wse.vov.terugbetaling"]');
    await result.waitFor();
    expect(await result.locator('details li').count()).toBe(8);
    // Arrow down from the search field to the first result's Start button, then Enter.
    await popup.getByLabel(/^Zoek een taak/).focus();
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-start'))).toBe(
      'wse.vov.terugbetaling',
    );
    const opened = browser.context.waitForEvent('page');
    await popup.keyboard.press('Enter');
    portal = await opened;
    await portal.waitForLoadState();
    // The tab the extension opened asked for the real portal, which Playwright's routing does not
    // catch on a tab it did not open (Chromium shows its error page): load it again in that same
    // tab — the guide state belongs to the tab, so the chosen task must still be there.
    await expect.poll(() => portal.url()).toMatch(/wse-loket\.vlaanderen\.be|chrome-error/);
    await portal.goto('https://wse-loket.vlaanderen.be/');
    expect(new URL(portal.url()).hostname).toBe('wse-loket.vlaanderen.be');
    await expect.poll(() => popup.getByRole('status').last().textContent()).toContain('nieuw tabblad');
    // The new tab follows the chosen task: the VOV flow's first step, not the profile's default.
    await expectCard(portal, 'Stap 1 van 8', 'Aanmelden als organisatie');
    expect(await card(portal).getByLabel('Taak').inputValue()).toBe('wse.vov.terugbetaling');
    tabId = await newestTabId();
    await popup.close();
  });

  it('names the task and step under way on that tab', async () => {
    const popup = await openPopup(tabId);
    await expect
      .poll(() => popup.getByTestId('guide-here').textContent())
      .toContain('Taak: Terugbetalingsaanvraag Vlaams opleidingsverlof — stap 1 van 8: Aanmelden als organisatie');
    await popup.close();
  });

  it('brings a closed card back with "Toon de gids op deze pagina"', async () => {
    await card(portal).getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => card(portal).locator('.lg-card__head').count()).toBe(0);
    const popup = await openPopup(tabId);
    await popup.getByRole('button', { name: 'Toon de gids op deze pagina' }).click();
    await expect.poll(() => popup.getByRole('status').last().textContent()).toContain('staat open');
    await expectCard(portal, 'Stap 1 van 8');
    await popup.close();
  });

  it('says so where no guide runs', async () => {
    const popup = await openPopup();
    // The popup page itself is the active tab here: no guide on it.
    await popup.getByRole('button', { name: 'Toon de gids op deze pagina' }).click();
    await expect.poll(() => popup.getByRole('status').last().textContent()).toContain('geen gids');
    await popup.close();
    expect(browser.errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});
