/**
 * What a person sees of the renewals: in the card on the dashboard, most urgent first with the
 * day to decide by; in the popup, "Komende hernieuwingen" across organisations with the days
 * left counted from today (an overdue one said so), English when the settings say so, and the
 * calendar file saved through the download bar.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/clients/PopupApp';
import { Renewals } from '../../../components/guide/Renewals';
import { UpcomingRenewals } from '../../../components/renewals/UpcomingRenewals';
import { AppLangProvider } from '../../../components/ui/i18n';
import { saveSettings } from '../../../lib/clients/repository';
import { addDays, localDay } from '../../../lib/renewals/dates';
import { replaceRenewals } from '../../../lib/renewals/repository';
import { DEFAULT_SETTINGS } from '../../../lib/state';
import { KNOWN_KBOS } from '../../support/builders';
import { resetDb } from '../clients/helpers';

beforeEach(resetDb);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the card on the dashboard', () => {
  const items = [
    {
      erkenning: 'E/20170620/011724',
      vestiging: 'Mega World',
      opleiding: 'Winkelbediende',
      daysLeft: 10,
      deadline: '2026-12-11',
    },
    { erkenning: 'E/20170620/011723', vestiging: '', opleiding: 'Verkoper', daysLeft: 40, deadline: '2027-01-10' },
  ];

  it('lists them in the order given (most urgent first) with the day to decide by', () => {
    const { container } = render(<Renewals renewals={{ items, organisation: 'ACM' }} lang="nl" />);
    const rows = [...container.querySelectorAll('[data-renewal]')].map((li) => li.textContent);
    expect(rows).toEqual([
      'E/20170620/011724 · Winkelbediende · Mega WorldBeslissen vóór 11 december 2026, nog 10 dagen',
      'E/20170620/011723 · VerkoperBeslissen vóór 10 januari 2027, nog 40 dagen',
    ]);
    expect(container.textContent).toContain('Komende hernieuwingen');
  });

  it('in English, and without the line about keeping them when nothing is kept', () => {
    const { container } = render(<Renewals renewals={{ items }} lang="en" />);
    expect(container.textContent).toContain('Decide before 11 December 2026, 10 days left');
    expect(container.querySelector('.lg-renewals__kept')).toBeNull();
  });
});

describe('"Komende hernieuwingen" in the popup', () => {
  const today = localDay();
  async function keep() {
    await replaceRenewals({
      kbo: KNOWN_KBOS.abInbev,
      organisation: 'ACM',
      seenOn: addDays(today, -20),
      renewals: [
        { erkenning: 'E/1', vestiging: 'Mega World', opleiding: 'Verkoper', deadline: addDays(today, 30) },
        { erkenning: 'E/2', vestiging: 'Mega World', opleiding: 'Kassier', deadline: addDays(today, -3) },
      ],
    });
    await replaceRenewals({
      kbo: KNOWN_KBOS.second,
      organisation: 'Bouwbedrijf Peeters NV',
      seenOn: today,
      renewals: [
        { erkenning: 'E/3', vestiging: 'Werf', opleiding: 'Metselaar', deadline: addDays(today, 1) },
        { erkenning: 'E/4', vestiging: '', opleiding: 'Dakwerker', deadline: addDays(today, 200) },
      ],
    });
  }
  const section = () => screen.getByRole('region', { name: 'Komende hernieuwingen' });

  it('is not there while nothing is kept', async () => {
    const { container } = render(<UpcomingRenewals />);
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent).toBe('');
  });

  it('lists every organisation’s, most urgent first, days left counted from today, overdue said so', async () => {
    await keep();
    render(<UpcomingRenewals />);
    await waitFor(() => expect(section()).toBeTruthy());
    const rows = within(section()).getAllByRole('listitem');
    expect(rows.map((row) => row.getAttribute('data-renewal'))).toEqual(['E/2', 'E/3', 'E/1']);
    expect(rows[0]?.textContent).toContain('ACM 0417.390.703');
    expect(rows[0]?.textContent).toContain('Erkenning E/2 · Kassier · Mega World');
    expect(rows[0]?.textContent).toMatch(/Beslissen vóór .+: verlopen, 3 dagen te laat$/);
    expect(rows[0]?.className).toContain('overdue');
    expect(rows[1]?.textContent).toContain('Bouwbedrijf Peeters NV 0566.988.259');
    expect(rows[1]?.textContent).toMatch(/, nog 1 dag$/);
    // Seen 20 days ago with 50 days left then: 30 left today.
    expect(rows[2]?.textContent).toMatch(/, nog 30 dagen$/);
    // The fourth, furthest away, waits behind "Alle 4 tonen".
    fireEvent.click(within(section()).getByRole('button', { name: 'Alle 4 tonen' }));
    expect(
      within(section())
        .getAllByRole('listitem')
        .map((row) => row.getAttribute('data-renewal')),
    ).toEqual(['E/2', 'E/3', 'E/1', 'E/4']);
  });

  it('follows the language setting', async () => {
    await keep();
    await saveSettings({ ...DEFAULT_SETTINGS, lang: 'nl' });
    render(
      <AppLangProvider initial="nl">
        <UpcomingRenewals />
      </AppLangProvider>,
    );
    await waitFor(() => expect(screen.getByRole('region', { name: 'Komende hernieuwingen' })).toBeTruthy());
    // The setting changes to English: the list follows at once, as one language.
    await saveSettings({ ...DEFAULT_SETTINGS, lang: 'en' });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Upcoming renewals' })).toBeTruthy());
    const text = screen.getByRole('region', { name: 'Upcoming renewals' }).textContent ?? '';
    expect(text).toContain('overdue by 3 days');
    expect(text).not.toMatch(/Erkenning|Beslissen|dagen/);
  });

  it('saves the calendar file through the download bar, no network', async () => {
    await keep();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:loketgids/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const fetch = vi.spyOn(globalThis, 'fetch');
    let fileName = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      fileName = this.download;
    });
    const announce = vi.fn();
    render(<UpcomingRenewals announce={announce} />);
    await waitFor(() => expect(section()).toBeTruthy());
    fireEvent.click(within(section()).getByRole('button', { name: 'Agenda-bestand (.ics) downloaden' }));
    expect(fileName).toBe(`loketgids-hernieuwingen-${today}.ics`);
    expect(blobs[0]?.type).toBe('text/calendar;charset=utf-8');
    const text = await blobs[0]?.text();
    expect(text?.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(text).toContain(`DTSTART;VALUE=DATE:${addDays(today, -3).replace(/-/g, '')}`);
    expect(announce).toHaveBeenCalledWith(`Agenda-bestand loketgids-hernieuwingen-${today}.ics gemaakt.`);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sits in the popup above the tabs', async () => {
    await keep();
    render(<PopupApp />);
    await waitFor(() => expect(section()).toBeTruthy());
    const tablist = screen.getByRole('tablist');
    expect(section().compareDocumentPosition(tablist) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
