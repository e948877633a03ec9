import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../support/browser';
import { cp1252, KNOWN_KBOS, makeKbo } from '../support/builders';

const XSS = '<img src=x onerror=alert(1)>';

// What Belgian Excel saves: semicolons, Windows-1252, CRLF, a quoted field with a line break.
const CSV_LINES = [
  'Naam;Ondernemingsnummer;Tags;Notities;School', // 1
  'Société Générale;BE 0417.390.703;bank, Brussel;;nee', // 2
  'Brouwerij Het Anker;0566.988.259;horeca;"Contact: Jan; tel 015 ""na 10u""";nee', // 3
  'Foutief controlegetal;0417.390.704;;;nee', // 4
  `"${XSS}";${makeKbo(1234)};;;nee`, // 5
  'Vestiging in plaats van onderneming;2.147.812.701;;;nee', // 6
  '"Basisschool De Linde', // 7 (name spans two lines)
  'Mechelen";0428759497;onderwijs;;ja', // 8
  'Zonder naam;;;;', // 9
  'Nieuw nummer;1027.798.538;;;misschien', // 10
];
const CSV = cp1252(`${CSV_LINES.join('\r\n')}\r\n`);

describe('client list in the real browser', () => {
  let harness: Harness;
  let profile: string;

  beforeAll(async () => {
    harness = await launch();
    profile = harness.userDataDir;
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('imports a CSV through the options page: good rows, and bad rows with line numbers', async () => {
    const page = await harness.openExtensionPage('options.html');
    await page.getByLabel('Kies een bestand (CSV of JSON)').setInputFiles({
      name: 'klanten.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV),
    });

    const preview = page.getByRole('region', { name: 'Voorbeeld van de import uit klanten.csv' });
    await expect.poll(() => preview.textContent()).toContain('4 nieuwe klanten');
    const report = page.getByRole('region', { name: 'Ongeldige regels' });
    const rows = report.getByRole('row');
    await expect.poll(() => rows.count()).toBe(5); // header + 4 bad rows
    const reportText = await report.textContent();
    for (const line of ['4', '6', '9', '10']) {
      expect(await rows.filter({ has: page.getByRole('cell', { name: line, exact: true }) }).count()).toBe(1);
    }
    expect(reportText).toContain('Ongeldig ondernemingsnummer: het controlegetal klopt niet (verwacht 03)');
    expect(reportText).toContain('vestigingseenheidsnummer');
    expect(reportText).toContain('Ongeldige waarde voor school');

    await page.getByRole('button', { name: 'Importeer 4 klanten' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Import klaar' }).first().textContent())
      .toContain('4 toegevoegd');

    const table = page.getByRole('table', { name: 'Klanten' });
    await expect.poll(() => table.textContent()).toContain('Société Générale');
    expect(await table.textContent()).toContain('Basisschool De Linde Mechelen');
    expect(await table.textContent()).toContain(XSS);
    // The name is text, not markup.
    expect(await page.locator('img').count()).toBe(0);
    // The report stays visible after the import, so the person can fix the bad rows.
    expect(await report.isVisible()).toBe(true);

    // Export downloads a UTF-8 CSV (with BOM, for Excel) holding every client.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteer als CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^loketgids-klanten-\d{4}-\d{2}-\d{2}\.csv$/);
    const exported = await readFile(await download.path(), 'utf8');
    expect(exported.startsWith('\ufeffondernemingsnummer;naam;tags;notities;school\r\n')).toBe(true);
    expect(exported).toContain('0417.390.703;Société Générale;bank, Brussel;;nee');
    expect(exported.trim().split('\r\n')).toHaveLength(5);
    await page.close();
  });

  it('searches in the popup and sets the active client with the keyboard', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    const search = popup.getByRole('combobox', { name: 'Zoek een klant op naam, tag of KBO-nummer' });
    await search.fill('BE 0417 390 703');
    await expect
      .poll(() => popup.getByRole('option').allTextContents())
      .toEqual([expect.stringContaining('Société Générale')]);
    await search.fill('societe');
    await expect.poll(() => popup.getByRole('option').count()).toBe(1);
    await search.fill('');
    await expect.poll(() => popup.getByRole('option').count()).toBe(4);

    await search.fill('anker');
    await expect.poll(() => popup.getByText('1 klant gevonden').count()).toBe(1);
    await search.press('Enter');
    await expect.poll(() => popup.locator('.lg-active').textContent()).toContain('Brouwerij Het Anker');

    // ↓ moves through the results, Enter makes the highlighted one active.
    await search.fill('');
    await search.press('ArrowDown');
    const name = (await popup.getByRole('option', { selected: true }).locator('.lg-result-name').textContent()) ?? '';
    expect(name).not.toBe('');
    await search.press('Enter');
    await expect.poll(() => popup.locator('.lg-active').textContent()).toContain(name);

    // Back to a known active client for the restart test.
    await search.fill('societe');
    await search.press('Enter');
    await expect.poll(() => popup.locator('.lg-active').textContent()).toContain('Société Générale');

    // The overlays read the mirror in storage.local.
    const state = await harness.worker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome;
      return (await api.storage.local.get('loketgids:state'))['loketgids:state'] as {
        activeClient: { kbo: string } | null;
      };
    });
    expect(state.activeClient?.kbo).toBe(KNOWN_KBOS.abInbev);
    expect(await popup.locator('img').count()).toBe(0);
    await popup.close();
  });

  it('keeps clients and the active client after the browser is closed and reopened', async () => {
    expect(harness.errors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
    await harness.close({ keepProfile: true });
    harness = await launch({ userDataDir: profile });

    const popup = await harness.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('.lg-active').textContent()).toContain('Société Générale');
    const search = popup.getByRole('combobox', { name: 'Zoek een klant op naam, tag of KBO-nummer' });
    await search.fill('0428.759.497');
    await expect
      .poll(() => popup.getByRole('option').allTextContents())
      .toEqual([expect.stringContaining('Basisschool De Linde Mechelen')]);

    const options = await harness.openExtensionPage('options.html');
    await expect.poll(() => options.getByRole('heading', { name: /Klanten/ }).textContent()).toContain('4 klanten');
    await options.close();
    await popup.close();
  });

  it('two windows edit the same client: the second save says so instead of reverting the first', async () => {
    const first = await harness.openExtensionPage('options.html');
    const second = await harness.openExtensionPage('options.html');
    for (const page of [first, second]) {
      await page.getByRole('button', { name: 'Bewerk Brouwerij Het Anker' }).click();
    }
    await first.getByLabel('Naam', { exact: true }).fill('Brouwerij Het Anker NV');
    await first.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect.poll(() => first.getByText('Opgeslagen: Brouwerij Het Anker NV').count()).toBe(1);

    await second.getByLabel('Notities').fill('Uit het tweede venster');
    await second.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const conflict = second.getByRole('alert').filter({ hasText: 'in een ander venster gewijzigd' });
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await conflict.textContent()).toContain('naam (nu: Brouwerij Het Anker NV)');
    // Focus is on the message, not on the page's body (it moves there once the message is drawn).
    await expect.poll(() => second.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');

    await conflict.getByRole('button', { name: 'Toch opslaan' }).click();
    await expect.poll(() => second.getByText(/^Opgeslagen: Brouwerij Het Anker \(/).count()).toBe(1);
    // Both windows show the list as saved last, by the person's own choice.
    await expect
      .poll(() => first.getByRole('table', { name: 'Klanten' }).textContent())
      .toContain('Brouwerij Het Anker');
    await first.close();
    await second.close();
  });

  it('backup → clear → restore in the options page brings back every client, the settings and the active client', async () => {
    const page = await harness.openExtensionPage('options.html');
    const section = page.getByRole('region', { name: 'Back-up en herstel' });
    const heading = page.getByRole('heading', { name: /^Klanten/ });
    await expect.poll(() => heading.textContent()).toContain('4 klanten');
    await expect.poll(() => section.textContent()).toContain('U hebt nog geen back-up gemaakt.');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Back-up maken' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^loketgids-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile(await download.path(), 'utf8');
    const backup = JSON.parse(text) as {
      format: string;
      schemaVersion: number;
      clients: unknown[];
      activeClient: string;
    };
    expect(backup).toMatchObject({ format: 'loketgids-backup', schemaVersion: 3, activeClient: KNOWN_KBOS.abInbev });
    expect(backup.clients).toHaveLength(4);
    await expect.poll(() => section.textContent()).toContain('Laatste back-up:');

    // Clear: every client deleted through the table's bulk delete.
    await page.getByText(/Selecteer alle 4 getoonde klanten/).click();
    await page.getByRole('button', { name: 'Verwijder geselecteerde (4)' }).click();
    await page.getByRole('button', { name: 'Ja, verwijder 4 klanten' }).click();
    await expect.poll(() => heading.textContent()).toContain('0 klanten');

    await section.getByLabel('Kies een back-upbestand om te herstellen').setInputFiles({
      name: 'loketgids-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const preview = page.getByRole('region', { name: 'Voorbeeld van het herstel uit loketgids-backup.json' });
    await expect.poll(() => preview.textContent()).toContain('4 klanten toegevoegd');
    expect(await preview.textContent()).toContain('0 klanten verwijderd');
    await preview.getByRole('button', { name: 'Herstellen' }).click();

    const done = section.getByRole('status').filter({ hasText: 'Hersteld uit loketgids-backup.json' });
    await expect.poll(() => done.count()).toBe(1);
    expect(await done.textContent()).toContain('4 klanten en de instellingen');
    // Focus is on the result, not on the page's body.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Hersteld uit');
    await expect.poll(() => heading.textContent()).toContain('4 klanten');
    const table = page.getByRole('table', { name: 'Klanten' });
    await expect.poll(() => table.textContent()).toContain('Basisschool De Linde Mechelen');
    expect(await table.textContent()).toContain('Brouwerij Het Anker');

    // The popup (another extension page) sees the restored active client.
    const popup = await harness.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('.lg-active').textContent()).toContain('Société Générale');
    expect(await popup.getByText('U hebt nog geen back-up gemaakt.').count()).toBe(0);

    // A damaged file is refused with an alert, and nothing changes.
    await section.getByLabel('Kies een back-upbestand om te herstellen').setInputFiles({
      name: 'kapot.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text.replace('"name":"Société Générale"', '"name":""')),
    });
    const alert = section.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Er is niets hersteld; uw gegevens zijn ongewijzigd.');
    expect(await heading.textContent()).toContain('4 klanten');
    await popup.close();
    await page.close();
  });

  it('logged no console errors and made no requests', () => {
    expect(harness.errors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });
});
