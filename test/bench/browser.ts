import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { EXTENSION_DIR, launch } from '../support/browser';
import { zipEntries } from '../support/zip';

/** The Oefenmodus's files in the package: its pages, the frame script, the replicas, their chunks. */
const OEFENMODUS =
  /^(oefenmodus\.html|handout\.html|practice-guide\.js|practice\/|chunks\/(oefenmodus|handout|practice)|assets\/practice)/;

export interface Metric {
  name: string;
  value: number | string;
  unit: string;
}

/** Size of the built extension: total, and per content script / page bundle. */
export async function benchSize(): Promise<Metric[]> {
  const files: { path: string; size: number }[] = [];
  async function walk(dir: string) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files.push({ path: relative(EXTENSION_DIR, full), size: (await stat(full)).size });
    }
  }
  await walk(EXTENSION_DIR);
  const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  const shipped = files.filter((f) => !OEFENMODUS.test(f.path));
  const metrics: Metric[] = [
    { name: 'extension size (all files)', value: kib(files.reduce((a, f) => a + f.size, 0)), unit: 'KiB' },
    { name: 'extension size without the Oefenmodus', value: kib(shipped.reduce((a, f) => a + f.size, 0)), unit: 'KiB' },
  ];
  // The store package (`npm run bench` runs `wxt zip` first): what a user downloads.
  const output = join(EXTENSION_DIR, '..');
  const zip = (await readdir(output)).find((file) => file.endsWith('-chrome.zip'));
  if (zip) {
    const entries = await zipEntries(join(output, zip));
    const sum = (list: typeof entries) => kib(list.reduce((a, e) => a + e.compressed, 0));
    metrics.push(
      { name: 'store zip, compressed', value: sum(entries), unit: 'KiB' },
      {
        name: 'store zip: the Oefenmodus, compressed',
        value: sum(entries.filter((e) => OEFENMODUS.test(e.name))),
        unit: 'KiB',
      },
      {
        name: 'store zip: practice replica files',
        value: entries.filter((e) => e.name.startsWith('practice/')).length,
        unit: 'files',
      },
    );
  }
  for (const file of files.filter((f) =>
    /^(content-scripts\/.*\.js|(wse|gb|sz|wpd)-guide\.js|background\.js|chunks\/.*\.js)$/.test(f.path),
  )) {
    metrics.push({
      name: `bundle ${file.path.replace(/-[A-Za-z0-9_]{8}\.js$/, '.js')}`,
      value: kib(file.size),
      unit: 'KiB',
    });
  }
  return metrics;
}

/**
 * In real Chromium: how long after the portal page's `load` the overlay is on screen.
 * Median over a few runs. (Popup timings: test/bench/clients.bench.ts.)
 */
export async function benchBrowser(runs = 7): Promise<Metric[]> {
  const harness = await launch({ build: 'shipped' });
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  try {
    const overlay: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await harness.context.newPage();
      await page.goto('https://wse-loket.vlaanderen.be/aanmelden/klant');
      const ms = await page.evaluate(async () => {
        const start = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        while (!document.querySelector('[data-loketgids]')) await new Promise((r) => setTimeout(r, 5));
        return performance.now() - start.loadEventEnd;
      });
      overlay.push(ms);
      await page.close();
    }
    return [
      {
        name: 'overlay on screen after page load (KBO prompt, median)',
        value: Math.round(median(overlay)),
        unit: 'ms',
      },
    ];
  } finally {
    await harness.close();
  }
}
