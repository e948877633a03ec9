import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/clients/OptionsApp';
import { PopupApp } from '../../../components/clients/PopupApp';
import { recordBackupMade } from '../../../lib/clients/backup';
import { addClient, bulkDeleteClients, listClients, setActiveClient } from '../../../lib/clients/repository';
import { LATEST_DB_VERSION, readLastBackupAt } from '../../../lib/db';
import { KNOWN_KBOS } from '../../support/builders';
import { resetDb } from './helpers';

beforeEach(async () => {
  await resetDb();
  await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'Société Générale', notes: 'Contact: Marie' });
  await addClient({ kbo: KNOWN_KBOS.second, name: 'Brouwerij Het Anker' });
  await setActiveClient(KNOWN_KBOS.second);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

const section = () => screen.getByRole('region', { name: 'Back-up en herstel' });

function chooseBackup(text: string, name = 'loketgids-backup.json') {
  const input = within(section()).getByLabelText('Kies een back-upbestand om te herstellen') as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    value: [new File([text], name, { type: 'application/json' })],
    configurable: true,
  });
  fireEvent.change(input);
}

async function renderOptions() {
  render(<OptionsApp />);
  await waitFor(() => expect(screen.getByRole('heading', { name: /^Klanten/ }).textContent).toContain('2 klanten'));
}

describe('backup and restore on the options page', () => {
  it('reminds when no backup was ever made; one click saves the file and the reminder goes', async () => {
    const blobs = captureDownloads();
    await renderOptions();
    await waitFor(() => expect(within(section()).getByText(/U hebt nog geen back-up gemaakt/)).toBeTruthy());
    fireEvent.click(within(section()).getByRole('button', { name: 'Back-up maken' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const data = JSON.parse(await (blobs[0] as Blob).text());
    expect(data.format).toBe('loketgids-backup');
    expect(data.clients).toHaveLength(2);
    expect(data.activeClient).toBe(KNOWN_KBOS.second);
    expect(
      await screen.findByText(/^Back-up gemaakt: loketgids-backup-\d{4}-\d{2}-\d{2}\.json \(2 klanten/),
    ).toBeTruthy();
    expect(await readLastBackupAt()).not.toBeNull();
    await waitFor(() => expect(within(section()).getByText(/^Laatste back-up:/)).toBeTruthy());
  });

  it('backup → clear → restore: the preview says what changes, Herstellen brings all back, focus on the result', async () => {
    const blobs = captureDownloads();
    await renderOptions();
    fireEvent.click(within(section()).getByRole('button', { name: 'Back-up maken' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const text = await (blobs[0] as Blob).text();
    await bulkDeleteClients([KNOWN_KBOS.abInbev, KNOWN_KBOS.second]);
    await addClient({ kbo: KNOWN_KBOS.third, name: 'Basisschool De Linde', school: true });
    await waitFor(() => expect(screen.getByRole('heading', { name: /^Klanten/ }).textContent).toContain('1 klant'));

    chooseBackup(text);
    const preview = await screen.findByRole('region', { name: 'Voorbeeld van het herstel uit loketgids-backup.json' });
    expect(preview.textContent).toContain('2 klanten in het bestand');
    expect(preview.textContent).toContain('2 klanten toegevoegd');
    expect(preview.textContent).toContain('1 klant verwijderd (niet in de back-up): 0428.759.497');
    expect(preview.textContent).toContain(`databaseschema ${LATEST_DB_VERSION}`);
    fireEvent.click(within(preview).getByRole('button', { name: 'Herstellen' }));

    const done = await within(section()).findByText(
      /^Hersteld uit loketgids-backup.json: 2 klanten en de instellingen/,
    );
    await waitFor(() => expect(document.activeElement).toBe(done));
    const after = await listClients();
    expect(after.clients.map((client) => client.name).sort()).toEqual(['Brouwerij Het Anker', 'Société Générale']);
    expect(after.activeKbo).toBe(KNOWN_KBOS.second);
    await waitFor(() => expect(screen.getByRole('heading', { name: /^Klanten/ }).textContent).toContain('2 klanten'));
  });

  it('a bad file: an alert with the reason and the bad items, nothing changed', async () => {
    await renderOptions();
    const bad = JSON.stringify({
      format: 'loketgids-backup',
      version: 1,
      schemaVersion: 1,
      createdAt: '2026-11-01T00:00:00.000Z',
      settings: {},
      activeClient: null,
      clients: [
        { kbo: KNOWN_KBOS.third, name: 'Goed', tags: [], notes: '', school: false, createdAt: 1, updatedAt: 1 },
        { kbo: '0417390704', name: 'Fout', tags: [], notes: '', school: false, createdAt: 1, updatedAt: 1 },
      ],
    });
    chooseBackup(bad, 'kapot.json');
    const alert = await within(section()).findByRole('alert');
    expect(alert.textContent).toContain('Er is niets hersteld; uw gegevens zijn ongewijzigd.');
    const rows = within(alert).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]?.textContent).toMatch(/^2/);
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(screen.queryByRole('button', { name: 'Herstellen' })).toBeNull();
    expect((await listClients()).clients).toHaveLength(2);
  });
});

describe('backup reminder in the popup', () => {
  it('one line with the button when never made; gone after a recent backup', async () => {
    captureDownloads();
    render(<PopupApp />);
    const line = await screen.findByText(/U hebt nog geen back-up gemaakt/);
    fireEvent.click(within(line).getByRole('button', { name: 'Back-up maken' }));
    await waitFor(() => expect(screen.queryByText(/U hebt nog geen back-up gemaakt/)).toBeNull());
  });

  it('says so when the last backup is older than 30 days', async () => {
    await recordBackupMade(new Date(Date.now() - 40 * 86_400_000));
    render(<PopupApp />);
    expect(await screen.findByText(/meer dan 30 dagen geleden/)).toBeTruthy();
  });
});
