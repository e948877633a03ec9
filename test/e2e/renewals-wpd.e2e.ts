/**
 * Werkplek Duaal renewals end to end, on app.werkplekduaal.be in real Chromium, in plain and in
 * the design system's markup: the dashboard's tasks (here 40 and 3 days left) listed in the card
 * most urgent first with the day to decide by; kept per organisation by the background and shown
 * in the popup's "Komende hernieuwingen"; the calendar file downloaded with one all-day event per
 * renewal and a reminder a week before; a task gone from the dashboard gone from the popup; the
 * Oefenmodus's demo dashboard keeping nothing; no request to any other host.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practicePage, practiceUrl } from '../../lib/practice/catalog';
import { addDays, formatDay, localDay } from '../../lib/renewals/dates';
import { type Harness, launch } from '../support/browser';
import { seed, TEST_CLIENTS_CSV } from '../support/seed';
import { card, expectCard, openCard } from './guide-helpers';

const FIRST = 'E/20170620/011723';
const SECOND = 'E/20170620/011724';

/** The renewals the popup lists, in order: [erkenning, its text]. */
async function popupRenewals(popup: Page): Promise<[string, string][]> {
  return popup
    .getByRole('region', { name: 'Komende hernieuwingen' })
    .locator('[data-renewal]')
    .evaluateAll((items) =>
      items.map((li) => [li.getAttribute('data-renewal') ?? '', (li.textContent ?? '').replace(/\s+/g, ' ')]),
    )
    .catch(() => []) as Promise<[string, string][]>;
}

describe.each(['plain', 'vl'] as const)('Werkplek Duaal renewals, %s markup', (variant) => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch({
      variant,
      // The second task has 3 days left (the first one's count comes from ?dagen=, as in the Oefenmodus).
      transform: (html, page) =>
        page.id === 'wpd.dashboard' ? html.replace('Dagen resterend: 148</p>', 'Dagen resterend: 3</p>') : html,
    });
    await seed(browser, { csv: TEST_CLIENTS_CSV, profile: 'werkgever' });
  });
  afterAll(async () => browser?.close());

  const today = () => localDay();

  it('the card lists the renewals most urgent first, with the day to decide by', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${practiceUrl(practicePage('wpd.dashboard'))}?dagen=40`);
    await expectCard(page, 'De taak op het dashboard', 'Hernieuwingen, de dringendste eerst');
    const rows = card(page).locator('[data-renewal]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    expect(await rows.evaluateAll((items) => items.map((li) => li.getAttribute('data-renewal')))).toEqual([
      SECOND,
      FIRST,
    ]);
    expect((await rows.nth(0).textContent())?.replace(/\s+/g, ' ')).toContain(
      `Beslissen vóór ${formatDay(addDays(today(), 3), 'nl')}, nog 3 dagen`,
    );
    expect((await rows.nth(1).textContent())?.replace(/\s+/g, ' ')).toContain(
      `Beslissen vóór ${formatDay(addDays(today(), 40), 'nl')}, nog 40 dagen`,
    );
    await page.close();
  });

  it('the popup shows them under "Komende hernieuwingen", with organisation and KBO', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await expect
      .poll(() => popupRenewals(popup).then((rows) => rows.map(([id]) => id)), { timeout: 10_000 })
      .toEqual([SECOND, FIRST]);
    const [second, first] = await popupRenewals(popup);
    expect(second?.[1]).toContain('ACM 0417.390.703');
    expect(second?.[1]).toContain(`Erkenning ${SECOND} · Winkelbediende · Mega World (Heist-op-`);
    expect(second?.[1]).toContain(`Beslissen vóór ${formatDay(addDays(today(), 3), 'nl')}, nog 3 dagen`);
    expect(first?.[1]).toContain(`Erkenning ${FIRST} · Verkoper`);
    expect(first?.[1]).toContain('nog 40 dagen');
    await popup.close();
  });

  it('downloads a calendar file with one all-day event per renewal and a reminder a week before', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const section = popup.getByRole('region', { name: 'Komende hernieuwingen' });
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      section.getByRole('button', { name: 'Agenda-bestand (.ics) downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`loketgids-hernieuwingen-${today()}.ics`);
    const text = await readFile(await download.path(), 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    const day = (n: number) => addDays(today(), n).replace(/-/g, '');
    expect(lines.filter((line) => line.startsWith('DTSTART'))).toEqual([
      `DTSTART;VALUE=DATE:${day(3)}`,
      `DTSTART;VALUE=DATE:${day(40)}`,
    ]);
    expect(lines.filter((line) => line.startsWith('UID:'))).toEqual([
      'UID:hernieuwing-0417390703-E%2F20170620%2F011724@loketgids',
      'UID:hernieuwing-0417390703-E%2F20170620%2F011723@loketgids',
    ]);
    expect(lines.filter((line) => line === 'TRIGGER:-P7D')).toHaveLength(2);
    expect(lines.filter((line) => line === 'ACTION:DISPLAY')).toHaveLength(2);
    expect(lines.find((line) => line.startsWith('SUMMARY:'))).toBe(
      `SUMMARY:Beslissen hernieuwing erkenning ${SECOND} (ACM)`,
    );
    expect(
      lines.filter((line) => line.startsWith('DTSTAMP:')).every((line) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(line)),
    ).toBe(true);
    await popup.close();
  });

  it('a task decided and gone from the dashboard is gone from the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${practiceUrl(practicePage('wpd.dashboard'))}?dagen=40`);
    await expectCard(page, 'Hernieuwingen, de dringendste eerst');
    // The portal shows the dashboard again without the second task.
    await page.evaluate((erkenning) => {
      const link = [...document.querySelectorAll('a')].find((a) => a.href.includes(encodeURIComponent(erkenning)));
      link?.parentElement?.remove();
    }, SECOND);
    await expectCard(page, FIRST);
    await expect
      .poll(
        async () => {
          await openCard(page);
          return card(page).locator('[data-renewal]').count();
        },
        { timeout: 10_000 },
      )
      .toBe(1);
    const popup = await browser.openExtensionPage('popup.html');
    await expect
      .poll(() => popupRenewals(popup).then((rows) => rows.map(([id]) => id)), { timeout: 10_000 })
      .toEqual([FIRST]);
    await popup.close();
    await page.close();
  });

  it('the Oefenmodus shows its demo renewal in the card and keeps nothing of it', async () => {
    const oefen = await browser.openExtensionPage('oefenmodus.html');
    await oefen.locator('[data-scenario="hernieuwing-10-dagen"]').click();
    const frame = oefen.frameLocator('iframe.lg-oefen__frame');
    await expect
      .poll(
        () =>
          frame
            .locator('[data-loketgids]')
            .evaluate((host) => host.shadowRoot?.querySelector('.lg-renewals')?.textContent ?? '')
            .catch(() => ''),
        { timeout: 10_000 },
      )
      .toContain('nog 10 dagen');
    await oefen.close();
    const popup = await browser.openExtensionPage('popup.html');
    await expect
      .poll(() => popupRenewals(popup).then((rows) => rows.map(([id]) => id)), { timeout: 10_000 })
      .toEqual([FIRST]);
    expect((await popupRenewals(popup))[0]?.[1]).toContain('nog 40 dagen');
    await popup.close();
  });

  it('caused no console errors and no requests to other hosts', () => {
    expect(browser.errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});
