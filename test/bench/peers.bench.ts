/**
 * Loketgids side by side with a product-tour library doing the same job — highlight one tile with
 * a popover on the WSE-loket's login page (replica, on its real hostname) — and with the stack's
 * own floor (a minimal Preact card in a shadow root), in one run, interleaved, medians. Printed as
 * ratios to driver.js. Not a vitest test: called by main.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { EXTENSION_DIR, findChrome, launch } from '../support/browser';
import { servePractice } from '../support/practice-server';
import type { Metric } from './browser';

const URL_UNDER_TEST = 'https://wse-loket.vlaanderen.be/';
const DRIVER_DIR = join(import.meta.dirname, '../../node_modules/driver.js/dist');

type Who = 'none' | 'loketgids' | 'driver.js' | 'floor';
interface Run {
  visible: number;
  scriptMs: number;
  heapMb: number;
  loadMs: number;
  idleScriptMsPerS: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function measure(page: Page, marker: string | undefined): Promise<Run> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(URL_UNDER_TEST, { waitUntil: 'load' });
  const visible = marker
    ? await page.evaluate(async (selector) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const deepQuery = (root: Document | ShadowRoot): boolean =>
          root.querySelector(selector) !== null ||
          [...root.querySelectorAll('*')].some((el) => el.shadowRoot !== null && deepQuery(el.shadowRoot));
        const started = performance.now();
        while (!deepQuery(document) && performance.now() - started < 10_000) await new Promise((r) => setTimeout(r, 2));
        return performance.now() - nav.domContentLoadedEventEnd;
      }, marker)
    : 0;
  await page.waitForTimeout(500);
  const metrics = async () =>
    Object.fromEntries(
      ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map(
        (m) => [m.name, m.value],
      ),
    ) as Record<string, number>;
  const before = await metrics();
  await page.waitForTimeout(2000);
  const after = await metrics();
  const loadMs = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  await cdp.detach();
  return {
    visible,
    scriptMs: (before.ScriptDuration ?? 0) * 1000,
    heapMb: (before.JSHeapUsedSize ?? 0) / 1e6,
    loadMs,
    idleScriptMsPerS: (((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000) / 2,
  };
}

export async function benchPeers(rounds = 9): Promise<Metric[]> {
  const driverJs = readFileSync(join(DRIVER_DIR, 'driver.js.iife.js'), 'utf8');
  const driverCss = readFileSync(join(DRIVER_DIR, 'driver.css'), 'utf8');
  const driverInit = `document.addEventListener('DOMContentLoaded',function(){window.driver.js.driver().highlight({element:'a[href$="/aanmelden/organisatie"]',popover:{title:'Stap 1 van 9',description:"Kies de tegel 'Een onderneming of organisatie'."}});});`;
  const floor =
    (
      await build({
        entryPoints: [join(import.meta.dirname, 'floor-entry.tsx')],
        bundle: true,
        format: 'iife',
        minify: true,
        write: false,
        jsx: 'automatic',
        jsxImportSource: 'preact',
        target: 'chrome120',
      })
    ).outputFiles[0]?.text ?? '';
  const ours = readFileSync(join(EXTENSION_DIR, 'content-scripts/wse.js'));
  const oursCss = readFileSync(join(EXTENSION_DIR, 'content-scripts/wse.css'));
  const gz = (text: string | Buffer) => gzipSync(text).length / 1024;
  const inject = (who: Who) => (html: string) => {
    if (who === 'driver.js')
      return html.replace(
        '</head>',
        `<style>${driverCss}</style><script>${driverJs}</script><script>${driverInit}</script></head>`,
      );
    if (who === 'floor') return html.replace('</body>', `<script>${floor}</script></body>`);
    return html;
  };

  const extension = await launch();
  const plain: Browser = await chromium.launch({
    executablePath: findChrome(),
    headless: true,
    args: ['--no-sandbox'],
  });
  const runs: Record<Who, Run[]> = { none: [], loketgids: [], 'driver.js': [], floor: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      for (const who of ['none', 'loketgids', 'driver.js', 'floor'] as Who[]) {
        if (who === 'loketgids') {
          const page = await extension.context.newPage();
          runs[who].push(await measure(page, '[data-loketgids-target]'));
          await page.close();
          continue;
        }
        const context = await plain.newContext({ viewport: { width: 1280, height: 860 } });
        await context.route('**/*', (route) => route.abort());
        await servePractice(context, { transform: inject(who) });
        const page = await context.newPage();
        runs[who].push(
          await measure(
            page,
            who === 'driver.js' ? '.driver-popover' : who === 'floor' ? '[data-floor-target]' : undefined,
          ),
        );
        await context.close();
      }
    }
  } finally {
    await extension.close();
    await plain.close();
  }
  const m = (who: Who, key: keyof Run) => median(runs[who].map((r) => r[key]));
  const base = (key: keyof Run) => m('none', key);
  const rows: Metric[] = [];
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const sizes: Record<Exclude<Who, 'none'>, number> = {
    loketgids: gz(Buffer.concat([ours, oursCss])),
    'driver.js': gz(driverJs + driverCss),
    floor: gz(floor),
  };
  for (const who of ['loketgids', 'driver.js', 'floor'] as const) {
    const ratio = (value: number, of: number) => (of > 0 ? ` (× ${round2(value / of)} driver.js)` : '');
    const d = (key: keyof Run) => m('driver.js', key) - (key === 'visible' ? 0 : base(key));
    const own = (key: keyof Run) => m(who, key) - (key === 'visible' ? 0 : base(key));
    rows.push(
      {
        name: `${who}: in-page code, gzip`,
        value: `${round2(sizes[who])}${ratio(sizes[who], sizes['driver.js'])}`,
        unit: 'KiB',
      },
      {
        name: `${who}: guidance visible after DOMContentLoaded`,
        value: `${round2(m(who, 'visible'))}${ratio(m(who, 'visible'), m('driver.js', 'visible'))}`,
        unit: 'ms',
      },
      {
        name: `${who}: added script CPU up to 0.5 s after load`,
        value: `${round2(own('scriptMs'))}${ratio(own('scriptMs'), d('scriptMs'))}`,
        unit: 'ms',
      },
      {
        name: `${who}: added JS heap`,
        value: `${round2(own('heapMb'))}${ratio(own('heapMb'), d('heapMb'))}`,
        unit: 'MB',
      },
      { name: `${who}: page load delayed`, value: `${round2(own('loadMs'))}`, unit: 'ms' },
      { name: `${who}: script CPU on the idle page`, value: round2(m(who, 'idleScriptMsPerS')), unit: 'ms/s' },
    );
  }
  rows.push({
    name: `runs: ${rounds} rounds, interleaved (none, loketgids, driver.js, floor), medians`,
    value: '',
    unit: '',
  });
  return rows;
}
