/**
 * `npm start`: open Chrome/Chromium/Edge with the freshly built extension loaded, on its Oefenmodus
 * (the practice portal inside the extension, entrypoints/oefenmodus). The replica pages are also
 * served on the real portal hostnames (nothing reaches the real portals):
 *
 *   npm start                      # the Oefenmodus
 *   npm start -- --page wse.aanmelden   # a replica on its real hostname (wse-loket.vlaanderen.be)
 *   npm start -- --variant vl      # Flemish design-system markup (also: spa, lit, drift, fr, de)
 *   npm start -- --page gb.beheer  # start on another practice page
 *   CHROME_PATH=/path/to/chrome npm start
 *
 * The browser stays open until you close it. Set LOKETGIDS_HEADLESS=1 to run without a window
 * (used to check this script on machines without a display).
 */
import { parseArgs } from 'node:util';
import { PRACTICE_PAGES, practicePage, practiceUrl, VARIANTS, type Variant } from '../../lib/practice/catalog';
import { launch } from './browser';

const { values } = parseArgs({
  options: {
    variant: { type: 'string', default: 'plain' },
    page: { type: 'string', default: 'oefenmodus' },
  },
});
if (!(VARIANTS as readonly string[]).includes(values.variant)) {
  console.error(`Onbekende variant "${values.variant}" / unknown variant. Kies uit: ${VARIANTS.join(', ')}`);
  process.exit(2);
}
if (values.page !== 'oefenmodus' && !PRACTICE_PAGES.some((page) => page.id === values.page)) {
  console.error(`Onbekende oefenpagina "${values.page}" / unknown practice page. Kies uit:`);
  for (const page of PRACTICE_PAGES) console.error(`  ${page.id}  ${page.title}`);
  process.exit(2);
}

const headless = process.env.LOKETGIDS_HEADLESS === '1';
if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'Geen scherm gevonden (DISPLAY is leeg). Start met een scherm, of zonder venster: LOKETGIDS_HEADLESS=1 npm start',
  );
  process.exit(2);
}
const browser = await launch({
  build: 'shipped',
  headless,
  variant: values.variant as Variant,
  userDataDir: undefined,
  // The window's own size, not a fixed viewport: it fits whatever screen it opens on.
  viewport: null,
  // Pinned to the toolbar, no infobars.
  demo: true,
});
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
const url =
  values.page === 'oefenmodus'
    ? `chrome-extension://${browser.extensionId}/oefenmodus.html`
    : practiceUrl(practicePage(values.page));
await page.goto(url);
console.log(`Loketgids geladen (extensie ${browser.extensionId}) op de oefenportaalpagina ${url}`);
console.log(`Loketgids loaded; practice portal at ${url}. Close the browser window to stop.`);
if (headless) {
  const shown = page.locator(values.page === 'oefenmodus' ? '.lg-oefen' : '[data-loketgids]');
  const overlay = await shown
    .first()
    .waitFor({ state: 'attached', timeout: 10_000 })
    .then(() => 1)
    .catch(() => 0);
  // Pinned to the toolbar: what the person sees, asked of the extension itself.
  const pinned = await browser.worker.evaluate(async () => {
    const action = (
      globalThis as unknown as { chrome: { action: { getUserSettings(): Promise<{ isOnToolbar: boolean }> } } }
    ).chrome.action;
    return (await action.getUserSettings()).isOnToolbar;
  });
  console.log(
    `headless check: overlay ${overlay ? 'present' : 'MISSING'}, toolbar ${pinned ? 'pinned' : 'NOT PINNED'}`,
  );
  await browser.close();
  process.exit(overlay && pinned ? 0 : 1);
}
await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
await browser.close();
