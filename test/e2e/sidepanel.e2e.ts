/**
 * The guide in the browser's side panel (issue 13). Playwright cannot click the browser's own side
 * panel, so the panel page is opened as a tab of its own, bound to the portal's tab with
 * `sidepanel.html?tab=<id>` (lib/sidepanel/connect.ts); the panel that follows the active tab and
 * the real side panel (opened by the card's "Naast de pagina tonen") are checked too, last.
 * Replica portal pages on their real hostnames; keyboard only in the panel, with focus asserted;
 * axe-core on the panel and on the page's hint.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../support/browser';
import { seed, TEST_CLIENTS_CSV } from '../support/seed';
import { card, expectCard, expectTarget, storedState, targets } from './guide-helpers';

const WSE = 'https://wse-loket.vlaanderen.be';
const EXAMPLE = '<!doctype html><html lang="en"><title>Example</title><h1>Example Domain</h1></html>';

let browser: Harness;
beforeAll(async () => {
  browser = await launch({ extraPages: { 'example.org': EXAMPLE } });
  await seed(browser, { csv: TEST_CLIENTS_CSV, ownOrganisation: 'SD WORX', profile: 'secretariaat' });
});
afterAll(async () => browser?.close());

/** The newest tab's id, read in the service worker (tab ids need no `tabs` permission). */
async function newestTabId(): Promise<number> {
  return browser.worker.evaluate(async () => {
    const tabs = await (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }
    ).chrome.tabs.query({});
    return Math.max(...tabs.map((t) => t.id ?? -1));
  });
}

/** A portal replica in a new tab, and its tab id. */
async function portalTab(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await newestTabId();
  return { page, tabId };
}

async function openPanel(tabId?: number): Promise<Page> {
  return browser.openExtensionPage(tabId === undefined ? 'sidepanel.html' : `sidepanel.html?tab=${tabId}`);
}

/** The panel's text, without the bidi isolates around names from the page or the client list. */
async function panelText(panel: Page): Promise<string> {
  return ((await panel.locator('main').textContent()) ?? '').replace(/[\u2068\u2069]/g, '');
}

/** The page's one-line hint (only there while the card is in the panel). */
function hint(page: Page) {
  return page.locator('[data-loketgids] [data-hint]');
}

/** Where the keyboard focus is on a page: a short description of the element. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}:${el.getAttribute('data-kbo') ?? el.getAttribute('type') ?? ''}:${(el.textContent ?? '').trim()}`;
  });
}

/** Press Tab (or Shift+Tab) until `matches` holds for the focused element; fails after `max` presses. */
async function tabTo(page: Page, matches: (description: string) => boolean, back = false, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`focus never reached the element (last: ${await focused(page)})`);
}

const AXE = (() => {
  try {
    const path = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
})();

/** axe-core's violations on a page (evaluated over CDP: extension pages' CSP forbids an injected script tag). */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (!AXE) throw new Error('axe-core is not installed');
  await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: object): Promise<AxeResult> } }).axe;
    type AxeResult = { violations: { id: string; nodes: { target: unknown[] }[] }[] };
    const result = await axe.run(selector ? { include: [[selector]] } : document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, include);
}

