/**
 * When IndexedDB cannot be opened (a damaged profile, a full disk, a browser mode without storage)
 * every view says so, in Dutch first, instead of "Klanten laden…" forever (issue 12). In its own
 * file: after a failed open the shared database stays closed for the rest of the file.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/clients/OptionsApp';
import { PopupApp } from '../../../components/clients/PopupApp';
import { describeDatabaseError } from '../../../lib/db';

const MESSAGE = 'De klantenlijst kan niet geopend worden; Loketgids heeft niets gewijzigd.';

beforeAll(() => {
  // What Chromium throws for a damaged profile folder.
  vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
  });
  // Dexie logs its retry of Chrome's UnknownError; not this test's business.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(cleanup);
afterAll(() => vi.restoreAllMocks());

/** Long enough for every query the view starts to have answered, or to hang. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('the database cannot be opened', () => {
  it('the popup says so in Dutch, and the client list does not stay on "Klanten laden…"', async () => {
    render(<PopupApp />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(MESSAGE);
    expect(alert.textContent).toContain('Sluit de browser helemaal af');
    expect(alert.textContent).toContain('UnknownError');
    expect(within(alert).getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
    await settle();
    expect(screen.queryByText('Klanten laden…')).toBeNull();
    expect(screen.getByText(/^De klantenlijst is niet beschikbaar/)).toBeTruthy();
  });

  it('the options page says so once, and no section stays on "laden…"', async () => {
    render(<OptionsApp />);
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('alert')
          .map((alert) => alert.textContent)
          .join(),
      ).toContain(MESSAGE),
    );
    await settle();
    expect(screen.getAllByText(/^De klantenlijst kan niet geopend worden/)).toHaveLength(1);
    expect(screen.queryByText(/laden…$/)).toBeNull();
    expect(screen.getByText(/^De instellingen zijn niet beschikbaar/)).toBeTruthy();
    expect(screen.getByText(/^De klantenlijst is niet beschikbaar/)).toBeTruthy();
    expect((screen.getByLabelText('Kies een bestand (CSV of JSON)') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText(/^Exporteren kan niet/)).toBeTruthy();
  });
});

describe('describeDatabaseError', () => {
  it.each([
    ['QuotaExceededError', 'De schijf is vol'],
    ['VersionError', 'nieuwere versie van Loketgids'],
    ['InvalidStateError', 'privévenster'],
    ['UnknownError', 'Sluit de browser helemaal af'],
  ])("explains %s (inside Dexie's OpenFailedError) in Dutch first", (name, words) => {
    const error = Object.assign(new Error('open failed'), {
      name: 'OpenFailedError',
      inner: new DOMException('x', name),
    });
    const message = describeDatabaseError(error);
    expect(message.nl).toMatch(/^De klantenlijst kan niet geopend worden/);
    expect(message.nl).toContain(words);
    expect(message.en).toMatch(/^The client list cannot be opened/);
  });
});
