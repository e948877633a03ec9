import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/clients/OptionsApp';
import { parseCsv } from '../../../lib/clients/csv';
import { exportClientsCsv, exportClientsJson } from '../../../lib/clients/export';
import { parseImport } from '../../../lib/clients/import';
import {
  addClient,
  commitImport,
  getClient,
  listClients,
  loadSettings,
  updateClient,
} from '../../../lib/clients/repository';
import { db } from '../../../lib/db';
import { readState } from '../../../lib/state';
import { cp1252, KNOWN_KBOS, makeClients, utf8 } from '../../support/builders';
import { resetDb } from './helpers';

const XSS = '<img src=x onerror=alert(1)>';

beforeEach(resetDb);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function renderOptions() {
  const view = render(<OptionsApp />);
  await waitFor(() => expect(screen.getByRole('heading', { name: /^Klanten/ }).textContent).toMatch(/\(\d/));
  await screen.findByRole('button', { name: 'Instellingen opslaan' });
  return view;
}

function chooseFile(bytes: Uint8Array<ArrayBuffer>, name = 'klanten.csv') {
  const input = screen.getByLabelText('Kies een bestand (CSV of JSON)') as HTMLInputElement;
  const file = new File([bytes], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** Chooses a file whose bytes arrive only on `release()`: a large file that takes a while to read. */
function chooseSlowFile(bytes: Uint8Array<ArrayBuffer>, name: string): { release: () => void } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const input = screen.getByLabelText('Kies een bestand (CSV of JSON)') as HTMLInputElement;
  const file = new File([bytes], name, { type: 'text/csv' });
  Object.defineProperty(file, 'arrayBuffer', { value: () => gate.then(() => bytes.buffer) });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  return { release };
}

/** What `downloadText` handed to the browser, as text. */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

describe('options page', () => {
  it('has the Loketgids heading and its four sections', async () => {
    await renderOptions();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Loketgids');
    for (const name of ['Instellingen', 'Importeren', 'Exporteren'])
      expect(screen.getByRole('region', { name })).toBeTruthy();
    expect(screen.getByRole('region', { name: /^Klanten/ })).toBeTruthy();
  });
});

describe('settings', () => {
  const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

  it('refuses an invalid own KBO number with an "ongeldig" message and keeps the input', async () => {
    await renderOptions();
    fireEvent.input(field('Naam (zoals op de tegel in het WSE-loket)'), { target: { value: 'SD Worx' } });
    fireEvent.input(field('Ondernemingsnummer van de eigen organisatie'), { target: { value: '0417.390.704' } });
    expect(await screen.findByText(/^Ongeldig ondernemingsnummer/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    await waitFor(() =>
      expect(within(screen.getByRole('form', { name: 'Instellingen' })).getByRole('status').textContent).toContain(
        'ongeldig',
      ),
    );
    expect(field('Ondernemingsnummer van de eigen organisatie').value).toBe('0417.390.704');
    expect((await loadSettings()).ownOrganisation).toBeNull();
  });

  it('saves organisation, profile, language, the card’s place and facts, and mirrors them for the overlay', async () => {
    await renderOptions();
    fireEvent.input(field('Naam (zoals op de tegel in het WSE-loket)'), { target: { value: 'SD Worx' } });
    fireEvent.input(field('Ondernemingsnummer van de eigen organisatie'), { target: { value: 'BE 0417 390 703' } });
    fireEvent.change(screen.getByLabelText('Profiel'), { target: { value: 'lokale-beheerder' } });
    fireEvent.click(screen.getByLabelText('English'));
    fireEvent.click(screen.getByLabelText(/In het zijpaneel van de browser/));
    fireEvent.click(screen.getByLabelText(/^Werkrelatie met de organisatie/));
    fireEvent.click(screen.getByLabelText(/^STTS-profiel STTS 2/));
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    await waitFor(async () =>
      expect(await loadSettings()).toEqual({
        ownOrganisation: { name: 'SD Worx', kbo: KNOWN_KBOS.abInbev },
        profile: 'lokale-beheerder',
        lang: 'en',
        facts: ['werkrelatie', 'profiel:stts2'],
        disabledFlows: [],
        cardPlace: 'panel',
      }),
    );
    expect(await screen.findByText('Instellingen opgeslagen.')).toBeTruthy();
    expect((await readState()).settings.profile).toBe('lokale-beheerder');
  });
});

describe('import', () => {
  const csv = [
    'Naam;Ondernemingsnummer;Tags;Notities;School',
    'Société Générale;BE 0417.390.703;bank;;nee',
    'Foutief;0417.390.704;;;nee',
    `"${XSS}";0566.988.259;;;ja`,
    'Vestiging;2.147.812.701;;;nee',
  ].join('\r\n');

  it('previews a Windows-1252 file with good rows and bad rows by line number, then imports', async () => {
    const { container } = await renderOptions();
    chooseFile(cp1252(csv));
    const preview = await screen.findByRole('region', { name: 'Voorbeeld van de import uit klanten.csv' });
    expect(preview.textContent).toContain('2 nieuwe klanten');
    expect(within(preview).getByText('Société Générale')).toBeTruthy();
    const report = within(preview).getByRole('region', { name: 'Ongeldige regels' });
    const rows = within(report).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['3', '5']);
    expect(rows[0]?.textContent).toContain('Ongeldig ondernemingsnummer');
    expect(rows[1]?.textContent).toContain('vestigingseenheidsnummer');

    fireEvent.click(within(preview).getByRole('button', { name: 'Importeer 2 klanten' }));
    expect(await screen.findByText(/Import klaar: 2 toegevoegd/)).toBeTruthy();
    expect(screen.getByText(/2 ongeldige regels niet geïmporteerd/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Klanten' });
    await waitFor(() => expect(within(table).getByText('Société Générale')).toBeTruthy());
    expect(within(table).getByText(XSS)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    // The report stays so the person can fix the rows.
    expect(screen.getByRole('region', { name: 'Ongeldige regels' })).toBeTruthy();
  });

  it('lets the person update or skip clients that are already listed', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'Oude naam', notes: 'behouden' });
    await renderOptions();
    chooseFile(cp1252(csv));
    const preview = await screen.findByRole('region', { name: 'Voorbeeld van de import uit klanten.csv' });
    expect(preview.textContent).toContain('1 klant al in de lijst, met andere gegevens');
    fireEvent.click(within(preview).getByLabelText('Overslaan, bestaande gegevens behouden'));
    fireEvent.click(within(preview).getByRole('button', { name: 'Importeer 1 klant' }));
    expect(await screen.findByText(/1 toegevoegd, 0 bijgewerkt, 1 overgeslagen/)).toBeTruthy();
    expect((await getClient(KNOWN_KBOS.abInbev))?.name).toBe('Oude naam');
  });

  it('importing the same file twice: the second preview has nothing to import', async () => {
    await renderOptions();
    chooseFile(cp1252(csv));
    fireEvent.click(await screen.findByRole('button', { name: 'Importeer 2 klanten' }));
    await screen.findByText(/Import klaar/);
    chooseFile(cp1252(csv));
    const preview = await screen.findByRole('region', { name: 'Voorbeeld van de import uit klanten.csv' });
    await waitFor(() => expect(preview.textContent).toContain('2 klanten al in de lijst, ongewijzigd'));
    expect((within(preview).getByRole('button', { name: 'Niets te importeren' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('says so when the file has no KBO column', async () => {
    await renderOptions();
    chooseFile(cp1252('naam;adres\r\nA;Gent\r\n'));
    expect((await screen.findByRole('alert')).textContent).toContain('Geen kolom met het ondernemingsnummer');
  });
});

describe('import hardening (issue 12)', () => {
  const FILE_A = 'naam;kbo\r\nUit bestand A;0417390703\r\nOok uit A;0566988259\r\n';
  const FILE_B = 'naam;kbo\r\nUit bestand B;0428759497\r\n';

  it('escapes formula-like cells in the downloaded error report, as the export does', async () => {
    const blobs = captureDownloads();
    await renderOptions();
    chooseFile(utf8('naam;kbo\r\n"=HYPERLINK(""http://x"";""klik"")";0417390704\r\n@SUM(A1);\r\n'));
    const report = await screen.findByRole('region', { name: 'Ongeldige regels' });
    fireEvent.click(within(report).getByRole('button', { name: 'Download het foutrapport (CSV)' }));
    const csv = await (blobs[0] as Blob).text();
    expect(csv).toContain(`2;"'=HYPERLINK(""http://x"";""klik"");0417390704"`);
    expect(csv).toContain(`3;"'@SUM(A1);";`);
    expect(csv.startsWith('\ufeffregel;inhoud;reden\r\n')).toBe(true);
    // No cell of the report starts with a formula character.
    const cells = parseCsv(csv, { delimiter: ';' }).records.flatMap((record) => record.fields);
    expect(cells.length).toBeGreaterThan(6);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('a second file replaces the first at once: while it is read there is no button that would import the old rows', async () => {
    await renderOptions();
    chooseFile(utf8(FILE_A), 'a.csv');
    await screen.findByRole('button', { name: 'Importeer 2 klanten' });

    const slow = chooseSlowFile(utf8(FILE_B), 'b.csv');
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Importeer/ })).toBeNull());
    expect(screen.queryByRole('region', { name: /^Voorbeeld van de import/ })).toBeNull();
    expect(screen.getByText('Bestand lezen: b.csv…')).toBeTruthy();

    slow.release();
    const preview = await screen.findByRole('region', { name: 'Voorbeeld van de import uit b.csv' });
    fireEvent.click(within(preview).getByRole('button', { name: 'Importeer 1 klant' }));
    expect(await screen.findByText(/Import klaar: 1 toegevoegd/)).toBeTruthy();
    expect((await listClients()).clients.map((client) => client.name)).toEqual(['Uit bestand B']);
  });

  it('drops the late result of a file chosen before the current one', async () => {
    await renderOptions();
    const slowA = chooseSlowFile(utf8(FILE_A), 'a.csv');
    chooseFile(utf8(FILE_B), 'b.csv');
    await screen.findByRole('region', { name: 'Voorbeeld van de import uit b.csv' });
    slowA.release();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('region', { name: 'Voorbeeld van de import uit a.csv' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Voorbeeld van de import uit b.csv' }).textContent).toContain(
      '1 nieuwe klant',
    );
    expect(screen.getByRole('button', { name: 'Importeer 1 klant' })).toBeTruthy();
  });

  it('names the rows of a UTF-8 file that were read as Windows-1252, by line, before the import', async () => {
    await renderOptions();
    const head = utf8('naam;ondernemingsnummer\r\nSociété Générale;0417.390.703\r\n');
    const pasted = cp1252('Crème Brûlée BV;0566.988.259\r\n');
    const bytes = new Uint8Array(head.length + pasted.length);
    bytes.set(head);
    bytes.set(pasted, head.length);
    chooseFile(bytes);
    const check = await screen.findByRole('region', { name: 'Regels om te controleren' });
    expect(check.textContent).toContain('Let op: 1 regel in dit UTF-8-bestand was geen geldige UTF-8');
    const rows = within(check).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([['3', 'Crème Brûlée BV;0566.988.259']]);
    // Both names are right, not "CrÃ¨me BrÃ»lÃ©e".
    expect(screen.getByText('Société Générale')).toBeTruthy();
    expect(screen.getByText('Crème Brûlée BV')).toBeTruthy();
  });

  it('imports with a named progress bar and "Annuleren"; cancel leaves the list as it was', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'Was er al' });
    const before = await listClients();
    await renderOptions();
    chooseFile(utf8(exportClientsCsv(makeClients(5000))));
    fireEvent.click(await screen.findByRole('button', { name: 'Importeer 5.000 klanten' }));
    const bar = await screen.findByRole('progressbar', { name: /^Importeren: [\d.]+ van 5\.000 klanten$/ });
    expect(bar.getAttribute('max')).toBe('5000');
    const cancel = screen.getByRole('button', { name: 'Annuleren' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    fireEvent.click(cancel);
    const status = await screen.findByText(/^Import geannuleerd: er is niets geïmporteerd/, {}, { timeout: 10_000 });
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect({ ...(await listClients()), revision: 0 }).toEqual({ ...before, revision: 0 });
    const table = screen.getByRole('table', { name: 'Klanten' });
    await waitFor(() => expect(table.getAttribute('aria-rowcount')).toBe('2'));
  });

  it('after an import the outcome has focus and the table shows the whole list', async () => {
    await renderOptions();
    chooseFile(utf8(exportClientsCsv(makeClients(2500))));
    fireEvent.click(await screen.findByRole('button', { name: 'Importeer 2.500 klanten' }));
    const status = await screen.findByText(/^Import klaar: 2\.500 toegevoegd/, {}, { timeout: 10_000 });
    await waitFor(() => expect(document.activeElement).toBe(status));
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Klanten' }).getAttribute('aria-rowcount')).toBe('2501'),
    );
  });
});

describe('editing a client another window changed (issue 12)', () => {
  async function editWhileChangedElsewhere() {
    const loaded = await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'Oud', notes: 'n' });
    await renderOptions();
    fireEvent.click(await screen.findByRole('button', { name: 'Bewerk Oud' }));
    // Another window saves the same client while this form is open.
    await updateClient(KNOWN_KBOS.abInbev, { kbo: KNOWN_KBOS.abInbev, name: 'Elders', notes: 'n' }, loaded);
    fireEvent.input(screen.getByLabelText('Notities'), { target: { value: 'hier getypt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    const alert = await screen.findByText(/^Deze klant is intussen in een ander venster gewijzigd/);
    const message = alert.closest('[role="alert"]') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(message));
    expect(message.textContent).toContain('Gewijzigd in het andere venster: naam (nu: Elders)');
    // Nothing was written over the other window's save.
    expect(await getClient(KNOWN_KBOS.abInbev)).toMatchObject({ name: 'Elders', notes: 'n' });
    return message;
  }

  it('says so and, on "Toch opslaan", writes what was typed', async () => {
    const message = await editWhileChangedElsewhere();
    fireEvent.click(within(message).getByRole('button', { name: 'Toch opslaan' }));
    await waitFor(async () =>
      expect(await getClient(KNOWN_KBOS.abInbev)).toMatchObject({ name: 'Oud', notes: 'hier getypt' }),
    );
    expect(await screen.findByText(/^Opgeslagen: Oud/)).toBeTruthy();
  });

  it('"Opnieuw laden" shows the stored version and writes nothing', async () => {
    const message = await editWhileChangedElsewhere();
    fireEvent.click(within(message).getByRole('button', { name: 'Opnieuw laden' }));
    expect((screen.getByLabelText('Naam') as HTMLInputElement).value).toBe('Elders');
    expect((screen.getByLabelText('Notities') as HTMLTextAreaElement).value).toBe('n');
    const status = await screen.findByText(/^Opnieuw geladen/);
    await waitFor(() => expect(document.activeElement).toBe(status));
    // Saving now goes through: the form is on the current version.
    fireEvent.input(screen.getByLabelText('Naam'), { target: { value: 'Elders NV' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(async () => expect((await getClient(KNOWN_KBOS.abInbev))?.name).toBe('Elders NV'));
  });
});

describe('client table', () => {
  it('renders only the rows in view for 2,000 clients, with the full row count for assistive tech', async () => {
    await commitImport(parseImport(exportClientsJson(makeClients(2000))), { duplicates: 'update' });
    await renderOptions();
    const table = screen.getByRole('table', { name: 'Klanten' });
    await waitFor(() => expect(table.getAttribute('aria-rowcount')).toBe('2001'));
    const rendered = within(table).getAllByRole('row');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
    fireEvent.input(screen.getByLabelText('Filter op naam, tag of KBO-nummer'), { target: { value: 'peeters 1' } });
    await waitFor(() => expect(screen.getByText(/klanten gevonden van 2\.000/)).toBeTruthy());
  });

  it('bulk-deletes the selection after confirmation', async () => {
    await commitImport(parseImport(exportClientsJson(makeClients(5))), { duplicates: 'update' });
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'Blijft' });
    await renderOptions();
    fireEvent.input(screen.getByLabelText('Filter op naam, tag of KBO-nummer'), { target: { value: 'klant' } });
    fireEvent.input(screen.getByLabelText('Filter op naam, tag of KBO-nummer'), { target: { value: '' } });
    fireEvent.click(await screen.findByLabelText('Selecteer Blijft'));
    fireEvent.click(screen.getByLabelText('Selecteer Blijft'));
    fireEvent.click(screen.getByLabelText('Selecteer alle 6 getoonde klanten'));
    fireEvent.click(screen.getByLabelText('Selecteer Blijft'));
    fireEvent.click(screen.getByRole('button', { name: 'Verwijder geselecteerde (5)' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('5 klanten definitief verwijderen?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, verwijder 5 klanten' }));
    await waitFor(async () => expect((await listClients()).clients.map((client) => client.name)).toEqual(['Blijft']));
    expect(await screen.findByText(/5 klanten verwijderd/)).toBeTruthy();
  });

  it('edits a client from the table', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'Oud' });
    await renderOptions();
    fireEvent.click(await screen.findByRole('button', { name: 'Bewerk Oud' }));
    fireEvent.input(screen.getByLabelText('Naam'), { target: { value: 'Nieuw' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(async () => expect((await getClient(KNOWN_KBOS.abInbev))?.name).toBe('Nieuw'));
  });

  it('reports damaged records and removes them on request', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'Goed' });
    await db.clients.put({ kbo: KNOWN_KBOS.second, name: 7 } as never);
    await renderOptions();
    const alert = await screen.findByText(/1 record kon niet gelezen worden/);
    expect(alert.textContent).toContain(KNOWN_KBOS.second);
    fireEvent.click(screen.getByRole('button', { name: 'Verwijder beschadigde records' }));
    await waitFor(async () => expect((await listClients()).corrupt).toEqual([]));
  });
});

describe('export', () => {
  it('downloads CSV and JSON that hold the list', async () => {
    await addClient({ kbo: KNOWN_KBOS.abInbev, name: XSS, tags: ['a'] });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Exporteer als CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Exporteer als JSON' }));
    expect(blobs).toHaveLength(2);
    const csv = await (blobs[0] as Blob).text();
    expect(csv).toContain('ondernemingsnummer;naam;tags;notities;school');
    expect(csv).toContain(`0417.390.703;${XSS};a;;nee`);
    expect(JSON.parse(await (blobs[1] as Blob).text()).clients[0].name).toBe(XSS);
  });
});
