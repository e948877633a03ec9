/**
 * `sz.lokale-beheerder-aanduiden` walked across the replicas on the social security portal's real
 * hostnames: the checklist first, De onderneming → Werkgevers RSZ → Hoe registreren → the access
 * request (the company's RSZ/KBO number and both rijksregisternummers checked live, never
 * stored) → the ticket number and the signed original → the first login → "Maak een lokale
 * beheerder" → the welcome page. Then the redesigned portal (`drift`) and the French portal on
 * www.socialsecurity.be.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practicePage, practiceUrl } from '../../lib/practice/catalog';
import { type Harness, launch } from '../support/browser';
import { seed } from '../support/seed';
import { allStorage, card, expectCard, expectTarget } from './guide-helpers';

const TARGET = '[data-loketgids-target]';

/** The live checks on the access request, typed as a person would. */
async function checkNumbers(browser: Harness, page: Page, fields: { nummer: string; lb: string; vv: string }) {
  const nummer = page.locator(fields.nummer);
  await nummer.fill('1332967-21');
  await expect.poll(() => card(page).locator('[data-warning="rsz-ongeldig"]').count()).toBe(1);
  await nummer.fill('1332967-20');
  await expect.poll(() => card(page).locator('[data-warning="rsz-geldig"]').textContent()).toContain('1332967-20');
  await nummer.fill('0417.390.703');
  await expect
    .poll(() => card(page).locator('[data-warning="rsz-geldig"]').textContent())
    .toContain('ondernemingsnummer');

  const lb = page.locator(fields.lb);
  await lb.fill('93.05.18-223.62');
  const invalid = card(page).locator('[data-warning="rrn-ongeldig"]');
  await expect.poll(() => invalid.textContent()).toMatch(/ongeldig rijksregisternummer/i);
  expect(await invalid.textContent()).not.toContain('223');
  await lb.fill('93.05.18-223.61');
  await expect.poll(() => card(page).locator('[data-warning="rrn-geldig"]').count()).toBe(1);
  await page.locator(fields.vv).fill('00012556777');
  await expect.poll(() => card(page).locator('[data-warning="rrn-geldig"]').count()).toBe(1);

  // Never stored anywhere in the extension.
  const stored = await allStorage(browser);
  for (const number of ['93051822361', '93.05.18', '00012556777']) expect(stored).not.toContain(number);
}

