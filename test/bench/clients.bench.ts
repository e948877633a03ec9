/**
 * Speed of the client list, for `npm run bench` (issue 3 aims: results < 16 ms after a keystroke,
 * popup usable < 150 ms, 10,000-row import < 1 s). Not a vitest test: the bench runner imports
 * `benchClients()` and prints what it returns.
 *
 * Two parts:
 * - Node, with fake-indexeddb: search keystroke → results over 10,000 clients (the index alone),
 *   CSV import (parse + preview + commit) and CSV/JSON export.
 * - Real Chromium with the built extension (skipped when there is no build): the same 10,000-row
 *   CSV imported through the options page, then the popup opened several times — shell on
 *   screen, first clients listed, whole list searchable (performance marks set by PopupApp) — and
 *   keystroke → result list updated in the DOM.
 */
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface ClientsMetric {
  name: string;
  value: number;
  unit: string;
}

const COUNT = 10_000;

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const median = (values: number[]) => percentile(values, 50);

/** lib/state talks to `browser.storage`; outside the extension (and outside vitest) give it the fake one. */
async function ensureFakeBrowser(): Promise<void> {
  const global = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
  if (global.browser?.runtime?.id) return;
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  global.browser = fakeBrowser as never;
  global.chrome ??= fakeBrowser;
}

/** Every prefix of each string: what the search box holds after each keystroke. */
function keystrokes(texts: readonly string[]): string[] {
  return texts.flatMap((text) => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)));
}

async function benchNode(): Promise<ClientsMetric[]> {
  await ensureFakeBrowser();
  const { makeClients } = await import('../support/builders');
  const { ClientSearchIndex } = await import('../../lib/clients/search');
  const { exportClientsCsv, exportClientsJson } = await import('../../lib/clients/export');
  const { parseImport, previewImport } = await import('../../lib/clients/import');
  const { commitImport } = await import('../../lib/clients/repository');
  const { formatKbo } = await import('../../lib/ids');
  const { LoketgidsDb, readClients } = await import('../../lib/db');

  const clients = makeClients(COUNT);
  const metrics: ClientsMetric[] = [];

  // Search: build once, then every keystroke of realistic queries.
  let started = performance.now();
  const index = new ClientSearchIndex(clients, clients[17]?.kbo ?? null);
  metrics.push({
    name: `search index build (${COUNT} clients)`,
    value: round(performance.now() - started),
    unit: 'ms',
  });
  const sample = (i: number) => clients[(i * 997) % COUNT] as (typeof clients)[number];
  const typed = keystrokes([
    'bakkerij peeters',
    'societe',
    'Crèche Dubois',
    'garage 12',
    'antwerpen',
    'pc 124',
    'zzz geen klant',
    formatKbo(sample(1).kbo),
    `BE ${sample(2).kbo.slice(0, 4)} ${sample(2).kbo.slice(4, 7)} ${sample(2).kbo.slice(7)}`,
    sample(3).kbo.slice(1), // the old 9-digit form
    sample(4).kbo.slice(3, 8), // partial digits
  ]);
  for (const query of typed.slice(0, 20)) index.search(query, { limit: 50 }); // warm-up
  const times: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    for (const query of typed) {
      const start = performance.now();
      index.search(query, { limit: 50 });
      times.push(performance.now() - start);
    }
  }
  metrics.push(
    {
      name: `search keystroke → results, mean (${COUNT} clients, ${times.length} keystrokes)`,
      value: round(mean(times), 3),
      unit: 'ms',
    },
    { name: 'search keystroke → results, p95', value: round(percentile(times, 95), 3), unit: 'ms' },
    { name: 'search keystroke → results, max', value: round(Math.max(...times), 3), unit: 'ms' },
  );

  // Export.
  started = performance.now();
  const csv = exportClientsCsv(clients);
  metrics.push({ name: `CSV export (${COUNT} clients)`, value: round(performance.now() - started), unit: 'ms' });
  started = performance.now();
  exportClientsJson(clients);
  metrics.push({ name: `JSON export (${COUNT} clients)`, value: round(performance.now() - started), unit: 'ms' });

  // Import into an empty database: parse + preview, then the one-transaction commit.
  const database = new LoketgidsDb(`loketgids-bench-${Date.now()}`);
  await database.open();
  try {
    const bytes = new TextEncoder().encode(csv);
    started = performance.now();
    const parsed = parseImport(bytes);
    const preview = previewImport(parsed, (await readClients(database)).clients);
    const parseMs = performance.now() - started;
    if (preview.valid.length !== COUNT)
      throw new Error(`bench: expected ${COUNT} new rows, got ${preview.valid.length}`);
    started = performance.now();
    await commitImport(parsed, { duplicates: 'update' }, database);
    const commitMs = performance.now() - started;
    metrics.push(
      { name: `CSV import ${COUNT} rows: parse + preview`, value: round(parseMs), unit: 'ms' },
      { name: `CSV import ${COUNT} rows: commit (fake-indexeddb)`, value: round(commitMs), unit: 'ms' },
      { name: `CSV import ${COUNT} rows: total (fake-indexeddb)`, value: round(parseMs + commitMs), unit: 'ms' },
    );
    // The same file again: everything unchanged, nothing written.
    started = performance.now();
    await commitImport(parseImport(bytes), { duplicates: 'update' }, database);
    metrics.push({
      name: `CSV re-import of the same ${COUNT} rows (no-op)`,
      value: round(performance.now() - started),
      unit: 'ms',
    });
    started = performance.now();
    await readClients(database);
    metrics.push({
      name: `read + validate ${COUNT} records (fake-indexeddb)`,
      value: round(performance.now() - started),
      unit: 'ms',
    });
  } finally {
    database.close();
    await database.delete();
  }
  return metrics;
}

