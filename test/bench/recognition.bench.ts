/**
 * Recognition speed in real Chromium: the engine (test/bench/lab-entry.ts, bundled with esbuild)
 * runs inside every guided replica page on its real hostname, each variant, after late rendering
 * settled; one detection round is timed (median of 30). Not a vitest test: called by main.ts.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { PAGES } from '../../lib/flows/registry';
import { practicePage, practiceUrl } from '../../lib/practice/catalog';
import { findChrome } from '../support/browser';
import { servePractice } from '../support/practice-server';
import { allReplicas } from '../support/replica-dom';
import type { Metric } from './browser';

export async function benchRecognitionInChromium(): Promise<Metric[]> {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'lab-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome120',
  });
  const source = bundle.outputFiles[0]?.text ?? '';
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox'] });
  const guided = new Set(PAGES.flatMap((p) => p.replicas ?? [p.id]));
  const results: { id: string; ms: number; right: boolean }[] = [];
  try {
    for (const variant of ['plain', 'vl', 'spa', 'lit', 'drift', 'fr', 'de'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      await context.route('**/*', (route) => route.abort());
      await servePractice(context, { variant });
      const page = await context.newPage();
      for (const [id, v] of allReplicas()) {
        if (v !== variant || !guided.has(id)) continue;
        await page.goto(practiceUrl(practicePage(id), variant));
        await page.waitForTimeout(variant === 'lit' || variant === 'spa' ? 1600 : 100);
        await page.evaluate(source);
        const portal = id.split('.')[0] as string;
        const out = await page.evaluate(
          ([p]) =>
            (
              globalThis as unknown as { __loketgidsLab: { time(p: string, n: number): { ms: number; page?: string } } }
            ).__loketgidsLab.time(p as string, 30),
          [portal],
        );
        const expected = PAGES.find((s) => (s.replicas ?? [s.id]).includes(id))?.id;
        results.push({ id: `${id} (${variant})`, ms: out.ms, right: out.page === expected });
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a));
  const round = (n: number) => Math.round(n * 100) / 100;
  return [
    {
      name: `detect a page in Chromium: median over ${results.length} guided replica pages`,
      value: round(times[Math.floor(times.length / 2)] ?? 0),
      unit: 'ms',
    },
    {
      name: 'detect a page in Chromium: mean',
      value: round(times.reduce((a, b) => a + b, 0) / times.length),
      unit: 'ms',
    },
    { name: `detect a page in Chromium: slowest (${slowest.id})`, value: round(slowest.ms), unit: 'ms' },
    {
      name: 'pages recognised as their own state in Chromium',
      value: `${results.filter((r) => r.right).length}/${results.length}`,
      unit: '',
    },
    ...['wse', 'gb', 'sz', 'wpd'].map((portal) => {
      const mine = results.filter((r) => r.id.startsWith(`${portal}.`));
      return {
        name: `pages recognised as their own state in Chromium, ${portal}`,
        value: `${mine.filter((r) => r.right).length}/${mine.length}`,
        unit: '',
      };
    }),
  ];
}
