/**
 * "Klopt dit niet?" in the card (e2e build): the report opens with focus on its heading, saves as
 * a JSON file that names the screens considered and holds no name or number from the page, and
 * closes with focus back on its opener. Nothing is sent (no foreign request).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../support/browser';
import { seed, TEST_CLIENTS_CSV } from '../support/seed';
import { card, expectCard } from './guide-helpers';

let browser: Harness;
beforeAll(async () => {
  browser = await launch({
    transform: (html, page) =>
      page.id === 'wse.kbo-prompt'
        ? html.replace('</body>', '<p>Ingelogd als Els Janssens, rijksregisternummer 93.05.18-223.61</p></body>')
        : html,
  });
  await seed(browser, { csv: TEST_CLIENTS_CSV, ownOrganisation: 'SD WORX', profile: 'secretariaat' });
});
afterAll(async () => browser?.close());

describe('Klopt dit niet?', () => {
  it('saves a redacted report of the screen, and sends nothing', async () => {
    const page = await browser.open('wse.kbo-prompt');
    await expectCard(page, 'KBO-nummer van de klant');
    await card(page)
      .getByRole('button', { name: /Klopt dit niet/ })
      .click();
    const heading = card(page).getByRole('heading', { name: 'Melding voor de helpdesk' });
    await expect.poll(() => heading.evaluate((el) => el.matches(':focus'))).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card(page).getByRole('button', { name: 'Bewaar de melding als bestand' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^loketgids-melding-wse-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile((await download.path()) ?? '', 'utf8');
    const report = JSON.parse(text);
    expect(report).toMatchObject({ format: 'loketgids-report', portal: 'wse', recognition: 'sure' });
    expect(report.states[0].id).toBe('wse.kbo-prompt');
    for (const personal of ['Janssens', '93.05.18', '93051822361', 'Mega World', '0417']) {
      expect(text).not.toContain(personal);
    }
    await card(page).getByRole('button', { name: 'Melding sluiten' }).click();
    const opener = card(page).getByRole('button', { name: /Klopt dit niet/ });
    await expect.poll(() => opener.evaluate((el) => el.matches(':focus'))).toBe(true);
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.errors).toEqual([]);
    await page.close();
  });
});