// Run inside the extension page; a string, so no bundler helper (esbuild's __name) leaks in.
// Preact renders in a microtask after the input event, so by the next task (a MessageChannel
// message: no timer clamping) the search has run and the DOM holds the new results.
const KEYSTROKE_IN_PAGE = `(async (queries) => {
  const input = document.querySelector('[role=combobox]');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const nextTask = () => new Promise((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
  const times = [];
  for (const query of queries) {
    await nextTask();
    const start = performance.now();
    setter.call(input, query);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await nextTask();
    times.push(performance.now() - start);
  }
  return times;
})`;

async function benchChromium(runs = 5): Promise<ClientsMetric[]> {
  const { EXTENSION_DIR, launch } = await import('../support/browser');
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    return [{ name: 'Chromium part skipped: no build in .output/chrome-mv3 (run wxt build)', value: 0, unit: '' }];
  }
  const { makeClients } = await import('../support/builders');
  const { exportClientsCsv } = await import('../../lib/clients/export');
  const harness = await launch({ build: 'shipped' });
  const metrics: ClientsMetric[] = [];
  try {
    // Import through the options page, as a person does.
    const options = await harness.openExtensionPage('options.html');
    const buffer = Buffer.from(exportClientsCsv(makeClients(COUNT)));
    let started = performance.now();
    await options.getByLabel('Kies een bestand (CSV of JSON)').setInputFiles({
      name: 'klanten.csv',
      mimeType: 'text/csv',
      buffer,
    });
    const importButton = options.getByRole('button', { name: /^Importeer / });
    await importButton.waitFor();
    metrics.push({
      name: `Chromium: options page, ${COUNT}-row CSV chosen → preview shown`,
      value: Math.round(performance.now() - started),
      unit: 'ms',
    });
    started = performance.now();
    await importButton.click();
    await options.getByText('Import klaar').waitFor({ timeout: 60_000 });
    metrics.push({
      name: `Chromium: options page, Importeer clicked → ${COUNT} clients committed`,
      value: Math.round(performance.now() - started),
      unit: 'ms',
    });
    await options.close();

    const shell: number[] = [];
    const ready: number[] = [];
    const complete: number[] = [];
    let keystrokeTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const popup = await harness.context.newPage();
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`);
      await popup.waitForFunction(() => performance.getEntriesByName('loketgids:popup-complete').length > 0, null, {
        timeout: 30_000,
      });
      const marks = (await popup.evaluate(
        `['loketgids:popup-shell', 'loketgids:popup-ready', 'loketgids:popup-complete'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN)`,
      )) as number[];
      shell.push(marks[0] ?? Number.NaN);
      ready.push(marks[1] ?? Number.NaN);
      complete.push(marks[2] ?? Number.NaN);
      if (i === runs - 1) {
        const queries = keystrokes(['bakkerij peeters', 'societe', '0100', 'BE 0101', 'zzz']);
        keystrokeTimes = (await popup.evaluate(`${KEYSTROKE_IN_PAGE}(${JSON.stringify(queries)})`)) as number[];
      }
      await popup.close();
    }
    metrics.push(
      {
        name: `Chromium: popup shell with search box (median of ${runs}, from navigation start)`,
        value: Math.round(median(shell)),
        unit: 'ms',
      },
      { name: 'Chromium: popup active + recent clients listed (median)', value: Math.round(median(ready)), unit: 'ms' },
      {
        name: `Chromium: popup whole list (${COUNT}) read, validated, searchable (median)`,
        value: Math.round(median(complete)),
        unit: 'ms',
      },
      {
        name: `Chromium: popup keystroke → result list updated, mean (${keystrokeTimes.length} keystrokes)`,
        value: round(mean(keystrokeTimes)),
        unit: 'ms',
      },
      {
        name: 'Chromium: popup keystroke → result list updated, p95',
        value: round(percentile(keystrokeTimes, 95)),
        unit: 'ms',
      },
    );
  } finally {
    await harness.close();
  }
  return metrics;
}

/**
 * Everything above, as `{ name, value, unit }` rows.
 *
 * @example
 * for (const m of await benchClients()) console.log(`${m.name}: ${m.value} ${m.unit}`);
 */
export async function benchClients(): Promise<ClientsMetric[]> {
  return [...(await benchNode()), ...(await benchChromium())];
}
