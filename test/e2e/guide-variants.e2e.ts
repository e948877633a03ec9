/**
 * The KBO prompt in the other markup variants: Flemish design-system classes (`vl`) and a
 * single-page app that renders late into an open shadow root (`spa`). Also: a page that replaces
 * its DOM (spa in-app navigation) leaves no stale highlight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../support/browser';
import { seed, TEST_CLIENTS_CSV } from '../support/seed';
import { card, expectCard, expectTarget, storedState, targets } from './guide-helpers';

describe.each(['vl', 'spa'] as const)('the WSE-loket guide, %s markup', (variant) => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch({ variant });
    await seed(browser, { csv: TEST_CLIENTS_CSV, ownOrganisation: 'SD WORX', profile: 'secretariaat' });
  });
  afterAll(async () => browser?.close());

  it('offers the client list, fills the field on a click only, and checks typed numbers live', async () => {
    const page = await browser.open('wse.kbo-prompt');
    await expectCard(page, 'Stap 3 van 9', 'KBO-nummer van de klant', 'Mega World NV');
    expect(await expectTarget(page, 'klant')).toBe('');
    const field = page.getByLabel('KBO-nummer', { exact: true });
    expect(await field.inputValue()).toBe('');

    await field.fill('1234');
    await field.fill('0417 390 704');
    await expect.poll(() => card(page).locator('[data-warning="kbo-ongeldig"]').textContent()).toMatch(/ongeldig/i);
    await field.fill('BE 0428.759.497');
    await expect.poll(() => card(page).locator('[data-warning="kbo-school"]').textContent()).toContain('school');

    await card(page)
      .getByRole('button', { name: /Bouwbedrijf Peeters NV/ })
      .click();
    await expect.poll(() => field.inputValue()).toBe('0566988259');
    await expect.poll(async () => (await storedState(browser)).activeClient?.kbo).toBe('0566988259');
    await expect.poll(() => card(page).locator('[data-warning]').count()).toBe(1);
    expect(await card(page).locator('[data-warning="kbo-klant"]').textContent()).toContain('Bouwbedrijf Peeters NV');

    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await expectCard(page, 'Stap 4 van 9', 'dat is uw actieve klant Bouwbedrijf Peeters NV');
    // The KBO field is gone (a new page, or the app replaced its DOM): only the new target is marked.
    expect(await expectTarget(page, 'home')).toBe('Aanvraag');
    const ring = page.locator('[data-loketgids] .lg-ring:not(.lg-ring--pick)');
    await expect.poll(() => ring.isVisible()).toBe(true);
    // The ring follows the target (also when late CSS moves it) and lies over it.
    await expect
      .poll(async () => {
        const [r, t] = [await ring.boundingBox(), await page.locator('[data-loketgids-target]').boundingBox()];
        return r && t ? Math.max(Math.abs(r.x - t.x), Math.abs(r.y - t.y)) : Number.POSITIVE_INFINITY;
      })
      .toBeLessThan(12);
    await page.close();
  });

  it('explains the missing VOV right on the services overview', async () => {
    // vl and spa share the overview page's vl markup (the overview has no spa replica).
    const page = await browser.open('wse.aanvragen-zonder-recht');
    await card(page).getByLabel('Taak').selectOption('wse.vov.terugbetaling');
    const vov = card(page).locator('[data-service="Terugbetalingsaanvraag Vlaams opleidingsverlof"]');
    await expect.poll(() => vov.getAttribute('data-status')).toBe('right-missing');
    await expect.poll(() => vov.textContent()).toContain('DWSE organisatieverantwoordelijke');
    expect(await expectTarget(page, 'dienst')).toBe('Gebruikersrecht aanvragen');
    await page.close();
  });

  it('caused no console errors and no requests to other hosts', () => {
    expect(browser.errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});

describe('a single-page app that replaces its DOM', () => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch({ variant: 'spa' });
  });
  afterAll(async () => browser?.close());

  it('leaves no stale highlight on the replaced elements', async () => {
    const page = await browser.open('wse.kbo-prompt');
    await expectTarget(page, 'klant');
    // Keep a handle on the marked field, then navigate inside the app (pushState + re-render).
    const old = await page.locator('[data-loketgids-target]').elementHandle();
    await page.getByRole('link', { name: 'Andere organisatie kiezen' }).click();
    await expectCard(page, 'Stap 2 van 9');
    await expect
      .poll(async () => old?.evaluate((el) => [el.isConnected, el.hasAttribute('data-loketgids-target')]))
      .toEqual([false, false]);
    expect((await targets(page)).map(([id]) => id)).not.toContain('klant');
    await page.goBack();
    await expectCard(page, 'Stap 3 van 9');
    await expectTarget(page, 'klant');
    expect(browser.errors).toEqual([]);
    await page.close();
  });
});
