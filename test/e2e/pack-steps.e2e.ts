/**
 * Pack steps end to end (issue 10: "a pack's steps override or add to the built-in flows by id"),
 * in real Chromium with the e2e build, on replicas served on gebruikersbeheer.vlaanderen.be: a
 * pack with one step that overrides "Stap 1 van 3: organisatie" (a new instruction) and one added
 * after "De gebruiker openen" is previewed per step, imported, listed in "Correcties"; the guide
 * shows the new instruction on that screen, as step 3 of 6 instead of 2 of 5, with the added step
 * in its step list; deleted, the built-in step is back. A pack with code in a step is refused.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../support/browser';
import { seed } from '../support/seed';
import { card, expectCard, expectTarget } from './guide-helpers';

const NEW_INSTRUCTION = 'Typ het KBO-nummer van de klant (met de punten) en klik op Verder.';
const ADDED_TITLE = 'Aanmelden als entiteit';

const pack = {
  format: 'loketgids-pack',
  version: 1,
  name: 'Helpdesk januari',
  createdAt: '2027-01-05T09:00:00.000Z',
  corrections: [],
  steps: [
    {
      flow: 'gb.koppel-gebruiker',
      step: {
        id: 'organisatie',
        page: 'gb.koppel-stap-1',
        target: 'organisatie-veld',
        title: { nl: 'Organisatie kiezen', en: 'Choose the organisation' },
        instruction: { nl: NEW_INSTRUCTION, en: "Type the client's KBO number and click Verder." },
      },
    },
    {
      flow: 'gb.koppel-gebruiker',
      after: 'gebruiker',
      step: {
        id: 'aanmelden',
        page: 'gb.aanmelden',
        target: 'entiteit',
        title: { nl: ADDED_TITLE, en: 'Log in as an entity' },
        instruction: { nl: 'Meld u aan als entiteit van de Vlaamse overheid.', en: 'Log in as an entity.' },
      },
    },
  ],
};

let browser: Harness;
beforeAll(async () => {
  browser = await launch();
  await seed(browser, { profile: 'lokale-beheerder' });
});
afterAll(async () => browser?.close());

async function choosePack(options: Page, name: string, text: string): Promise<void> {
  await options.getByLabel(/Kies een pakketbestand/).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

describe("a pack's steps", () => {
  it('are previewed per step, imported, and used by the guide on the portal page', async () => {
    const page = await browser.open('gb.koppel-stap-1');
    await expectTarget(page, 'organisatie');
    await expectCard(page, 'Stap 2 van 5');

    const options = await browser.openExtensionPage('options.html');
    await choosePack(options, 'helpdesk.json', JSON.stringify(pack));
    const preview = options.locator('[data-pack-preview]');
    await preview.waitFor();
    const lines = await preview.locator('li').allTextContents();
    expect(lines).toEqual([
      'Verandert stap 2 (Stap 1 van 3: organisatie) in: Organisatie kiezen',
      `Voegt stap ${ADDED_TITLE} toe na De gebruiker openen`,
    ]);
    expect(await preview.textContent()).toContain('Koppel gebruiker aan organisatie');
    await options.getByRole('button', { name: 'Importeer 2 wijzigingen' }).click();
    const rows = options.locator('[data-pack-step]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('Stap 3: Organisatie kiezen');
    expect(await rows.nth(1).textContent()).toContain(`Stap 2: ${ADDED_TITLE}`);

    // The open tab follows the mirror; a fresh load too.
    await expectCard(page, NEW_INSTRUCTION, 'Stap 3 van 6');
    expect(await expectTarget(page, 'organisatie')).toBeDefined();
    await page.reload();
    await expectCard(page, NEW_INSTRUCTION, 'Stap 3 van 6');
    await expectTarget(page, 'organisatie');
    const items = card(page).locator('[data-step-item]');
    expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-step-item')))).toEqual([
      'gebruiker',
      'aanmelden',
      'organisatie',
      'werkrelatie',
      'bevestig',
      'klaar',
    ]);
    expect(await items.nth(1).textContent()).toContain(ADDED_TITLE);
    expect(await card(page).locator('[data-step-item][aria-current="step"]').getAttribute('data-step-item')).toBe(
      'organisatie',
    );

    // Deleting the overriding step brings the built-in one back (the added one stays).
    await options
      .getByRole('button', { name: 'Verwijder de stap Organisatie kiezen van Koppel gebruiker aan organisatie' })
      .click();
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
    await expectCard(page, 'Geef het KBO-nummer of de naam van de organisatie in', 'Stap 3 van 6');
    await page.close();
    await options.close();
  });

  it('are exported with the corrections, and wiped with "Alle correcties verwijderen"', async () => {
    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => options.locator('[data-pack-step]').count(), { timeout: 10_000 }).toBe(1);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Exporteer de correcties als pakket' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
    expect(exported.steps.map((s: { step: { id: string } }) => s.step.id)).toEqual(['aanmelden']);

    await options.getByRole('button', { name: 'Alle correcties verwijderen' }).click();
    await options.getByRole('button', { name: 'Ja, verwijder alle correcties' }).click();
    await expect.poll(() => options.locator('[data-pack-step]').count(), { timeout: 10_000 }).toBe(0);
    const page = await browser.open('gb.koppel-stap-1');
    await expectCard(page, 'Stap 2 van 5');
    await page.close();
    await options.close();
  });

  it('are refused with a clear message when a step holds code or names an unknown target', async () => {
    const options = await browser.openExtensionPage('options.html');
    const bad = (patch: object) =>
      JSON.stringify({ ...pack, steps: [{ ...pack.steps[1], step: { ...pack.steps[1]?.step, ...patch } }] });
    const cases: [string, RegExp][] = [
      [bad({ instruction: { nl: '<img src=x onerror=alert(1)>', en: 'x' } }), /op programmacode lijkt/],
      [bad({ target: 'bestaat-niet' }), /wijst naar iets dat het scherm .* niet heeft \(bestaat-niet\)/],
    ];
    for (const [text, message] of cases) {
      await choosePack(options, 'fout.json', text);
      await expect
        .poll(() => options.locator('[data-pack-problem]').textContent(), { timeout: 10_000 })
        .toMatch(message);
      expect(await options.locator('[data-pack-preview]').count()).toBe(0);
    }
    expect(await options.locator('[data-pack-step]').count()).toBe(0);
    expect(browser.foreignRequests).toEqual([]);
    await options.close();
  });
});
