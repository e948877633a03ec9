/**
 * The Oefenmodus in the built extension (chrome-extension://…/oefenmodus.html): every flow of every
 * portal walked from its first step to its last with the keyboard alone, and again in presenter
 * mode with a presentation clicker's keys; the practice profile beside the user's own client list;
 * the scenarios with their rights explanations; the printable hand-out.
 *
 * The replica runs in a frame of the extension's own page, with the same guide and card as on the
 * real portals (entrypoints/practice-guide.ts): these tests read the card inside that frame.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOWS } from '../../lib/flows/registry';
import { findFact } from '../../lib/knowledge';
import { DEMO_CLIENTS } from '../../lib/practice/demo';
import { SCENARIOS } from '../../lib/practice/scenarios';
import { type Harness, launch } from '../support/browser';
import { seed, TEST_CLIENTS_CSV } from '../support/seed';
import { storedState } from './guide-helpers';

let browser: Harness;
beforeAll(async () => {
  browser = await launch();
  await seed(browser, { csv: TEST_CLIENTS_CSV, profile: 'secretariaat' });
});
afterAll(async () => browser?.close());

const FRAME = 'iframe.lg-oefen__frame';

function frame(page: Page): FrameLocator {
  return page.frameLocator(FRAME);
}

/** The text of the guide's overlay in the frame (card or one-line pill), without bidi isolates. */
async function overlayText(page: Page): Promise<string> {
  return frame(page)
    .locator('[data-loketgids]')
    .evaluate((host) => {
      const root = host.shadowRoot;
      if (!root?.querySelector('[data-placed]')) return '';
      return [...root.children]
        .filter((el) => el.tagName !== 'STYLE')
        .map((el) => el.textContent ?? '')
        .join(' ');
    })
    .then((text) => text.replace(/[\u2068\u2069]/g, ''))
    .catch(() => '');
}

async function expectOverlay(page: Page, ...texts: string[]): Promise<void> {
  for (const text of texts) await expect.poll(() => overlayText(page), { timeout: 10_000 }).toContain(text);
}

