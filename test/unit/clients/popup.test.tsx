import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/clients/PopupApp';
import { addClient, getClient, listClients, setActiveClient } from '../../../lib/clients/repository';
import { readState } from '../../../lib/state';
import { KNOWN_KBOS } from '../../support/builders';
import { resetDb } from './helpers';

const XSS = '<img src=x onerror=alert(1)>';

beforeEach(async () => {
  await resetDb();
  await addClient({ kbo: KNOWN_KBOS.abInbev, name: 'Société Générale', tags: ['bank'], notes: 'Contact: Marie' });
  await addClient({ kbo: KNOWN_KBOS.second, name: 'Brouwerij Het Anker', tags: ['horeca'] });
  await addClient({ kbo: KNOWN_KBOS.third, name: 'Basisschool De Linde', school: true });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const activeBar = () => screen.getByRole('region', { name: 'Actieve klant' });
const searchBox = () => screen.getByRole('combobox', { name: 'Zoek een klant op naam, tag of KBO-nummer' });
const options = () => screen.queryAllByRole('option');
async function type(value: string) {
  fireEvent.input(searchBox(), { target: { value } });
}
async function renderPopup() {
  const view = render(<PopupApp />);
  await waitFor(() => expect(options()).toHaveLength(3));
  await waitFor(() => expect(screen.getByText('3 klanten gevonden')).toBeTruthy());
  return view;
}

describe('popup structure', () => {
  it('has a heading and the Klanten, Rechtencheck and Gids tabs, with the integration slot', async () => {
    const { container } = await renderPopup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Loketgids');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Klanten', 'Rechtencheck', 'Gids']);
    expect(tabs[0]?.getAttribute('aria-selected')).toBe('true');
    const slot = container.querySelector('[data-slot="rechtencheck"]');
    expect(slot).not.toBeNull();
    expect(slot?.closest('[role="tabpanel"]')?.id).toBe('lg-panel-rechtencheck');
  });

  it('switches tabs by click and by arrow keys, and keeps what was mounted in the slot', async () => {
    const { container } = await renderPopup();
    const slot = container.querySelector('[data-slot="rechtencheck"]') as HTMLElement;
    const mounted = document.createElement('p');
    mounted.textContent = 'Rechtencheck van een ander team';
    slot.append(mounted);

    fireEvent.click(screen.getByRole('tab', { name: 'Rechtencheck' }));
    expect(screen.getByRole('tabpanel', { name: 'Rechtencheck' }).hidden).toBe(false);
    expect(screen.getByText('Rechtencheck van een ander team')).toBeTruthy();

    fireEvent.keyDown(screen.getByRole('tab', { name: 'Rechtencheck' }), { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: 'Klanten' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Klanten' }));
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Klanten' }), { key: 'ArrowRight' });
    expect(slot.isConnected).toBe(true);
    expect(slot.contains(mounted)).toBe(true);
  });

  it('labels every control', async () => {
    const { container } = await renderPopup();
    for (const element of container.querySelectorAll('input, select, textarea')) {
      const id = element.getAttribute('id');
      const labelled =
        element.getAttribute('aria-label') ||
        element.closest('label') ||
        (id && container.querySelector(`label[for="${id}"]`));
      expect(labelled, element.outerHTML).toBeTruthy();
    }
    for (const button of container.querySelectorAll('button')) expect(button.textContent?.trim()).not.toBe('');
  });
});

describe('search', () => {
  it.each([
    ['0417390703', 'Société Générale'],
    ['0417.390.703', 'Société Générale'],
    ['BE 0417 390 703', 'Société Générale'],
    ['417390703', 'Société Générale'],
    ['societe', 'Société Générale'],
    ['ANKER', 'Brouwerij Het Anker'],
    ['horeca', 'Brouwerij Het Anker'],
  ])('finds %j', async (query, name) => {
    await renderPopup();
    await type(query);
    await waitFor(() =>
      expect(options().map((option) => option.querySelector('.lg-result-name')?.textContent)).toEqual([name]),
    );
    expect(screen.getByText('1 klant gevonden')).toBeTruthy();
  });

  it('says so when nothing matches, and offers to add a valid typed number', async () => {
    await renderPopup();
    await type('1027.798.538');
    await waitFor(() => expect(screen.getByText('Geen klanten gevonden voor "1027.798.538".')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: '1027.798.538 toevoegen als nieuwe klant' }));
    expect((screen.getByLabelText('Ondernemingsnummer (KBO)') as HTMLInputElement).value).toBe('1027.798.538');
  });

  it('is keyboard-driven: ↓ moves the highlight, Enter makes it active, Esc clears', async () => {
    await renderPopup();
    const box = searchBox();
    const first = options()[0] as HTMLElement;
    expect(box.getAttribute('aria-activedescendant')).toBe(first.id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const second = options()[1] as HTMLElement;
    await waitFor(() => expect(box.getAttribute('aria-activedescendant')).toBe(second.id));
    expect(second.getAttribute('aria-selected')).toBe('true');
    const name = second.querySelector('.lg-result-name')?.textContent;
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(activeBar().textContent).toContain(name));
    expect((await readState()).activeClient?.name).toBe(name);

    await type('anker');
    await waitFor(() => expect(options()).toHaveLength(1));
    fireEvent.keyDown(box, { key: 'Escape' });
    await waitFor(() => expect(options()).toHaveLength(3));
  });

  it('lists the active client first', async () => {
    await setActiveClient(KNOWN_KBOS.third);
    await renderPopup();
    await waitFor(() => expect(options()[0]?.textContent).toContain('Basisschool De Linde'));
    expect(within(options()[0] as HTMLElement).getByText('actief')).toBeTruthy();
  });

  it('shows a change made elsewhere at once (live query)', async () => {
    await renderPopup();
    await addClient({ kbo: KNOWN_KBOS.newStyle, name: 'Elders toegevoegd' });
    await waitFor(() => expect(screen.getByText('Elders toegevoegd')).toBeTruthy());
    await setActiveClient(KNOWN_KBOS.newStyle);
    await waitFor(() => expect(activeBar().textContent).toContain('Elders toegevoegd'));
  });
});

describe('client details', () => {
  async function showAnker() {
    await renderPopup();
    await type('anker');
    await waitFor(() => expect(options()).toHaveLength(1));
    return screen.getByRole('region', { name: 'Details van Brouwerij Het Anker' });
  }

  it('copies the number in both formats', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const details = await showAnker();
    fireEvent.click(within(details).getByRole('button', { name: 'Kopieer 0566.988.259' }));
    fireEvent.click(within(details).getByRole('button', { name: 'Kopieer BE0566988259' }));
    await waitFor(() => expect(writeText.mock.calls).toEqual([['0566.988.259'], ['BE0566988259']]));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Gekopieerd: BE0566988259'));
  });

  it('links to the KBO Public Search in a new tab (a link only)', async () => {
    const details = await showAnker();
    const link = within(details).getByRole('link', { name: /Open in KBO Public Search/ });
    expect(link.getAttribute('href')).toBe(
      'https://kbopub.economie.fgov.be/kbopub/toonondernemingps.html?ondernemingsnummer=0566988259',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('makes the client active with the button', async () => {
    const details = await showAnker();
    fireEvent.click(within(details).getByRole('button', { name: 'Maak actief' }));
    await waitFor(() => expect(activeBar().textContent).toContain('Brouwerij Het Anker'));
    expect((await getClient(KNOWN_KBOS.second))?.lastUsedAt).toBeTypeOf('number');
    fireEvent.click(within(activeBar()).getByRole('button', { name: 'Wis actieve klant' }));
    await waitFor(() => expect(activeBar().textContent).toBe('Geen actieve klant gekozen.'));
  });

  it('deletes only after confirmation', async () => {
    const details = await showAnker();
    fireEvent.click(within(details).getByRole('button', { name: 'Verwijder' }));
    const dialog = screen.getByRole('alertdialog');
    expect(document.activeElement?.textContent).toBe('Annuleer');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleer' }));
    expect(await getClient(KNOWN_KBOS.second)).not.toBeNull();
    fireEvent.click(within(details).getByRole('button', { name: 'Verwijder' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Ja, verwijder' }));
    await waitFor(async () => expect(await getClient(KNOWN_KBOS.second)).toBeNull());
  });
});

describe('add and edit', () => {
  const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

  it('validates the number live, in Dutch with "ongeldig", and keeps the input on error', async () => {
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwe klant' }));
    fireEvent.input(field('Ondernemingsnummer (KBO)'), { target: { value: '0417.390.704' } });
    fireEvent.input(field('Naam'), { target: { value: 'Nieuwe Klant BV' } });
    const error = await screen.findByText(/Ongeldig ondernemingsnummer: het controlegetal klopt niet \(verwacht 03\)/);
    expect(error.textContent?.toLowerCase()).toContain('ongeldig');
    // One language at a time: the Dutch message only, no English pair beside it.
    expect(error.textContent).not.toMatch(/Invalid|enterprise number| \/ /);
    expect(field('Ondernemingsnummer (KBO)').getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Klant toevoegen' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(field('Naam').value).toBe('Nieuwe Klant BV');
    expect(document.activeElement).toBe(field('Ondernemingsnummer (KBO)'));
    expect((await listClients()).clients).toHaveLength(3);
  });

  it('says a number is already listed, and that a vestigingseenheid is not an enterprise number', async () => {
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwe klant' }));
    fireEvent.input(field('Ondernemingsnummer (KBO)'), { target: { value: 'BE0566988259' } });
    expect(await screen.findByText(/staat al in de lijst: Brouwerij Het Anker/)).toBeTruthy();
    fireEvent.input(field('Ondernemingsnummer (KBO)'), { target: { value: '2.147.812.701' } });
    expect(await screen.findByText(/vestigingseenheidsnummer/)).toBeTruthy();
  });

  it('adds a client (with the school flag) and shows it', async () => {
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwe klant' }));
    fireEvent.input(field('Ondernemingsnummer (KBO)'), { target: { value: '1027 798 538' } });
    fireEvent.input(field('Naam'), { target: { value: XSS } });
    fireEvent.input(field('Tags'), { target: { value: 'onderwijs, Gent' } });
    fireEvent.click(field('Dit is een school'));
    fireEvent.click(screen.getByRole('button', { name: 'Klant toevoegen' }));
    await waitFor(() => expect(options()).toHaveLength(4));
    expect(await getClient(KNOWN_KBOS.newStyle)).toMatchObject({
      name: XSS,
      tags: ['onderwijs', 'Gent'],
      school: true,
    });
  });

  it('edits a client', async () => {
    await renderPopup();
    await type('anker');
    await waitFor(() => expect(options()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Bewerk' }));
    expect(field('Ondernemingsnummer (KBO)').value).toBe('0566.988.259');
    fireEvent.input(field('Naam'), { target: { value: 'Brouwerij Het Anker NV' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(async () => expect((await getClient(KNOWN_KBOS.second))?.name).toBe('Brouwerij Het Anker NV'));
  });
});

describe('names are text, never HTML', () => {
  it('renders an XSS-looking name and notes as text in the list, details and active bar', async () => {
    await addClient({ kbo: KNOWN_KBOS.newStyle, name: XSS, notes: '<script>alert(2)</script>', tags: ['<b>x</b>'] });
    await setActiveClient(KNOWN_KBOS.newStyle);
    const { container } = render(<PopupApp />);
    await waitFor(() => expect(options()).toHaveLength(4));
    expect(screen.getAllByText(XSS).length).toBeGreaterThanOrEqual(3); // active bar, option, details heading
    expect(screen.getByText('<script>alert(2)</script>')).toBeTruthy();
    expect(container.querySelector('img, script, b')).toBeNull();
  });
});
