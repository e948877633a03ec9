/**
 * `npm run bench`: speed and size of Loketgids, printed and written to test/bench/RESULTS.md.
 * It measures; it never fails on a number (aims are in the README, next to the figures).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { it } from 'vitest';
import { benchBrowser, benchSize, type Metric } from './browser';
import { benchClients } from './clients.bench';
import { benchGuide } from './guide.bench';
import { benchPeers } from './peers.bench';
import { benchRecognitionInChromium } from './recognition.bench';
import { benchRules } from './rules.bench';

type Suite = { title: string; run: () => Promise<Metric[]> };

const suites: Suite[] = [
  { title: 'Size', run: benchSize },
  { title: 'Rules engine', run: benchRules },
  { title: 'Client list (10,000 clients)', run: benchClients },
  {
    title: 'Guide: recognition in real Chromium (engine run inside every guided replica page)',
    run: benchRecognitionInChromium,
  },
  { title: 'Guide: recognition in happy-dom, and the mutation harness', run: () => benchGuide() },
  { title: 'Real Chromium', run: () => benchBrowser() },
  {
    title:
      'Side by side: Loketgids vs driver.js vs a bare Preact shadow-root card (login page, unknown portal page, 5,000-node changing page; real Chromium)',
    run: () => benchPeers(Number(process.env.BENCH_ROUNDS ?? 9)),
  },
];

// `BENCH=side npm run bench` runs only the suites whose title holds that word (and leaves RESULTS.md alone).
const only = process.env.BENCH?.toLowerCase();

it('measures', { timeout: 900_000 }, async () => {
  const lines = [
    '# Loketgids benchmark results',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\`.`,
    '',
  ];
  for (const suite of suites.filter((s) => !only || s.title.toLowerCase().includes(only))) {
    const metrics = await suite.run();
    lines.push(`## ${suite.title}`, '', '| what | value |', '|---|---|');
    for (const m of metrics) lines.push(`| ${m.name} | ${m.value} ${m.unit} |`);
    lines.push('');
  }
  const text = lines.join('\n');
  console.log(text);
  if (!only) await writeFile(join(import.meta.dirname, 'RESULTS.md'), text);
});