describe('sz.lokale-beheerder-aanduiden on www.socialezekerheid.be', () => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch();
    await seed(browser, { profile: 'werkgever' });
  });
  afterAll(async () => browser?.close());

  it('walks the checklist, the access request, the ticket, the first login and "Maak een lokale beheerder"', async () => {
    const page = await browser.open('sz.home');
    await expectCard(page, 'Stap 1 van 9', 'Leg dit klaar voor u begint', 'RSZ-identificatienummer');
    await expectCard(page, 'bestuurder, zaakvoerder of vennoot', 'Belgisch Staatsblad');
    expect(await expectTarget(page, 'start')).toBe('Werkgevers RSZ');
    await page.locator(TARGET).click();

    await expectCard(page, 'Stap 2 van 9', "Naar 'Hoe registreren'");
    expect(await expectTarget(page, 'werkgevers')).toBe('Hoe registreren');
    await page.locator(TARGET).click();

    await expectCard(page, 'Stap 3 van 9');
    expect(await expectTarget(page, 'hoe-registreren')).toBe('Elektronisch formulier voor de toegangsaanvraag');
    await page.locator(TARGET).click();

    await expectCard(page, 'Stap 4 van 9', 'De toegangsaanvraag invullen', 'bestuurder, zaakvoerder of vennoot');
    await expectTarget(page, 'toegangsaanvraag');
    expect(await page.locator(TARGET).getAttribute('value')).toBe('lokale-beheerder');
    await page.locator(TARGET).check();
    await checkNumbers(browser, page, { nummer: '#onderneming-nummer', lb: '#lb-rrn', vv: '#vv-rrn' });
    await page.getByRole('button', { name: 'Registreren' }).click();

    await expectCard(page, 'Stap 5 van 9', 'Ticketnummer bewaren', 'TA-2025-0412-77341', 'ORIGINEEL');
    await expectCard(page, 'een fax, fotokopie of e-mail wordt niet aanvaard', '5 werkdagen');
    expect(await expectTarget(page, 'ticket')).toBe('Formulier afdrukken');
    expect(await allStorage(browser)).not.toContain('93051822361');
    // The card's field to note the ticket number: filled from the page, kept when saved.
    const note = card(page).getByLabel('Ticketnummer', { exact: true });
    expect(await note.inputValue()).toBe('TA-2025-0412-77341');
    await card(page).getByRole('button', { name: 'Bewaar ticketnummer' }).click();
    await expect.poll(() => card(page).locator('[data-ticket="TA-2025-0412-77341"]').count()).toBe(1);
    expect(await allStorage(browser)).toContain('TA-2025-0412-77341');
    expect(await allStorage(browser)).not.toContain('93051822361');

    // Five working days later: the provisional login.
    await page.getByRole('link', { name: 'Zich aanmelden' }).click();
    await expectCard(page, 'Stap 6 van 9', 'De eerste keer aanmelden', 'voorlopige gebruikersnaam');
    await expectTarget(page, 'eerste-aanmelding');
    await page.locator(TARGET).fill('TMP-4711');
    await page.getByRole('button', { name: 'Login' }).click();

    await expectCard(page, 'Stap 7 van 9', 'later nooit meer wijzigen');
    await expectTarget(page, 'maak-lokale-beheerder');
    await page.getByLabel('Gebruikersnaam', { exact: true }).fill('ejanssens');
    await page.getByLabel('Bevestig gebruikersnaam').fill('ejanssens');
    await page.getByRole('button', { name: 'registreren' }).click();

    await expectCard(page, 'Stap 9 van 9', 'U bent lokale beheerder', 'Klaar');
    await page.close();
  });

  it('offers the same procedure to replace the lokale beheerder ("ja")', async () => {
    const page = await browser.open('sz.toegangsaanvraag');
    await expectCard(page, 'Stap 4 van 9', 'De toegangsaanvraag invullen');
    await card(page).getByLabel('Taak').selectOption('sz.lokale-beheerder-vervangen');
    await expectCard(page, 'Stap 4 van 9', 'De toegangsaanvraag: vervangen', 'overschreven');
    await expectTarget(page, 'toegangsaanvraag');
    expect(await page.locator(TARGET).getAttribute('value')).toBe('ja');
    await page.close();
  });

  it('caused no console errors and no requests to other hosts', () => {
    expect(browser.errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});

describe('the access request written blind (next): both rijksregisternummer fields in one table', () => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch({ variant: 'next' });
    await seed(browser, { profile: 'werkgever' });
  });
  afterAll(async () => browser?.close());

  // Column heads "Lokale beheerder" | "Verantwoordelijke (ondertekenaar)" say whose each field is;
  // the section around the table names both (lib/guide/target.ts contextValue).
  it('checks the number of the lokale beheerder and of the verantwoordelijke, each in its own field', async () => {
    const page = await browser.open('sz.toegangsaanvraag');
    await expectCard(page, 'Stap 4 van 9', 'De toegangsaanvraag invullen');
    const invalid = card(page).locator('[data-warning="rrn-ongeldig"]');
    const valid = card(page).locator('[data-warning="rrn-geldig"]');
    const lb = page.locator('input[name="lb_rijksregisternummer"]');
    await lb.fill('93.05.18-223.62');
    await expect.poll(() => invalid.count()).toBe(1);
    await lb.fill('93.05.18-223.61');
    await expect.poll(() => valid.count()).toBe(1);
    expect(await invalid.count()).toBe(0);
    await page.locator('input[name="vv_rijksregisternummer"]').fill('00.01.25-567.78');
    await expect.poll(() => invalid.count()).toBe(1);
    expect(await allStorage(browser)).not.toContain('93051822361');
    await page.close();
  });

  it('caused no console errors and no requests to other hosts', () => {
    expect(browser.errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});

describe('sz.lokale-beheerder-aanduiden on the redesigned portal (drift)', () => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch({ variant: 'drift' });
    await seed(browser, { profile: 'werkgever' });
  });
  afterAll(async () => browser?.close());

  it('walks to the ticket number with the newer wording ("Toegangsbeheerder (lokale beheerder)")', async () => {
    const page = await browser.open('sz.home');
    await expectCard(page, 'Stap 1 van 9', 'Leg dit klaar voor u begint');
    expect(await expectTarget(page, 'start')).toBe('Werkgevers RSZ');
    await page.locator(TARGET).click();
    await expectCard(page, 'Stap 2 van 9');
    expect(await expectTarget(page, 'werkgevers')).toBe('Hoe registreren?');
    await page.locator(TARGET).click();
    await expectCard(page, 'Stap 3 van 9');
    expect(await expectTarget(page, 'hoe-registreren')).toContain('Elektronisch formulier voor de toegangsaanvraag');
    await page.locator(TARGET).click();

    await expectCard(page, 'Stap 4 van 9', 'De toegangsaanvraag invullen');
    await expectTarget(page, 'toegangsaanvraag');
    expect(await page.locator(TARGET).getAttribute('value')).toBe('lokale-beheerder');
    await page.locator(TARGET).check();
    await checkNumbers(browser, page, {
      nummer: 'input[name="nummer"]',
      lb: 'fieldset:has-text("lokale beheerder") input[aria-label^="INSZ"]',
      vv: 'fieldset:has-text("verantwoordelijke") input[aria-label^="INSZ"]',
    });
    await page.getByRole('button', { name: /Aanvraag registreren/ }).click();

    await expectCard(page, 'Stap 5 van 9', '2026-TA-000481-3', 'ORIGINEEL');
    expect(await expectTarget(page, 'ticket')).toBe('Print het formulier');
    await page.close();
  });

  it('caused no console errors and no requests to other hosts', () => {
    expect(browser.errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});

describe('sz.lokale-beheerder-aanduiden in French on www.socialsecurity.be', () => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch({ variant: 'fr' });
    await seed(browser, { profile: 'werkgever' });
  });
  afterAll(async () => browser?.close());

  it('recognises the French home page, points at "Employeurs ONSS" and goes on', async () => {
    const page = await browser.context.newPage();
    await page.goto(practiceUrl(practicePage('sz.home'), 'fr'));
    expect(new URL(page.url()).hostname).toBe('www.socialsecurity.be');
    // The card stays in the user's language (Dutch); the page is French.
    await expectCard(page, 'Stap 1 van 9', 'Leg dit klaar voor u begint');
    expect(await expectTarget(page, 'start')).toBe('Employeurs ONSS');
    await page.locator(TARGET).click();
    // Pages without a French replica are the Dutch ones, on the same host.
    await expectCard(page, 'Stap 2 van 9');
    expect(new URL(page.url()).hostname).toBe('www.socialsecurity.be');
    await page.close();
  });

  it('recognises the French welcome page and user management', async () => {
    const page = await browser.context.newPage();
    await page.goto(practiceUrl(practicePage('sz.welkom'), 'fr'));
    // The appointment ends here (the default task for a werkgever); then the card switches task.
    await expectCard(page, 'Stap 9 van 9', 'U bent lokale beheerder');
    await card(page).getByLabel('Taak').selectOption('sz.gebruiker-toevoegen');
    await expectCard(page, 'Stap 1 van 3', "Naar 'Beheer van gebruikers'");
    expect(await expectTarget(page, 'welkom')).toBe('Gestion des utilisateurs');
    await page.locator(TARGET).click();
    await expectCard(page, 'Stap 2 van 3');
    expect(await expectTarget(page, 'beheer')).toBe('AJOUTER UN NOUVEL UTILISATEUR');
    await page.close();
  });

  it('speaks French to a person whose language is French: the whole card, with lang="fr"', async () => {
    await seed(browser, { lang: 'Français' });
    const page = await browser.context.newPage();
    await page.goto(practiceUrl(practicePage('sz.home'), 'fr'));
    await expectCard(page, 'Étape 1 sur 9', 'Réduire', 'Fermer');
    expect(await card(page).getAttribute('lang')).toBe('fr');
    const text = (await card(page).textContent()) ?? '';
    // One language at a time: none of the Dutch card words.
    for (const dutch of ['Stap ', 'Inklappen', 'Sluiten', 'Klopt dit niet']) expect(text).not.toContain(dutch);
    expect(await expectTarget(page, 'start')).toBe('Employeurs ONSS');
    await page.close();
    await seed(browser, { lang: 'Nederlands' });
  });

  it('caused no console errors and no requests to other hosts', () => {
    expect(browser.errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});
