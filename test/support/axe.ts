/**
 * axe-core in a page of the test browser: injected with `page.evaluate` (extension pages' CSP
 * refuses script tags; evaluate runs through the debugger), then run on the whole page or on one
 * part of it — the overlay's host, whose open shadow root (the e2e build) axe walks itself.
 *
 * Checks WCAG 2.1 A and AA. Returns the violations in a short, readable form, so a failing test
 * says which rule and which element.
 *
 * @example
 * expect(await axeViolations(page, { include: '[data-loketgids]' })).toEqual([]);
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeOptions {
  /** A CSS selector: check only this element and what is inside it (shadow roots included). */
  include?: string;
}

export async function axeViolations(page: Page | Frame, options: AxeOptions = {}): Promise<string[]> {
  const injected = await page.evaluate(() => 'axe' in globalThis);
  if (!injected) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (include) => {
    const axe = (globalThis as unknown as { axe: AxeLike }).axe;
    const result = await axe.run(include ? { include: [[include]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n')[1] ?? ''}`.trim()),
    }));

    interface AxeLike {
      run(
        context: unknown,
        options: unknown,
      ): Promise<{
        violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
      }>;
    }
  }, options.include);
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.help}): ${node}`));
}