describe('the card in the side panel, bound to a portal tab', () => {
  let page: Page;
  let tabId: number;
  let panel: Page;

  it('shows the same step as the page; the page keeps only the ring and a one-line hint', async () => {
    ({ page, tabId } = await portalTab(`${WSE}/aanmelden/klant`));
    await expectCard(page, 'Stap 3 van 9', 'KBO-nummer van de klant');
    panel = await openPanel(tabId);
    await expect.poll(() => panelText(panel)).toContain('Stap 3 van 9');
    const text = await panelText(panel);
    expect(text).toContain('KBO-nummer van de klant');
    expect(text).toContain('Mega World NV');
    // A landmark with a heading; the step list marks the current step.
    expect(await panel.getByRole('main', { name: 'Loketgids' }).count()).toBe(1);
    expect(await panel.getByRole('heading', { level: 1, name: 'Loketgids' }).count()).toBe(1);
    expect(await panel.locator('[aria-current="step"]').textContent()).toContain('KBO-nummer van de klant');
    expect(await panel.locator('[data-step-item][data-state="done"]').count()).toBe(2);
    expect(await panel.locator('[role="status"][aria-live="polite"]').textContent()).toContain('Stap 3 van 9');
    // The page: the hint near the target, the ring still on the KBO field, no card.
    await expect.poll(() => hint(page).getAttribute('data-hint')).toBe('linked');
    expect(((await hint(page).textContent()) ?? '').replace(/\s+/g, ' ')).toBe(
      'KBO-nummer van de klant· Meer in het zijpaneel',
    );
    expect(await card(page).locator('.lg-card__head').count()).toBe(0);
    await expectTarget(page, 'klant');
    expect(await page.locator('[data-loketgids] .lg-ring:not([hidden])').count()).toBe(1);
    // Anchored under the field it points at.
    const field = await page.locator('[data-loketgids-target="klant"]').boundingBox();
    const line = await hint(page).boundingBox();
    expect(field && line).toBeTruthy();
    if (field && line) {
      expect(line.y).toBeGreaterThanOrEqual(field.y + field.height);
      expect(line.y).toBeLessThan(field.y + field.height + 40);
    }
  });

  it('has no axe violations in the panel, nor on the page with the hint', async () => {
    if (!AXE) return expect.soft(AXE, 'axe-core not installed: accessibility not checked').toBeDefined();
    expect(await axeViolations(panel)).toEqual([]);
    expect(await axeViolations(page, '[data-loketgids]')).toEqual([]);
  });

  it('picks a client with the keyboard only: the page fills its field, focus stays in the panel', async () => {
    // Connecting and drawing the panel moved no focus on the portal page.
    expect(await focused(page)).toBe('body');
    await panel.bringToFront();
    await tabTo(panel, (d) => d.startsWith('input:search'));
    await panel.keyboard.type('mega');
    await expect.poll(() => panel.locator('.lg-client').count()).toBe(1);
    expect(await panel.getByRole('searchbox').inputValue()).toBe('mega');
    await panel.keyboard.press('ArrowDown');
    expect(await focused(panel)).toMatch(/^button:0417390703:/);
    await panel.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('KBO-nummer', { exact: true }).inputValue()).toBe('0417390703');
    await expect.poll(async () => (await storedState(browser)).activeClient?.kbo).toBe('0417390703');
    await expect.poll(() => panelText(panel)).toContain('actief');
    // Every update of the panel left the focus where it was.
    expect(await focused(panel)).toMatch(/^button:0417390703:/);
  });

  it('"Volgende stap" in the panel moves the page\'s hint; the step on another screen marks nothing', async () => {
    await tabTo(panel, (d) => d.includes('Volgende stap'), true);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.lg-step__count').textContent()).toBe('Stap 4 van 9');
    // Focus stays on the button: the whole walk is Enter, Enter, …
    expect(await focused(panel)).toContain('Volgende stap');
    expect(await panelText(panel)).toContain('Deze stap gebeurt op een ander scherm');
    await expect.poll(() => hint(page).textContent()).toContain("Naar 'Aanvraag'");
    await expect.poll(() => targets(page)).toEqual([]);
    // And back: the page's own step, its target marked again.
    await tabTo(panel, (d) => d.includes('Vorige stap'), true);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.lg-step__count').textContent()).toBe('Stap 3 van 9');
    expect(await focused(panel)).toContain('Vorige stap');
    await expect.poll(() => hint(page).textContent()).toContain('KBO-nummer van de klant');
    await expectTarget(page, 'klant');
  });

  it("follows the page's own step change, across the page's navigation", async () => {
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await expect.poll(() => panel.locator('.lg-step__count').textContent(), { timeout: 10_000 }).toBe('Stap 4 van 9');
    expect(await panelText(panel)).toContain("Naar 'Aanvraag'");
    expect(await panelText(panel)).not.toContain('ander scherm');
    await expect.poll(() => hint(page).textContent()).toContain("Naar 'Aanvraag'");
    expect(await expectTarget(page, 'home')).toBe('Aanvraag');
  });

  it('"Kies <dienst>" in the panel points the page at that service\'s button', async () => {
    await page.goto(`${WSE}/aanvragen/zonder-recht?kbo=0417390703`);
    await expect.poll(() => panel.locator('.lg-step__count').textContent(), { timeout: 10_000 }).toBe('Stap 5 van 9');
    await expect.poll(() => panel.locator('[data-service]').count()).toBe(5);
    expect(await targets(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Kies Arbeidskaart' }).click();
    expect(await expectTarget(page, 'dienst')).toBe('Aanvragen / indienen');
    expect(await page.locator('[data-loketgids-target]').getAttribute('href')).toContain('dienst=arbeidskaart');
    await expect.poll(() => panel.locator('[data-service="Arbeidskaart"]').textContent()).toContain('gekozen');
  });

  it('closing the panel brings the card back on the page', async () => {
    await panel.close();
    await expectCard(page, 'Stap 5 van 9', 'Diensten op deze pagina');
    expect(await hint(page).count()).toBe(0);
    expect(await expectTarget(page, 'dienst')).toBe('Aanvragen / indienen');
  });

  it('"Op de pagina tonen" in the panel brings the card back and keeps it there', async () => {
    panel = await openPanel(tabId);
    await expect.poll(() => hint(page).getAttribute('data-hint')).toBe('linked');
    await panel.getByRole('button', { name: 'Op de pagina tonen' }).click();
    await expectCard(page, 'Stap 5 van 9');
    expect(await hint(page).count()).toBe(0);
    await panel.close();
  });

  it('says "Geen gids op dit tabblad" for a tab that is no portal page', async () => {
    const other = await browser.context.newPage();
    await other.goto('https://example.org/');
    const otherId = await newestTabId();
    const empty = await openPanel(otherId);
    await expect.poll(() => panelText(empty)).toContain('Geen gids op dit tabblad');
    expect(await empty.getByRole('heading', { level: 2, name: 'Geen gids op dit tabblad' }).count()).toBe(1);
    if (AXE) expect(await axeViolations(empty)).toEqual([]);
    await empty.close();
    await other.close();
  });
});

describe('the panel that follows the active tab', () => {
  it('shows no guide for a tab without one, then the guide of the portal tab once it is active', async () => {
    const { page } = await portalTab(`${WSE}/aanmelden/klant`);
    await expectCard(page, 'Stap 3 van 9');
    // Opened as a tab, the panel page is itself the active tab: no guide there.
    const panel = await openPanel();
    await expect.poll(() => panelText(panel)).toContain('Geen gids op dit tabblad');
    await page.bringToFront();
    await expect.poll(() => panelText(panel), { timeout: 10_000 }).toContain('Stap 3 van 9');
    await expect.poll(() => hint(page).getAttribute('data-hint')).toBe('linked');
    await panel.close();
    await expectCard(page, 'Stap 3 van 9');
    await page.close();
  });
});

describe('the card kept in the panel (setting), with the panel closed', () => {
  it('shows only the hint, one click from the panel or from the card back on the page', async () => {
    const options = await browser.openExtensionPage('options.html');
    const form = options.getByRole('form', { name: 'Instellingen' });
    await form.getByLabel(/In het zijpaneel van de browser/).check();
    await form.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect.poll(() => cardPlace()).toBe('panel');
    await options.close();
    const page = await browser.open('wse.aanmelden');
    await expect.poll(() => hint(page).getAttribute('data-hint'), { timeout: 10_000 }).toBe('closed');
    expect(((await hint(page).textContent()) ?? '').replace(/\s+/g, ' ')).toContain('Aanmelden als organisatie');
    expect(await card(page).locator('.lg-card__head').count()).toBe(0);
    await expectTarget(page, 'aanmelden');
    if (AXE) expect(await axeViolations(page, '[data-loketgids]')).toEqual([]);
    // Alt+Shift+L goes into the hint (its first button) and back; Escape gives the focus back too.
    const tile = page.locator('[data-loketgids-target="aanmelden"]');
    await tile.focus();
    const inHint = () =>
      page.evaluate(() => document.querySelector('[data-loketgids]')?.shadowRoot?.activeElement?.textContent ?? '');
    await pressShortcut(page);
    await expect.poll(inHint).toBe('Meer in het zijpaneel');
    await pressShortcut(page);
    await expect.poll(() => tile.evaluate((el) => el === document.activeElement)).toBe(true);
    await pressShortcut(page);
    await expect.poll(inHint).toBe('Meer in het zijpaneel');
    await page.keyboard.press('Escape');
    await expect.poll(() => tile.evaluate((el) => el === document.activeElement)).toBe(true);
    // "Kaart hier tonen" puts the card back on the page, for every tab from now on.
    await hint(page).getByRole('button', { name: 'Kaart hier tonen' }).click();
    await expectCard(page, 'Stap 1 van 9');
    await expect.poll(() => cardPlace()).toBe('page');
    await page.close();
  });
});

describe('"Naast de pagina tonen": the real side panel', () => {
  it('in the popup: opens the side panel for the tab it speaks about, and keeps the card there', async () => {
    const { tabId } = await portalTab(`${WSE}/aanmelden/klant`);
    expect(await cardPlace()).toBe('page');
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByRole('tab', { name: 'Gids' }).click();
    await popup.getByRole('button', { name: 'Naast de pagina tonen' }).click();
    await expect.poll(() => popup.getByRole('status').last().textContent()).toContain('zijpaneel');
    expect(await popup.getByRole('status').last().textContent()).toContain('De gids staat in het zijpaneel');
    await expect.poll(() => cardPlace()).toBe('panel');
    await popup.close();
    await closeSidePanel();
  });

  it("on the card: opens the browser's side panel beside the page, which then keeps only its hint", async () => {
    const { page } = await portalTab(`${WSE}/aanmelden/klant`);
    // The card is kept in the panel (the popup's choice) and no panel is open: the hint, and the card back.
    await expect.poll(() => hint(page).getAttribute('data-hint'), { timeout: 10_000 }).toBe('closed');
    await hint(page).getByRole('button', { name: 'Kaart hier tonen' }).click();
    await expectCard(page, 'Stap 3 van 9');
    await page.bringToFront();
    await card(page).getByRole('button', { name: 'Naast de pagina tonen' }).click();
    // The real side panel (not reachable by Playwright) follows the active tab: this one.
    await expect.poll(() => hint(page).getAttribute('data-hint'), { timeout: 10_000 }).toBe('linked');
    await expect.poll(() => cardPlace()).toBe('panel');
    await closeSidePanel();
    await expect.poll(() => hint(page).getAttribute('data-hint'), { timeout: 10_000 }).toBe('closed');
    await page.close();
    expect(browser.errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});

/** What Chrome does on Alt+Shift+L in this tab (manifest `commands`): the background tells the tab. */
async function pressShortcut(page: Page): Promise<void> {
  await page.bringToFront();
  await browser.worker.evaluate(async () => {
    const { tabs } = (
      globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
        };
      }
    ).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id !== undefined) await tabs.sendMessage(tab.id, { type: 'guide.focus' });
  });
}

/** Close the browser's real side panel (Playwright cannot click its close button): disabling the panel closes it. */
async function closeSidePanel(): Promise<void> {
  await browser.worker.evaluate(async () => {
    const { sidePanel } = (
      globalThis as unknown as { chrome: { sidePanel: { setOptions(o: { enabled: boolean }): Promise<void> } } }
    ).chrome;
    await sidePanel.setOptions({ enabled: false });
    await sidePanel.setOptions({ enabled: true });
  });
}

/** The `cardPlace` setting, as mirrored into storage.local. */
async function cardPlace(): Promise<string | undefined> {
  return browser.worker.evaluate(async () => {
    const all = await (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.local.get('loketgids:state');
    return (all['loketgids:state'] as { settings?: { cardPlace?: string } } | undefined)?.settings?.cardPlace;
  });
}
