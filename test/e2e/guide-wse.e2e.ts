/**
 * The guide in the WSE-loket, plain replicas on the real hostnames: both flows walked screen by
 * screen (step text, the marked target, the KBO fill, every warning and explanation), the overlay's
 * collapse/dismiss, and no console errors or foreign requests on any page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../support/browser';
import { seed, TEST_CLIENTS_CSV } from '../support/seed';
import { card, expectCard, expectTarget, storedState, targets } from './guide-helpers';

const WSE = 'https://wse-loket.vlaanderen.be';
let browser: Harness;

beforeAll(async () => {
  browser = await launch();
  await seed(browser, { csv: TEST_CLIENTS_CSV, ownOrganisation: 'SD WORX', profile: 'secretariaat' });
});
afterAll(async () => browser?.close());

describe('wse.ss.aanvraag-voor-klant', () => {
  it('walks login, organisation tile, KBO prompt with the client list and live checks', async () => {
    const page = await browser.open('wse.aanmelden');
    await expectCard(page, 'Stap 1 van 9', 'Aanmelden als organisatie');
    expect(await expectTarget(page, 'aanmelden')).toContain('Een onderneming of organisatie');
    await page.locator('[data-loketgids-target="aanmelden"]').click();

    await expectCard(page, 'Stap 2 van 9', 'Uw organisatie kiezen');
    expect(await expectTarget(page, 'organisatie')).toContain('SD WORX');
    await page.locator('[data-loketgids-target="organisatie"]').click();

    await expectCard(page, 'Stap 3 van 9', 'KBO-nummer van de klant', 'Mega World NV', 'Sint-Jozefschool');
    const field = page.getByLabel('KBO-nummer', { exact: true });
    await expectTarget(page, 'klant');
    // Never filled on page load.
    await page.waitForTimeout(300);
    expect(await field.inputValue()).toBe('');

    // Typed by hand: invalid → "ongeldig" with the reason.
    await field.fill('0417.390.704');
    await expect
      .poll(() => card(page).locator('[data-warning="kbo-ongeldig"]').textContent())
      .toMatch(/ongeldig.*controlegetal.*03/i);
    // Typed by hand: a client marked as school → the seed's warning.
    await field.fill('0428.759.497');
    await expect
      .poll(() => card(page).locator('[data-warning="kbo-school"]').textContent())
      .toContain('geen KBO-nummer van een school');
    // Chosen in the list: a school is never filled in.
    await field.fill('');
    await card(page)
      .getByRole('button', { name: /Sint-Jozefschool/ })
      .click();
    await expect.poll(() => card(page).locator('[data-warning="kbo-school"]').count()).toBe(1);
    expect(await field.inputValue()).toBe('');

    // Chosen in the list: filled as a person would, and made the active client.
    await card(page)
      .getByRole('button', { name: /Mega World NV/ })
      .click();
    await expect.poll(() => field.inputValue()).toBe('0417390703');
    await expect.poll(async () => (await storedState(browser)).activeClient?.kbo).toBe('0417390703');
    await expectCard(page, 'actief');

    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await expectCard(page, 'Stap 4 van 9', "Naar 'Aanvraag'", 'dat is uw actieve klant Mega World NV');
    expect(await expectTarget(page, 'home')).toBe('Aanvraag');
    await page.close();
  });

  it('warns when the KBO number at the top is not the active client, with both numbers formatted', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${WSE}/home?kbo=0566988259`);
    await expectCard(page, 'Stap 4 van 9');
    const warning = card(page).locator('[data-warning="kbo-mismatch"]');
    await expect.poll(() => warning.textContent()).toContain('0566.988.259');
    expect(await warning.textContent()).toContain('0417.390.703');
    await page.close();
  });

  it('annotates every service on the overview, explains the missing right inline, and points at the chosen service', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${WSE}/aanvragen/zonder-recht?kbo=0417390703`);
    await expectCard(page, 'Stap 5 van 9', 'Diensten op deze pagina');
    const services = card(page).locator('[data-service]');
    await expect.poll(() => services.count()).toBe(5);
    const vov = card(page).locator('[data-service="Terugbetalingsaanvraag Vlaams opleidingsverlof"]');
    expect(await vov.getAttribute('data-status')).toBe('right-missing');
    const vovText = (await vov.textContent()) ?? '';
    expect(vovText).toContain('DWSE organisatieverantwoordelijke');
    expect(vovText).toContain('opleidingsverlof');
    expect(await vov.locator('textarea').inputValue()).toMatch(/^Beste /);
    expect(await card(page).locator('[data-service="Arbeidskaart"]').getAttribute('data-status')).toBe('available');
    // No service chosen yet: nothing to point at. Choosing one in the card marks its button.
    await card(page).locator('[data-service="Arbeidskaart"]').getByRole('button', { name: 'Kies' }).click();
    expect(await expectTarget(page, 'dienst')).toBe('Aanvragen / indienen');
    expect(await page.locator('[data-loketgids-target]').getAttribute('href')).toContain('dienst=arbeidskaart');
    await page.locator('[data-loketgids-target]').click();

    // The KBO prompt a second time: step 6, same client offered first.
    await expectCard(page, 'Stap 6 van 9', 'Nogmaals het KBO-nummer');
    await page.waitForTimeout(200);
    expect(await page.getByLabel('KBO-nummer', { exact: true }).inputValue()).toBe('');
    await card(page)
      .getByRole('button', { name: /Mega World NV/ })
      .click();
    await expect.poll(() => page.getByLabel('KBO-nummer', { exact: true }).inputValue()).toBe('0417390703');
    await page.getByRole('button', { name: 'Doorgaan' }).click();

    await expectCard(page, 'Stap 7 van 9', 'Werkgevergegevens invullen', 'Controleer', 'dat is uw actieve klant');
    await expectTarget(page, 'formulier');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expectCard(page, 'Stap 8 van 9', 'Bevestigen');
    await expectTarget(page, 'bevestigen');
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await expectCard(page, 'Stap 9 van 9', 'Aanvraag ingediend', 'Klaar');
    expect(await targets(page)).toEqual([]);
    await page.close();
  });
});

describe('wse.vov.terugbetaling', () => {
  it('can be chosen in the card, and explains a missing werkrelatie when only the personal name shows', async () => {
    const page = await browser.open('wse.enkel-persoon');
    await expectCard(page, 'Stap 2 van 9');
    await card(page).getByLabel('Taak').selectOption('wse.vov.terugbetaling');
    await expectCard(page, 'Stap 2 van 8', 'Geen organisatie te zien', 'Werkrelatie met de organisatie');
    const text = (await card(page).textContent()) ?? '';
    expect(text).toContain('hoofd lokale beheerder');
    expect(text).toContain('Koppel gebruiker aan organisatie');
    expect(await targets(page)).toEqual([]);
    await page.close();
  });

  it('points at "Gebruikersrecht aanvragen" and explains the missing right, then at the blue "Aanvragen"', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${WSE}/aanvragen/zonder-recht`);
    // The task is chosen per tab: this is a new tab.
    await expectCard(page, 'Stap 5 van 9');
    await card(page).getByLabel('Taak').selectOption('wse.vov.terugbetaling');
    await expectCard(page, 'Stap 4 van 8', 'Vlaams opleidingsverlof');
    expect(await expectTarget(page, 'dienst')).toBe('Gebruikersrecht aanvragen');
    expect(await page.locator('[data-loketgids-target]').getAttribute('href')).toContain('vlaams-opleidingsverlof');
    const vov = card(page).locator('[data-service="Terugbetalingsaanvraag Vlaams opleidingsverlof"]');
    await expect.poll(() => vov.textContent()).toContain('DWSE organisatieverantwoordelijke');
    expect(await vov.textContent()).toContain('lokale beheerder');
    // Logged in for the organisation: the werkrelatie is there, only the right is missing.
    expect(await vov.locator('[data-gap]').evaluateAll((els) => els.map((e) => e.getAttribute('data-gap')))).toEqual([
      'recht:dwse-organisatieverantwoordelijke#opleidingsverlof',
    ]);

    await page.goto(`${WSE}/aanvragen`);
    await expectCard(page, 'Stap 4 van 8');
    await expect.poll(async () => (await targets(page))[0]?.[1]).toBe('Aanvragen');
    expect(await page.locator('[data-loketgids-target]').getAttribute('href')).toContain('vlaams-opleidingsverlof');
    await page.locator('[data-loketgids-target]').click();
    await expectCard(page, 'Stap 5 van 8');
    await page.close();
  });
});

describe('the overlay', () => {
  it('collapses, and a dismissal is remembered per portal with a re-open button', async () => {
    const page = await browser.open('wse.home');
    await expectCard(page, 'Stap 4 van 9');
    await card(page).getByRole('button', { name: 'Inklappen' }).click();
    await expect.poll(() => card(page).getByRole('button', { name: 'Uitklappen' }).count()).toBe(1);
    await card(page).getByRole('button', { name: 'Uitklappen' }).click();
    await card(page).getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => card(page).getByRole('button', { name: 'Loketgids tonen' }).count()).toBe(1);
    await expect.poll(() => targets(page)).toEqual([]);
    await page.reload();
    await expect
      .poll(() => card(page).getByRole('button', { name: 'Loketgids tonen' }).count(), { timeout: 10_000 })
      .toBe(1);
    expect(await targets(page)).toEqual([]);
    await card(page).getByRole('button', { name: 'Loketgids tonen' }).click();
    await expectCard(page, 'Stap 4 van 9');
    await expectTarget(page, 'home');
    await page.close();
  });

  it('never takes focus from the page on load', async () => {
    const page = await browser.open('wse.kbo-prompt');
    await expectCard(page, 'KBO-nummer');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.close();
  });

  it('caused no console errors and no requests to other hosts', () => {
    expect(browser.errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});
