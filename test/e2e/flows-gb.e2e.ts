/**
 * The three gebruikersbeheer flows walked across the replicas on gebruikersbeheer.vlaanderen.be:
 * "Snel recht toekennen" (entity login, rijksregisternummer checked live and never stored, roles
 * explained), "Koppel gebruiker aan organisatie" and "Ken gebruikersrecht toe".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../support/browser';
import { seed } from '../support/seed';
import { allStorage, card, expectCard, expectTarget } from './guide-helpers';

let browser: Harness;
beforeAll(async () => {
  browser = await launch();
  await seed(browser, { profile: 'lokale-beheerder' });
});
afterAll(async () => browser?.close());

describe('gb.snel-recht-toekennen', () => {
  it('walks entity login → Snel recht → Nieuw recht → rijksregisternummer → Werkplek Duaal Gebruiker and roles → Bevestig', async () => {
    const page = await browser.open('gb.aanmelden');
    // The login screen belongs to this flow only: the page picks it.
    await expectCard(page, 'Stap 1 van 7', 'Aanmelden als entiteit');
    await expectTarget(page, 'aanmelden');
    expect(await page.locator('[data-loketgids-target]').getAttribute('value')).toBe('entiteit');
    await page.getByRole('button', { name: 'Aanmelden' }).click();

    await expectCard(page, 'Stap 2 van 7');
    expect(await expectTarget(page, 'menu')).toBe('Snel recht toekennen');
    await page.locator('[data-loketgids-target]').click();
    await expectCard(page, 'Stap 3 van 7', 'Nieuw recht toekennen');
    expect(await expectTarget(page, 'nieuw-recht')).toBe('Nieuw recht toekennen');
    await page.locator('[data-loketgids-target]').click();

    await expectCard(page, 'Stap 4 van 7', 'Persoon toevoegen');
    await expectTarget(page, 'persoon');
    const rrn = page.getByLabel('Rijksregisternummer', { exact: true });
    await rrn.fill('93.05.18-223.62');
    const invalid = card(page).locator('[data-warning="rrn-ongeldig"]');
    await expect.poll(() => invalid.textContent()).toMatch(/ongeldig rijksregisternummer/i);
    expect(await invalid.textContent()).not.toContain('223');
    await rrn.fill('93.05.18-223.61');
    await expect.poll(() => card(page).locator('[data-warning="rrn-geldig"]').count()).toBe(1);
    // Never stored anywhere in the extension.
    const stored = await allStorage(browser);
    expect(stored).not.toContain('93051822361');
    expect(stored).not.toContain('93.05.18');
    await page.getByRole('button', { name: 'Volgende' }).click();

    await expectCard(page, 'Stap 5 van 7', 'Wat elke rol mag', 'Stemgerechtigde', 'Behandelaar');
    await expectTarget(page, 'recht-en-rollen');
    await page.locator('[data-loketgids-target]').selectOption('Werkplek Duaal Gebruiker');
    await page.getByLabel('Medewerker').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expectCard(page, 'Stap 6 van 7');
    expect(await expectTarget(page, 'bevestig')).toBe('Bevestig');
    await page.locator('[data-loketgids-target]').click();
    await expectCard(page, 'Stap 7 van 7', 'Klaar');
    expect(await allStorage(browser)).not.toContain('93051822361');
    await page.close();
  });
});

describe('gb.koppel-gebruiker', () => {
  it('walks the three steps, checking a KBO number typed as organisation', async () => {
    const page = await browser.open('gb.beheer');
    await expectCard(page, 'Stap 1 van 5', 'Koppel gebruiker aan organisatie');
    expect(await expectTarget(page, 'gebruiker')).toBe('Koppel gebruiker aan organisatie');
    await page.locator('[data-loketgids-target]').click();

    await expectCard(page, 'Stap 2 van 5');
    await expectTarget(page, 'organisatie');
    const field = page.getByLabel('KBO nummer of naam van de organisatie');
    await field.fill('0417.390.704');
    await expect.poll(() => card(page).locator('[data-warning="kbo-ongeldig"]').textContent()).toMatch(/ongeldig/i);
    await field.fill('SD WORX');
    await expect.poll(() => card(page).locator('[data-warning]').count()).toBe(0);
    await page.getByRole('button', { name: 'Verder' }).click();

    await expectCard(page, 'Stap 3 van 5', 'telefoonnummer');
    await expectTarget(page, 'werkrelatie');
    await page.getByLabel('Telefoonnummer').fill('02 123 45 67');
    await page.getByLabel('E-mailadres').fill('jan.peeters@example.be');
    await page.getByRole('button', { name: 'Verder' }).click();
    await expectCard(page, 'Stap 4 van 5');
    await expectTarget(page, 'bevestig');
    await page.getByRole('button', { name: 'Bevestig' }).click();
    await expectCard(page, 'Stap 5 van 5', 'Werkrelatie gemaakt', 'Klaar');
    await page.close();
  });
});

describe('gb.ken-recht-toe', () => {
  it('is chosen in the card and walks Dimona Mandaatuitvoerder → dates → Bevestig', async () => {
    const page = await browser.open('gb.beheer');
    await expectCard(page, 'Stap 1 van 5');
    await card(page).getByLabel('Taak').selectOption('gb.ken-recht-toe');
    await expectCard(page, 'Ken gebruikersrecht toe');
    expect(await expectTarget(page, 'gebruiker')).toBe('Ken gebruikersrecht toe');
    await page.locator('[data-loketgids-target]').click();

    await expectCard(page, 'Stap 2 van 5', 'Dimona Mandaatuitvoerder', 'Wat dit recht doet');
    await expectTarget(page, 'recht');
    expect(await page.locator('[data-loketgids-target]').getAttribute('value')).toBe('Dimona Mandaatuitvoerder');
    await page.locator('[data-loketgids-target]').check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await expectCard(page, 'Stap 3 van 5', 'Begindatum');
    await expectTarget(page, 'datums');
    await page.getByRole('button', { name: 'Verder' }).click();
    await expectCard(page, 'Stap 4 van 5');
    await page.getByRole('button', { name: 'Bevestig' }).click();
    await expectCard(page, 'Stap 5 van 5', 'Recht toegekend');
    await page.close();
  });

  it('caused no console errors and no requests to other hosts', () => {
    expect(browser.errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});
