/**
 * Werkplek Duaal on app.werkplekduaal.be: the top line read (organisation, role, KBO number),
 * what the role may and may not do (the rules engine answering in the background), a KBO number
 * other than the active client's warned about as in the WSE-loket, the renewal walked from the
 * dashboard, a sectoraal partnerschap's role matrix, and the "browser not supported" screen said
 * plainly — in plain and in the design system's markup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../support/browser';
import { seed, TEST_CLIENTS_CSV } from '../support/seed';
import { card, expectCard, expectTarget, openCard } from './guide-helpers';

/** Make a client the active one, as the popup does (a message to the background). */
async function setActive(browser: Harness, kbo: string | null): Promise<void> {
  const page = await browser.openExtensionPage('options.html');
  await page.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
      .chrome;
    await api.runtime.sendMessage({ type: 'clients.setActive', kbo: value });
  }, kbo);
  await page.close();
}

describe.each(['plain', 'vl'] as const)('Werkplek Duaal, %s markup', (variant) => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch({ variant });
    await seed(browser, { csv: TEST_CLIENTS_CSV, profile: 'werkgever' });
  });
  afterAll(async () => browser?.close());

  it('reads the top line, explains the role and warns that the KBO is not the active client', async () => {
    await setActive(browser, '0566988259');
    const page = await browser.open('wpd.dashboard');
    await expectCard(page, 'Stap 1 van 2', 'De taak op het dashboard');
    const seen = card(page).locator('[data-warning="wpd-aangemeld"]');
    await expect.poll(() => seen.textContent()).toContain('Aangemeld voor');
    expect((await seen.textContent())?.replace(/[\u2068\u2069]/g, '')).toBe(
      "Aangemeld voor ACM (onderneming, KBO 0417.390.703) met de rol 'Beheerder'.",
    );
    const mismatch = card(page).locator('[data-warning="kbo-mismatch"]');
    await expect.poll(() => mismatch.count()).toBe(1);
    expect((await mismatch.textContent())?.replace(/[\u2068\u2069]/g, '')).toContain(
      'bovenaan staat 0417.390.703, maar uw actieve klant is Bouwbedrijf Peeters NV (0566.988.259)',
    );
    // What the role may and may not do, from the rules engine in the background.
    await expectCard(page, 'Wat u hier als onderneming kan (en wat niet)', 'Een erkenning hernieuwen');
    await expectCard(page, 'Niet voor een onderneming', 'DWSE - werkplekduaal gebruiker');
    await page.close();
  });

  it('says the KBO is right when it is the active client, and walks to the renewal decision', async () => {
    await setActive(browser, '0417390703');
    const page = await browser.open('wpd.dashboard');
    await expect
      .poll(async () => {
        await openCard(page);
        return card(page).locator('[data-warning="kbo-juist"]').count();
      })
      .toBe(1);
    await expect.poll(() => card(page).locator('[data-warning="kbo-mismatch"]').count()).toBe(0);
    await page.getByRole('link', { name: 'Verdergaan' }).first().click();
    await expectCard(page, 'Stap 2 van 2', 'Beslissen over de hernieuwing');
    expect(await expectTarget(page, 'hernieuwen')).toBe('Beslissing bevestigen');
    await expectCard(page, "met de rol 'Beheerder'");
    await page.close();
  });

  it("gives a sectoraal partnerschap's user the role matrix: what the roles may do and what needs another role", async () => {
    await setActive(browser, null);
    const page = await browser.open('wpd.sp-dashboard');
    await expectCard(page, 'Uw rollen in het digitale loket', 'Wat u met deze rollen mag, en wat niet');
    await expectCard(page, "met de rol 'Medewerker' en 'Behandelaar'", 'Machtigingen van ondernemingen registreren');
    await expectCard(
      page,
      'Knipperlichten instellen (rol Beheerder)',
      'Uw stem over een erkenningsaanvraag registreren (rol Stemgerechtigde)',
    );
    await expect.poll(() => card(page).locator('[data-warning="kbo-bovenaan"]').count()).toBe(1);
    await page.close();
  });

  it('says plainly that the browser is not supported', async () => {
    const page = await browser.open('wpd.niet-ondersteund');
    await expectCard(page, 'Deze browser wordt niet ondersteund', 'Google Chrome of Microsoft Edge', 'eID');
    await page.close();
  });

  it('caused no console errors and no requests to other hosts', () => {
    expect(browser.errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});
