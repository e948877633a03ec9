/**
 * Keyboard-only walks of the popup's, the options page's and the card's tasks, asserting where the
 * focus is after each action: a form that opens puts focus on its first field; closing it (save
 * or cancel) puts focus back on the button that opened it; a confirmation puts it on its safe
 * choice and Escape returns it; an import lands on its result; the card's close and fold buttons
 * never drop focus to the page's body.
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

/**
 * The focused element, through shadow roots, as `role "name"` ('body' when nothing has focus):
 * enough to say what a person's screen reader would announce.
 */
function where(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let inCard = false;
    while (el?.shadowRoot?.activeElement) {
      if (el.hasAttribute('data-loketgids')) inCard = true;
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body) return 'body';
    const tag = el.tagName.toLowerCase();
    const role = el.getAttribute('role') ?? (tag === 'a' ? 'link' : tag === 'input' ? 'field' : tag);
    const root = el.getRootNode() as Document | ShadowRoot;
    const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ');
    const label =
      el.getAttribute('aria-label') ??
      ((el as HTMLInputElement).labels?.[0]?.textContent || labelledBy || el.textContent);
    return `${inCard ? 'card ' : ''}${role} "${(label ?? '')
      .replace(/\s+/g, ' ')
      .replace(/[\u2068\u2069]/g, '')
      .trim()}"`;
  });
}

