/**
 * Recognition on markup we did not write, in real Chromium with the built extension, pages on the
 * real portal hostnames: the three WSE-loket screens of the recognition issue (home, the aanvraag
 * overview with "Gebruikersrecht aanvragen", the organisation choice with only the personal tile)
 * in every markup variant — ours (plain, vl) and the blind ones (lit: the design system's web
 * components rendering late into shadow roots; drift: other wording and markup) —, the decoy pages
 * where the guide stays neutral, and the honest card when a page looks like two screens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../support/browser';
import { seed, TEST_CLIENTS_CSV } from '../support/seed';
import { card, expectCard, expectTarget, openCard, targets } from './guide-helpers';

const VARIANTS = ['plain', 'vl', 'lit', 'drift'] as const;

describe.each(VARIANTS)('the three screens of the recognition issue, %s markup', (variant) => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch({ variant });
    await seed(browser, { csv: TEST_CLIENTS_CSV, ownOrganisation: 'SD WORX', profile: 'werkgever' });
  });
  afterAll(async () => browser?.close());

  it('home for the client: the step, the target and the top-line KBO check', async () => {
    const page = await browser.open('wse.home');
    await expectCard(page, "Naar 'Aanvraag'");
    expect(await expectTarget(page, 'home')).toMatch(/aanvraag/i);
    await expect
      .poll(
        async () => {
          await openCard(page);
          return card(page).locator('[data-warning^="kbo-"]').count();
        },
        { timeout: 10_000 },
      )
      .toBe(1);
    await page.close();
  });

  it('aanvraag overview: the missing VOV right explained, "Gebruikersrecht aanvragen" marked', async () => {
    const page = await browser.open('wse.aanvragen-zonder-recht');
    await expectCard(page, "'Aanvragen' bij Vlaams opleidingsverlof");
    const vov = card(page).locator('[data-service="Terugbetalingsaanvraag Vlaams opleidingsverlof"]');
    await expect
      .poll(
        async () => {
          await openCard(page);
          return vov.getAttribute('data-status', { timeout: 1000 }).catch(() => null);
        },
        { timeout: 10_000 },
      )
      .toBe('right-missing');
    await expect.poll(() => vov.textContent()).toContain('DWSE organisatieverantwoordelijke');
    expect(await expectTarget(page, 'dienst')).toMatch(/Gebruikersrecht aanvragen/i);
    await page.close();
  });

  it('organisation choice with only the personal tile: the missing werkrelatie, no target', async () => {
    const page = await browser.open('wse.enkel-persoon');
    await expectCard(page, 'Geen organisatie te zien', 'werkrelatie');
    expect(await targets(page)).toEqual([]);
    await page.close();
  });

  it('caused no console errors and no requests to other hosts', () => {
    expect(browser.errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});

describe('decoy pages on the portal hosts', () => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch();
    await seed(browser, { ownOrganisation: 'SD WORX', profile: 'secretariaat' });
  });
  afterAll(async () => browser?.close());

  it.each([
    'wse.nieuws',
    'wse.faq',
    'wse.browser',
    'wse.fout',
    'gb.hulp',
    'gb.nieuws',
    'gb.overzicht',
    'sz.nieuws',
    'wpd.handleidingen',
  ])('%s: the guide stays neutral, marks nothing and shows only its launcher', async (id) => {
    const page = await browser.open(id);
    await expect.poll(() => card(page).count(), { timeout: 10_000 }).toBe(1);
    // Give late checks their time (the guide looks again for up to a few seconds).
    await page.waitForTimeout(1500);
    expect(await targets(page)).toEqual([]);
    expect(await card(page).locator('[data-step]').count()).toBe(0);
    // No card on a screen the guide does not know: a small launcher, which opens the neutral card.
    expect(await card(page).getAttribute('data-quiet')).toBe('');
    const launcher = card(page).getByRole('button', { name: /^Loketgids/ });
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    await launcher.click();
    await expect.poll(() => card(page).getAttribute('data-quiet')).toBeNull();
    await expect
      .poll(() => card(page).textContent())
      .toMatch(/Deze pagina hoort niet bij de gekozen taak|Welk scherm is dit\?.*Kies/);
    await page.close();
  });
});

describe('a page that looks like two screens', () => {
  let browser: Harness;
  beforeAll(async () => {
    // The wizard's last step with both wizards' titles: "Koppel gebruiker" or "Ken gebruikersrecht"?
    browser = await launch({
      transform: (html, page) =>
        page.id === 'gb.koppel-stap-3' ? html.replace('</h1>', '</h1><h2>Ken gebruikersrecht toe</h2>') : html,
    });
    await seed(browser, { profile: 'lokale-beheerder' });
  });
  afterAll(async () => browser?.close());

  it('says so, names both, marks nothing, and follows the person’s choice', async () => {
    const page = await browser.open('gb.koppel-stap-3');
    await expectCard(page, 'Welk scherm is dit?');
    // No task under way in this tab yet: the launcher asks; opening it shows the choice.
    const launcher = card(page).getByRole('button', { name: /Welk scherm is dit/ });
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    await launcher.click();
    const choices = card(page).locator('[data-unsure] button[data-page]');
    await expect
      .poll(() => choices.evaluateAll((els) => els.map((el) => el.getAttribute('data-page'))))
      .toEqual(['gb.koppel-stap-3', 'gb.recht-stap-3']);
    await page.waitForTimeout(800);
    expect(await targets(page)).toEqual([]);
    // The choice is a real button, reached by keyboard.
    await choices.nth(1).focus();
    await page.keyboard.press('Enter');
    await expectCard(page, 'U koos zelf welk scherm dit is');
    expect(await expectTarget(page, 'bevestig')).toMatch(/Bevestig/);
    await card(page).getByRole('button', { name: 'Ongedaan maken' }).click();
    await expectCard(page, 'Welk scherm is dit?');
    expect(browser.errors).toEqual([]);
    await page.close();
  });
});

describe.each(['lit', 'drift'] as const)('walking a whole task by its marked targets, %s markup', (variant) => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch({ variant });
    await seed(browser, { csv: TEST_CLIENTS_CSV, ownOrganisation: 'SD WORX', profile: 'werkgever' });
  });
  afterAll(async () => browser?.close());

  it('wse.vov.terugbetaling: from the login choice to the ontvangstbevestiging', { timeout: 90_000 }, async () => {
    const page = await browser.open('wse.aanmelden');
    const seen: string[] = [];
    for (let round = 0; round < 12; round++) {
      const step = card(page).locator('[data-step]');
      await expect.poll(() => step.count(), { timeout: 10_000 }).toBe(1);
      const id = (await step.getAttribute('data-step')) ?? '';
      if (seen.at(-1) !== id) seen.push(id);
      if (id === 'ontvangstbevestiging') break;
      await expectTarget(page, id);
      const target = page.locator('[data-loketgids-target]');
      const tag = await target.evaluate((el) => el.tagName);
      const url = page.url();
      if (tag === 'INPUT') {
        await target.fill('0566988259');
        await target.press('Enter');
      } else {
        await target.click();
      }
      await expect.poll(() => page.url(), { timeout: 10_000 }).not.toBe(url);
    }
    // The replicas' SD WORX tile leads to the KBO prompt first (a secretariat's login), then home.
    expect(seen).toEqual([
      'aanmelden',
      'organisatie',
      'kbo',
      'home',
      'dienst',
      'kbo',
      'formulier',
      'bevestigen',
      'ontvangstbevestiging',
    ]);
    expect(browser.errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
    await page.close();
  });
});
