/**
 * The guide from the keyboard (e2e build): the shortcut moves focus into the card and back to
 * where the person was on the portal; Escape folds the card up and returns focus; arrow keys walk
 * the client picker. The shortcut's key itself is the browser's (manifest `commands`); here the
 * background's message for it is sent to the tab, as Chrome does on Alt+Shift+L.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../support/browser';
import { seed, TEST_CLIENTS_CSV } from '../support/seed';
import { card, expectCard } from './guide-helpers';

let browser: Harness;
beforeAll(async () => {
  browser = await launch();
  await seed(browser, { csv: TEST_CLIENTS_CSV, ownOrganisation: 'SD WORX', profile: 'secretariaat' });
});
afterAll(async () => browser?.close());

interface Tabs {
  query(q: object): Promise<{ id?: number }[]>;
  sendMessage(id: number, message: object): Promise<unknown>;
}

/** What Chrome does when the shortcut is pressed in this tab: the background tells the tab. */
async function pressShortcut(page: Page): Promise<void> {
  await page.bringToFront();
  await browser.worker.evaluate(async () => {
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id !== undefined) await tabs.sendMessage(tab.id, { type: 'guide.focus' });
  });
}

/** Where focus is: 'card' (inside the overlay), or the portal element's id / tag. */
function focusIsIn(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active?.hasAttribute('data-loketgids')) return 'card';
    return active?.id || active?.tagName.toLowerCase() || 'none';
  });
}

describe('keyboard', () => {
  it('the shortcut goes into the card and back; Escape folds it and returns focus', async () => {
    const page = await browser.open('wse.kbo-prompt');
    await expectCard(page, 'KBO-nummer van de klant');
    const field = page.getByLabel('KBO-nummer', { exact: true });
    await field.focus();
    const fieldId = await field.evaluate((el) => el.id || el.tagName.toLowerCase());
    // No focus theft: loading the card left focus where it was.
    expect(await focusIsIn(page)).toBe(fieldId);

    await pressShortcut(page);
    await expect.poll(() => focusIsIn(page)).toBe('card');
    await pressShortcut(page);
    await expect.poll(() => focusIsIn(page)).toBe(fieldId);

    await pressShortcut(page);
    await expect.poll(() => focusIsIn(page)).toBe('card');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusIsIn(page)).toBe(fieldId);
    await expect.poll(() => card(page).getByRole('button', { name: 'Uitklappen' }).count()).toBe(1);
    await card(page).getByRole('button', { name: 'Uitklappen' }).click();
    await page.close();
  });

  it('arrow keys walk the client picker, and up from the first client back to the search', async () => {
    const page = await browser.open('wse.kbo-prompt');
    await expectCard(page, 'Mega World NV');
    const search = card(page).getByRole('searchbox');
    await search.focus();
    const focusedText = () =>
      card(page).evaluate(() => {
        const root = document.querySelector('[data-loketgids]')?.shadowRoot;
        const active = root?.activeElement;
        return active?.tagName === 'INPUT' ? 'search' : (active?.querySelector('.lg-client__name')?.textContent ?? '');
      });
    await page.keyboard.press('ArrowDown');
    const first = await focusedText();
    expect(first).not.toBe('search');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText()).not.toBe(first);
    await page.keyboard.press('Home');
    expect(await focusedText()).toBe(first);
    await page.keyboard.press('ArrowUp');
    expect(await focusedText()).toBe('search');
    expect(browser.errors).toEqual([]);
    await page.close();
  });
});
