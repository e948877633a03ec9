import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/clients/OptionsApp';
import { exportClientsJson } from '../../../lib/clients/export';
import { commitImport, parseImport } from '../../../lib/clients/import';
import { addClient, getClient, listClients, loadSettings } from '../../../lib/clients/repository';
import { db } from '../../../lib/db';
import { readState } from '../../../lib/state';
import { cp1252, KNOWN_KBOS, makeClients } from '../../support/builders';
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
  const input = screen.getByLabelText('Kies een bestand (CSV of JSON) / Choose a file') as HTMLInputElement;
  const file = new File([bytes], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
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

  it('saves organisation, profile, language and facts, and mirrors them for the overlay', async () => {
    await renderOptions();
    fireEvent.input(field('Naam (zoals op de tegel in het WSE-loket)'), { target: { value: 'SD Worx' } });
    fireEvent.input(field('Ondernemingsnummer van de eigen organisatie'), { target: { value: 'BE 0417 390 703' } });
    fireEvent.change(screen.getByLabelText('Profiel / Profile'), { target: { value: 'lokale-beheerder' } });
    fireEvent.click(screen.getByLabelText('English'));
    fireEvent.click(screen.getByLabelText(/^Werkrelatie met de organisatie/));
    fireEvent.click(screen.getByLabelText(/^STTS-profiel STTS 2/));
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    await waitFor(async () =>
      expect(await loadSettings()).toEqual({
        ownOrganisation: { name: 'SD Worx', kbo: KNOWN_KBOS.abInbev },
        profile: 'lokale-beheerder',
        lang: 'en',
        facts: ['werkrelatie', 'profiel:stts2'],
      }),
    );
    expect(await screen.findByText('Instellingen opgeslagen. / Settings saved.')).toBeTruthy();
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
    fireEvent.click(within(preview).getByLabelText('Overslaan, bestaande gegevens behouden / Skip'));
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
    fireEvent.input(screen.getByLabelText('Naam / Name'), { target: { value: 'Nieuw' } });
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
