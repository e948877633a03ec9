/**
 * Small helpers shared by the guide's end-to-end tests (not a test file itself).
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from '../support/browser';

/** The overlay card (a labelled complementary region in our open shadow root). */
export function card(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Loketgids' });
}

/** Open the card if no corner had room for it and it is a one-line pill (as a person would). */
export async function openCard(page: Page): Promise<void> {
  const pill = card(page).locator('button.lg-pill');
  await expect
    .poll(async () => {
      if (!(await pill.count())) return true;
      await pill.click({ timeout: 1000 }).catch(() => undefined);
      return false;
    })
    .toBe(true);
}

/** Wait until the card's text contains every one of `texts`. */
export async function expectCard(page: Page, ...texts: string[]): Promise<void> {
  const pill = card(page).locator('button.lg-pill');
  for (const text of texts) {
    // Names from the page or the client list sit between bidi isolates (U+2068 … U+2069), unseen.
    const shown = async () => {
      // Where no corner has room, the card is a one-line pill: open it, as a person would, and
      // read the card only once it is open (the pill names the step too).
      // Read it once the card has been placed (a card may fold into a pill on its first placement).
      if (!(await page.locator('[data-loketgids] [data-placed]').count())) return '';
      if (await pill.count()) {
        await pill.click({ timeout: 1000 }).catch(() => undefined);
        return '';
      }
      return ((await card(page).textContent()) ?? '').replace(/[\u2068\u2069]/g, '');
    };
    await expect.poll(shown, { timeout: 10_000 }).toContain(text);
  }
}

/** Every element (also inside open shadow roots) that carries the target attribute: [step id, text]. */
export async function targets(page: Page): Promise<[string, string][]> {
  return page.locator('[data-loketgids-target]').evaluateAll((els) => {
    // The text a person sees on it: a component's label comes through its slot.
    const shown = (node: Node): string => {
      if (node.nodeType === 3) return (node as Text).data;
      if (node.nodeType !== 1) return '';
      const el = node as Element;
      if (el.tagName === 'SLOT') return (el as HTMLSlotElement).assignedNodes({ flatten: true }).map(shown).join('');
      return [...(el.shadowRoot ?? el).childNodes].map(shown).join('');
    };
    return els.map(
      (el) =>
        [el.getAttribute('data-loketgids-target') ?? '', shown(el).replace(/\s+/g, ' ').trim()] as [string, string],
    );
  });
}

/** Wait until exactly one element is the target, for step `stepId`; returns its text. */
export async function expectTarget(page: Page, stepId: string): Promise<string> {
  await expect.poll(async () => (await targets(page)).map(([id]) => id), { timeout: 10_000 }).toEqual([stepId]);
  return (await targets(page))[0]?.[1] ?? '';
}

/** The parts of the `chrome` API the worker-side evaluations use (this file runs in Node; the casts stay inline because `evaluate` ships the function's source to the worker). */
type ChromeStorage = {
  storage: Record<'local' | 'session', { get(keys: string | null): Promise<Record<string, unknown>> }>;
};

/** The extension's mirrored state (storage.local), read in the service worker. */
export async function storedState(harness: Harness): Promise<{ activeClient: { kbo: string } | null }> {
  return harness.worker.evaluate(async () => {
    const all = await (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.local.get('loketgids:state');
    return all['loketgids:state'] as { activeClient: { kbo: string } | null };
  });
}

/** Every value in storage.local and storage.session, as one JSON string (privacy checks). */
export async function allStorage(harness: Harness): Promise<string> {
  return harness.worker.evaluate(async () =>
    JSON.stringify([
      await (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.local.get(null),
      await (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.session.get(null),
    ]),
  );
}
