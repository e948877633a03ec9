/**
 * The card never hides what the person must click: on every practice page, at 1280×800, a
 * 1366×768 laptop, a 400-px-wide window and 200 % zoom (640×400 CSS pixels), the card's box never
 * meets the marked target's, and it covers a portal control only as a one-line pill when every
 * corner is taken. Fails on any page and size where that does not hold.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICE_PAGES } from '../../lib/practice/catalog';
import { type Harness, launch } from '../support/browser';
import { seed, TEST_CLIENTS_CSV } from '../support/seed';

const SIZES = [
  ['1280×800', 1280, 800],
  ['1366×768', 1366, 768],
  ['400 px wide', 400, 800],
  ['200 % zoom', 640, 400],
] as const;

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
const meets = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/** The card's box, the target's, the portal's visible controls, and whether the card is a pill. */
function measure(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    };
    const host = document.querySelector('[data-loketgids]');
    const card = host?.shadowRoot?.querySelector('aside.lg-card');
    const roots: (Document | ShadowRoot)[] = [document];
    const controls: (Box & { name: string })[] = [];
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"]';
    for (let i = 0; i < roots.length; i++) {
      for (const el of (roots[i] as ParentNode).querySelectorAll('*')) {
        if (el === host) continue;
        if (el.shadowRoot) roots.push(el.shadowRoot);
        if (!el.matches(selector)) continue;
        const b = box(el);
        if (b.width === 0 || b.height === 0) continue;
        if (b.top + b.height <= 0 || b.left + b.width <= 0 || b.top >= innerHeight || b.left >= innerWidth) continue;
        controls.push({ ...b, name: (el.textContent ?? '').trim().slice(0, 40) || el.tagName });
      }
    }
    const target = [...roots].flatMap((r) => [...r.querySelectorAll('[data-loketgids-target]')])[0];
    return {
      card: card ? box(card) : undefined,
      pill: card?.hasAttribute('data-pill') ?? false,
      target: target ? box(target) : undefined,
      controls,
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

const PILL = { width: 240, height: 40 };
const corners = (vp: { width: number; height: number }): Box[] =>
  [
    [vp.width - 16 - PILL.width, vp.height - 16 - PILL.height],
    [16, vp.height - 16 - PILL.height],
    [vp.width - 16 - PILL.width, 16],
    [16, 16],
  ].map(([left, top]) => ({ left: left ?? 0, top: top ?? 0, ...PILL }));

const PAGES = PRACTICE_PAGES;

describe('the card never covers the target, nor a control it can avoid', () => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch();
    await seed(browser, { csv: TEST_CLIENTS_CSV, ownOrganisation: 'SD WORX', profile: 'secretariaat' });
  });
  afterAll(async () => browser?.close());

  it(`on ${PAGES.length} practice pages at ${SIZES.length} sizes`, { timeout: 600_000 }, async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    const pills: Record<string, number> = {};
    let checked = 0;
    for (const practice of PAGES) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await browser.open(practice.id, page);
      for (const [label, width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        // Let the guide and the placer settle (placement runs within a frame of a resize).
        let m = await measure(page);
        for (let i = 0; i < 20 && !m.card; i++) {
          await page.waitForTimeout(100);
          m = await measure(page);
        }
        await page.waitForTimeout(350);
        m = await measure(page);
        if (!m.card) {
          problems.push(`${practice.id} ${label}: no card`);
          continue;
        }
        checked++;
        if (m.pill) pills[label] = (pills[label] ?? 0) + 1;
        if (m.target && meets(m.card, m.target)) problems.push(`${practice.id} ${label}: covers the target`);
        const covered = m.controls.filter((c) => meets(m.card as Box, c));
        if (covered.length > 0) {
          const avoidable = corners(m.viewport).some(
            (pill) => !m.controls.some((c) => meets(pill, c)) && !(m.target && meets(pill, m.target)),
          );
          if (!m.pill || avoidable)
            problems.push(
              `${practice.id} ${label}: covers ${covered.map((c) => `"${c.name}"`).join(', ')}${m.pill ? ' (pill)' : ''}`,
            );
        }
      }
    }
    console.log(
      `layout: ${checked} page × size checks, pills per size ${JSON.stringify(pills)}, ${problems.length} problems`,
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
