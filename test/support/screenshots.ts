/**
 * `npm run screenshots`: the README's pictures of what users see, taken in real Chromium with the
 * built extension on the practice portal (run `npm run build` first). Written to test/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launch } from './browser';
import { seed, TEST_CLIENTS_CSV } from './seed';

const OUT = join(import.meta.dirname, '../screenshots');
await mkdir(OUT, { recursive: true });

const harness = await launch({ variant: 'vl' });
try {
  await seed(harness, { csv: TEST_CLIENTS_CSV, ownOrganisation: 'SD WORX', profile: 'secretariaat' });

  const portal = await harness.open('wse.kbo-prompt');
  await portal
    .getByRole('complementary', { name: 'Loketgids' })
    .getByText(/Mega World/)
    .first()
    .waitFor();
  await portal.waitForTimeout(500);
  await portal.screenshot({ path: join(OUT, 'overlay-kbo-prompt.png') });

  await harness.open('wse.aanvragen-zonder-recht', portal);
  const card = portal.getByRole('complementary', { name: 'Loketgids' });
  await card.getByLabel('Taak').selectOption('wse.vov.terugbetaling');
  const gap = card.locator('[data-service="Terugbetalingsaanvraag Vlaams opleidingsverlof"] [data-gap]').first();
  await gap.waitFor({ state: 'attached' });
  await gap.scrollIntoViewIfNeeded();
  await portal.waitForTimeout(500);
  await portal.screenshot({ path: join(OUT, 'overlay-missing-right.png') });

  const popup = await harness.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  await popup.getByText('Mega World NV').first().waitFor();
  await popup.screenshot({ path: join(OUT, 'popup-clients.png') });
  await popup.getByRole('tab', { name: 'Rechtencheck' }).click();
  await popup.getByRole('searchbox').or(popup.getByRole('combobox')).first().fill('opleidingsverlof');
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: join(OUT, 'popup-rechtencheck.png') });

  const options = await harness.openExtensionPage('options.html');
  await options.setViewportSize({ width: 1100, height: 800 });
  await options.getByLabel(/Kies een bestand/).setInputFiles({
    name: 'klanten.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'ondernemingsnummer;naam;school\n0417.390.703;Mega World NV;nee\n0417.390.704;Tikfout BV;nee\n1027.798.538;Nieuwe Klant BV;nee\n2147.812.701;Vestiging Gent;nee\n',
    ),
  });
  await options
    .getByText(/ongeldig/i)
    .first()
    .waitFor();
  await options.screenshot({ path: join(OUT, 'options-import-preview.png'), fullPage: true });
} finally {
  await harness.close();
}

// The honest card: a page that looks like two screens (both wizards' titles on the last step).
const unsure = await launch({
  transform: (html, page) =>
    page.id === 'gb.koppel-stap-3' ? html.replace('</h1>', '</h1><h2>Ken gebruikersrecht toe</h2>') : html,
});
try {
  const page = await unsure.open('gb.koppel-stap-3');
  const card = page.getByRole('complementary', { name: 'Loketgids' });
  // No task under way yet: the launcher asks; opened, the card names both screens.
  await card.getByRole('button', { name: /Welk scherm is dit/ }).click();
  await card.locator('[data-unsure]').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, 'overlay-unsure.png') });
} finally {
  await unsure.close();
}

// Markup we did not write: the design system's web components rendering late (blind `lit` variant).
const lit = await launch({ variant: 'lit' });
try {
  await seed(lit, { ownOrganisation: 'SD WORX', profile: 'werkgever' });
  const page = await lit.open('wse.home');
  await page.locator('[data-loketgids-target]').waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(OUT, 'overlay-home-lit.png') });
} finally {
  await lit.close();
}
// The Oefenmodus: a scenario in presenter mode, and the printable hand-out.
const oefen = await launch({ viewport: { width: 1366, height: 768 } });
try {
  const page = await oefen.openExtensionPage('oefenmodus.html');
  await page.locator('.lg-oefen').waitFor();
  await page.locator('[data-scenario="werkgever-zonder-vov"]').click();
  await page
    .frameLocator('iframe.lg-oefen__frame')
    .locator('[data-loketgids] [data-placed]')
    .waitFor({ state: 'attached' });
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(OUT, 'oefenmodus-scenario.png') });
  await page.getByLabel(/Presentatiemodus/).check();
  await page.locator('[data-flow="wse.ss.aanvraag-voor-klant"]').click();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.frameLocator('iframe.lg-oefen__frame').locator('[data-loketgids-target]').waitFor({ state: 'attached' });
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(OUT, 'oefenmodus-presenter.png') });
  const handout = await oefen.openExtensionPage('handout.html?flow=gb.koppel-gebruiker');
  await handout.setViewportSize({ width: 900, height: 1200 });
  await handout.locator('.lg-handout__step').first().waitFor();
  await handout.waitForTimeout(2500);
  await handout.screenshot({ path: join(OUT, 'oefenmodus-handout.png') });
} finally {
  await oefen.close();
}
console.log(`Screenshots in ${OUT}`);