async function tabUntil(page: Page, pattern: RegExp, { back = false, limit = 60 } = {}): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (pattern.test(await where(page))) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Focus never reached ${pattern} (now on ${await where(page)})`);
}

async function expectFocus(page: Page, pattern: RegExp): Promise<void> {
  await expect.poll(() => where(page)).toMatch(pattern);
}

describe('popup, keyboard only', () => {
  it('search → active client; new client: first field, cancel back to the opener, save back to the opener', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    // The popup opens with the focus in its search box.
    await expectFocus(popup, /combobox "Zoek een klant/);
    await popup.keyboard.type('peeters');
    await expect.poll(() => popup.getByRole('option').count()).toBe(1);
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await expectFocus(popup, /combobox "Zoek een klant/);
    await expect.poll(() => popup.getByRole('option').first().textContent()).toContain('actief');

    await tabUntil(popup, /button "Nieuwe klant"/);
    await popup.keyboard.press('Enter');
    await expectFocus(popup, /field "(Ondernemingsnummer|KBO)/);
    await tabUntil(popup, /button "Annuleer/);
    await popup.keyboard.press('Enter');
    await expectFocus(popup, /button "Nieuwe klant"/);

    await popup.keyboard.press('Enter');
    await expectFocus(popup, /field "(Ondernemingsnummer|KBO)/);
    await popup.keyboard.type('0403.199.702');
    await popup.keyboard.press('Tab');
    await expectFocus(popup, /field "Naam/);
    await popup.keyboard.type('Brouwerij Test NV');
    await popup.keyboard.press('Enter');
    await expectFocus(popup, /button "Nieuwe klant"/);
    await expect
      .poll(() => popup.getByRole('status').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Brouwerij Test NV')]));
    await popup.close();
  });

  it('edit a client: first field, save back on its edit button; delete: the safe choice, Escape back', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await expectFocus(popup, /combobox "Zoek een klant/);
    await popup.keyboard.type('mega');
    await expect.poll(() => popup.getByRole('option').count()).toBe(1);
    await popup.keyboard.press('ArrowDown');
    await tabUntil(popup, /button "Bewerk/);
    const opener = await where(popup);
    await popup.keyboard.press('Enter');
    await expectFocus(popup, /field "(Ondernemingsnummer|KBO)/);
    await tabUntil(popup, /field "Naam/);
    await popup.keyboard.press('End');
    await popup.keyboard.type(' BV');
    await popup.keyboard.press('Enter');
    await expectFocus(
      popup,
      new RegExp(opener.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('Mega World NV', 'Mega World NV BV')),
    );

    await tabUntil(popup, /button "Verwijder/);
    const remover = await where(popup);
    await popup.keyboard.press('Enter');
    await expectFocus(popup, /button "Annuleer/);
    await popup.keyboard.press('Escape');
    await expectFocus(popup, new RegExp(remover.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await popup.close();
  });

  it('tabs: arrow keys move between Klanten, Rechtencheck and Gids', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.getByRole('tab', { name: 'Klanten' }).focus();
    await popup.keyboard.press('ArrowRight');
    await expectFocus(popup, /tab "Rechtencheck"/);
    await popup.keyboard.press('ArrowRight');
    await expectFocus(popup, /tab "Gids"/);
    await popup.keyboard.press('Home');
    await expectFocus(popup, /tab "Klanten"/);
    await popup.close();
  });
});

describe('options page, keyboard only', () => {
  it('settings: saving keeps focus on the save button and says so', async () => {
    const page = await browser.openExtensionPage('options.html');
    const save = page.getByRole('button', { name: 'Instellingen opslaan' });
    await save.focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, /button "Instellingen opslaan"/);
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/opgeslagen/)]));
    await page.close();
  });

  it('import: the preview takes the focus, cancel returns it to the file field, import lands on the result', async () => {
    const page = await browser.openExtensionPage('options.html');
    const file = page.getByLabel(/Kies een bestand/);
    await file.focus();
    const csv = 'ondernemingsnummer;naam\n0417.390.703;Mega World NV\n0417.390.704;Foutief BV\n';
    await file.setInputFiles({ name: 'klanten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await expectFocus(page, /Voorbeeld van de import|region|heading/);
    await tabUntil(page, /button "Annuleer/);
    await page.keyboard.press('Enter');
    await expectFocus(page, /field "Kies een bestand/);

    await file.setInputFiles({ name: 'klanten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await tabUntil(page, /button "Importeer/);
    await page.keyboard.press('Enter');
    await expectFocus(page, /Import klaar|status/);
    await page.close();
  });

  it('client table: edit opens on the first field and returns to its button; delete asks, Escape returns', async () => {
    const page = await browser.openExtensionPage('options.html');
    const edit = page.getByRole('button', { name: /^Bewerk Sint-Jozefschool/ });
    await edit.focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, /field "(Ondernemingsnummer|KBO)/);
    await tabUntil(page, /button "Annuleer/);
    await page.keyboard.press('Enter');
    await expectFocus(page, /button "Bewerk Sint-Jozefschool/);
    const remove = page.getByRole('button', { name: /^Verwijder Sint-Jozefschool/ });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, /button "Annuleer/);
    await page.keyboard.press('Escape');
    await expectFocus(page, /button "Verwijder Sint-Jozefschool/);
    await page.close();
  });
});

describe('the card, keyboard only', () => {
  it('fold and unfold keep the focus on the card’s toggle; close returns it to the portal, not the body', async () => {
    const page = await browser.open('wse.kbo-prompt');
    await expectCard(page, 'KBO-nummer van de klant');
    const field = page.getByLabel('KBO-nummer', { exact: true });
    await field.focus();
    // The card comes first in the page's Tab order (a landmark before the portal, like a skip
    // link): from the field, back a few stops, not through the whole portal.
    await tabUntil(page, /card button "Inklappen"/, { back: true, limit: 40 });
    await page.keyboard.press('Enter');
    await expectFocus(page, /card button "Uitklappen"/);
    await page.keyboard.press('Enter');
    await expectFocus(page, /card button "Inklappen"/);
    await tabUntil(page, /card button "Sluiten"/);
    await page.keyboard.press('Enter');
    // Back on the portal, on the element the person tabbed in from.
    await expectFocus(page, /^(?!card |body)/);
    // Closed without having come from the portal: focus on the card's "Loketgids tonen", which opens it again.
    await page.reload();
    await card(page).getByRole('button', { name: 'Loketgids tonen' }).focus();
    await page.keyboard.press('Enter');
    await expectCard(page, 'KBO-nummer van de klant');
    await card(page).getByRole('button', { name: 'Sluiten' }).focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, /^card button "Loketgids tonen"/);
    await page.keyboard.press('Enter');
    await expectCard(page, 'KBO-nummer van de klant');
    await page.close();
  });

  it('choosing a service: its Kies button goes, the focus moves to that service, now chosen', async () => {
    const page = await browser.open('wse.aanvragen');
    await expectCard(page, 'Diensten op deze pagina');
    const kies = card(page)
      .getByRole('button', { name: /^Kies / })
      .first();
    const name = ((await kies.getAttribute('aria-label')) ?? '').replace(/^Kies /, '');
    await kies.focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, new RegExp(`^card li "${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*gekozen`));
    await page.close();
  });

  it('logged no console errors', () => {
    expect(browser.errors).toEqual([]);
  });
});