/** What has the keyboard focus, in words a failing test can show. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}${[...el.attributes]
      .filter((a) => a.name.startsWith('data-') || a.name === 'type')
      .map((a) => `[${a.name}="${a.value}"]`)
      .join('')}`;
  });
}

/** Press Tab (or Shift+Tab) until the focus is on `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, { back = false, limit = 120 } = {}): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Focus never reached ${selector} (now on ${await focused(page)})`);
}

async function openOefenmodus(): Promise<Page> {
  const page = await browser.openExtensionPage('oefenmodus.html');
  await page.locator('.lg-oefen').waitFor();
  return page;
}

describe('Oefenmodus: how to get there', () => {
  it('opens from the popup in a new tab, and from the options page', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Oefenmodus' }).click();
    const page = await opened;
    await page.locator('.lg-oefen').waitFor();
    expect(page.url()).toBe(`chrome-extension://${browser.extensionId}/oefenmodus.html`);
    expect(await page.getByRole('note').textContent()).toContain('niet het echte portaal');
    await page.close();
    await popup.close();
    const options = await browser.openExtensionPage('options.html');
    expect(await options.getByRole('link', { name: /Oefenmodus/ }).getAttribute('href')).toBe('/oefenmodus.html');
    await options.close();
  });
});

describe('Oefenmodus: every flow with the keyboard alone', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openOefenmodus();
  });
  afterAll(async () => page?.close());

  for (const flow of FLOWS) {
    it(`${flow.id}: step 1 to ${flow.steps.length}, card and target on each replica`, async () => {
      await page.locator('body').focus();
      await tabTo(page, `[data-flow="${flow.id}"]`);
      await page.keyboard.press('Enter');
      await tabTo(page, '[data-practice="next"]', { back: true });
      for (const [index, step] of flow.steps.entries()) {
        const n = `Stap ${index + 1} van ${flow.steps.length}`;
        await expect.poll(() => page.getByTestId('oefen-step').textContent()).toBe(n);
        await expectOverlay(page, n, step.title.nl);
        if (step.features.some((f) => f.kind === 'services')) {
          // The target is the button of the service the person picks in the card: jumped to, no
          // service is picked yet, so the card lists the page's services and marks nothing.
          await expectOverlay(page, 'Diensten op deze pagina');
        } else if (step.target) {
          await expect
            .poll(() => frame(page).locator(`[data-loketgids-target="${step.id}"]`).count(), {
              timeout: 10_000,
              message: `target of step ${step.id} on ${step.page}`,
            })
            .toBe(1);
        }
        if (index < flow.steps.length - 1) {
          // Focus stays on "Volgende stap" after each press: the whole walk is Enter, Enter, …
          expect(await focused(page)).toContain('data-practice="next"');
          await page.keyboard.press('Enter');
        }
      }
      // At the last step the button says it is unavailable and keeps the focus.
      expect(await page.locator('[data-practice="next"]').getAttribute('aria-disabled')).toBe('true');
      expect(await focused(page)).toContain('data-practice="next"');
    });
  }
});

describe('Oefenmodus: doing the steps on the replica itself, keyboard only', () => {
  it('wse.vov.terugbetaling: Tab to the marked tile or button, Enter, and the guide and step list follow', async () => {
    const flow = FLOWS.find((f) => f.id === 'wse.vov.terugbetaling');
    if (!flow) throw new Error('no flow');
    const page = await openOefenmodus();
    await page.locator(`[data-flow="${flow.id}"]`).focus();
    await page.keyboard.press('Enter');
    let index = 0;
    while (flow.steps[index]?.completes.by === 'click' && flow.steps[index + 1]) {
      const step = flow.steps[index];
      await expectOverlay(page, `Stap ${index + 1} van ${flow.steps.length}`);
      await expect
        .poll(() => frame(page).locator(`[data-loketgids-target="${step?.id}"]`).count(), { timeout: 10_000 })
        .toBe(1);
      // Tab through the Oefenmodus into the replica until the marked element has the focus.
      for (let presses = 0; ; presses++) {
        const onTarget = await frame(page)
          .locator('body')
          .evaluate(
            (body, id) => body.ownerDocument.activeElement?.getAttribute('data-loketgids-target') === id,
            step?.id,
          );
        if (onTarget) break;
        if (presses > 150) throw new Error(`never reached the target of ${step?.id}`);
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      index++;
      // The replica's next page loads and the guide detects it: on a loaded CI machine this takes
      // longer than expect.poll's default second.
      await expect
        .poll(() => page.getByTestId('oefen-step').textContent(), { timeout: 10_000 })
        .toBe(`Stap ${index + 1} van ${flow.steps.length}`);
    }
    expect(index).toBeGreaterThanOrEqual(3);
    // The address bar shows the portal address the replica stands for.
    expect(await page.getByTestId('oefen-address').textContent()).toMatch(/^wse-loket\.vlaanderen\.be\//);
    await page.close();
  });
});

describe('Oefenmodus: presenter mode with a clicker', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openOefenmodus();
    await page.locator('body').focus();
    await tabTo(page, 'input[type="checkbox"]');
    await page.keyboard.press('Space');
  });
  afterAll(async () => page?.close());

  for (const flow of FLOWS) {
    it(`${flow.id}: PageDown to the end, PageUp back, in large print`, async () => {
      await page.locator(`[data-flow="${flow.id}"]`).focus();
      await page.keyboard.press('Enter');
      const total = flow.steps.length;
      await expectOverlay(page, `Stap 1 van ${total}`);
      expect(await frame(page).locator('[data-loketgids][data-presenter]').count()).toBe(1);
      for (let i = 2; i <= total; i++) {
        await page.keyboard.press('PageDown');
        await expectOverlay(page, `Stap ${i} van ${total}`, flow.steps[i - 1]?.title.nl ?? '');
      }
      // One more PageDown stays on the last step.
      await page.keyboard.press('PageDown');
      await expect.poll(() => page.getByTestId('oefen-step').textContent()).toBe(`Stap ${total} van ${total}`);
      await page.keyboard.press('PageUp');
      await expectOverlay(page, `Stap ${Math.max(1, total - 1)} van ${total}`);
    });
  }

  it('takes the clicker keys also when the focus is inside the replica, and Home/End jump', async () => {
    const flow = FLOWS.find((f) => f.id === 'gb.snel-recht-toekennen') ?? FLOWS[0];
    if (!flow) throw new Error('no flow');
    await page.locator(`[data-flow="${flow.id}"]`).focus();
    await page.keyboard.press('Enter');
    await expectOverlay(page, `Stap 1 van ${flow.steps.length}`);
    await frame(page)
      .locator('h1')
      .first()
      .evaluate((h) => {
        (h as HTMLElement).tabIndex = -1;
        (h as HTMLElement).focus();
      });
    await page.keyboard.press('ArrowRight');
    await expectOverlay(page, `Stap 2 van ${flow.steps.length}`);
    await page.locator('body').focus();
    await page.keyboard.press('End');
    await expectOverlay(page, `Stap ${flow.steps.length} van ${flow.steps.length}`);
    await page.keyboard.press('Home');
    await expectOverlay(page, `Stap 1 van ${flow.steps.length}`);
  });

  it('plays the steps on its own with the chosen delay, and stops at the end', async () => {
    const flow = FLOWS.find((f) => f.id === 'gb.koppel-gebruiker') ?? FLOWS[0];
    if (!flow) throw new Error('no flow');
    await page.locator(`[data-flow="${flow.id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Wachttijd per stap').selectOption('3000');
    await page.getByLabel('Automatisch verder').check();
    await expect
      .poll(() => page.getByTestId('oefen-step').textContent(), { timeout: 3000 * flow.steps.length + 10_000 })
      .toBe(`Stap ${flow.steps.length} van ${flow.steps.length}`);
    await expect.poll(() => page.getByLabel('Automatisch verder').isChecked(), { timeout: 8000 }).toBe(false);
  });
});

describe('Oefenmodus: the practice profile', () => {
  it('offers the demo clients at the KBO prompt and never touches the user list or the active client', async () => {
    const before = await userClients(browser);
    expect(before.map((c) => c.name).sort()).toEqual(['Bouwbedrijf Peeters NV', 'Mega World NV', 'Sint-Jozefschool']);
    const activeBefore = (await storedState(browser)).activeClient;

    const page = await openOefenmodus();
    await page.locator('[data-flow="wse.ss.aanvraag-voor-klant"]').click();
    const flow = FLOWS.find((f) => f.id === 'wse.ss.aanvraag-voor-klant');
    const kboStep = flow?.steps.findIndex((s) => s.features.some((f) => f.kind === 'client-picker')) ?? -1;
    expect(kboStep).toBeGreaterThanOrEqual(0);
    await page.locator(`[data-step="${flow?.steps[kboStep]?.id}"]`).click();
    const picker = frame(page).getByLabel('Zoek een klant (naam of KBO-nummer)');
    await picker.waitFor({ timeout: 10_000 });
    await picker.fill('oefen');
    const demo = DEMO_CLIENTS.find((c) => c.name.includes('Oefenoven'));
    await expect.poll(() => overlayText(page)).toContain(demo?.name ?? '?');
    expect(await overlayText(page)).not.toContain('Mega World');
    await frame(page).locator(`[data-kbo="${demo?.kbo}"]`).click();
    await expect.poll(() => frame(page).locator('input[name="kbo"]').inputValue()).toMatch(/0812\.?345\.?603/);

    expect(await userClients(browser)).toEqual(before);
    expect((await storedState(browser)).activeClient).toEqual(activeBefore);

    await page.getByRole('button', { name: 'Oefengegevens herstellen' }).click();
    await expect.poll(() => page.locator('.lg-oefen__demo [role="status"]').textContent()).toContain('hersteld');
    expect(await userClients(browser)).toEqual(before);
    await page.close();
  });
});

describe('Oefenmodus: scenarios', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.id}: the replica, the guide and the Rechtencheck tell the story`, async () => {
      const page = await openOefenmodus();
      await page.locator(`[data-scenario="${scenario.id}"]`).focus();
      await page.keyboard.press('Enter');
      const section = page.locator('.lg-oefen__scenario');
      await expect.poll(() => section.textContent()).toContain(scenario.title.nl);
      if (scenario.missing) {
        const label = findFact(scenario.missing)?.label.nl ?? scenario.missing;
        // Reported as a gap (not just listed among the rights to tick).
        await expect.poll(() => section.locator('.lg-rc__gaps').textContent(), { timeout: 10_000 }).toContain(label);
      }
      await expect.poll(() => overlayText(page), { timeout: 10_000 }).toMatch(/Stap \d+ van \d+/);
      if (scenario.query?.includes('dagen=10')) {
        await expect.poll(() => frame(page).locator('body').textContent()).toContain('Dagen resterend: 10');
      }
      await page.close();
    });
  }
});

describe('Oefenmodus: the hand-out', () => {
  it('lists every step with a picture of its replica, the target marked', async () => {
    const flow = FLOWS.find((f) => f.id === 'wse.vov.terugbetaling');
    if (!flow) throw new Error('no flow');
    const page = await browser.openExtensionPage(`handout.html?flow=${flow.id}`);
    await expect.poll(() => page.locator('.lg-handout__step').count()).toBe(flow.steps.length);
    const frames = page.locator('.lg-handout__picture iframe');
    expect(await frames.count()).toBe(flow.steps.length);
    for (const [index, step] of flow.steps.entries()) {
      if (!step.target) continue;
      await expect
        .poll(() => frames.nth(index).contentFrame().locator(`[data-loketgids-target="${step.id}"]`).count(), {
          timeout: 15_000,
        })
        .toBe(1);
    }
    expect(await page.getByRole('button', { name: 'Afdrukken of bewaren als PDF' }).count()).toBe(1);
    await page.close();
  });
});

/** The user's own client list, read from the extension's IndexedDB in an extension page. */
async function userClients(harness: Harness): Promise<{ kbo: string; name: string }[]> {
  const page = await harness.openExtensionPage('options.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<{ kbo: string; name: string }[]>((resolve, reject) => {
          const open = indexedDB.open('loketgids');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('clients').objectStore('clients').getAll();
            all.onsuccess = () => {
              resolve((all.result as { kbo: string; name: string }[]).map(({ kbo, name }) => ({ kbo, name })));
              open.result.close();
            };
            all.onerror = () => reject(all.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}
