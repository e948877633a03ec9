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
import type { PracticePage } from '../../lib/practice/catalog';
import { EXTENSION_DIR, findChrome, launch } from '../support/browser';
import { servePractice } from '../support/practice-server';
import type { Metric } from './browser';

const ORIGIN = 'https://wse-loket.vlaanderen.be';
const DRIVER_DIR = join(import.meta.dirname, '../../node_modules/driver.js/dist');

type Who = 'none' | 'loketgids' | 'driver.js' | 'floor';
interface Run {
  visible: number;
  scriptMs: number;
  heapMb: number;
  loadMs: number;
  idleScriptMsPerS: number;
  /** Main thread busy (CDP TaskDuration) per second, measured over 3 s after settling. */
  busyMsPerS: number;
}

/**
 * The pages measured: the login page (the guide marks a tile), a portal page no flow knows (the
 * news page: the guide shows only its launcher), and the home page grown to 5,000 more nodes
 * that change 100 times a second (the guide is on a step and follows its target).
 */
const SCENES = {
  login: {
    path: '/',
    markers: { loketgids: '[data-loketgids-target]', 'driver.js': '.driver-popover', floor: '[data-floor-target]' },
  },
  unknown: {
    path: '/nieuws',
    markers: { loketgids: '[data-loketgids]', 'driver.js': '.driver-popover', floor: 'floor-probe' },
  },
  mutating: {
    path: '/home',
    markers: { loketgids: '[data-loketgids-target]', 'driver.js': '.driver-popover', floor: 'floor-probe' },
  },
} as const;
type Scene = keyof typeof SCENES;

/**
 * 5,000 nodes (1,000 rows of a grid, fixed sizes so a change lays out only its own cell) of which
 * one cell's text changes every 10 ms.
 */
const MUTATOR = `<style>#bench-grid{display:grid;grid-template-columns:repeat(3,160px)}#bench-grid>div{height:18px;overflow:hidden;contain:strict}</style><script>addEventListener('DOMContentLoaded',function(){var t=document.createElement('div');t.id='bench-grid';var h='';for(var i=0;i<1000;i++)h+='<div>Rij '+i+'</div><div><span>'+i+'</span></div><div><a href="#r'+i+'">Open</a></div>';t.innerHTML=h;document.querySelector('main,body').append(t);var n=0,cells=t.querySelectorAll('span');setInterval(function(){n++;cells[n%cells.length].textContent=String(n);},10);});</script>`;

export function withMutator(html: string, path: string): string {
  return path === SCENES.mutating.path ? html.replace('</body>', `${MUTATOR}</body>`) : html;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function measure(page: Page, scene: Scene, marker: string | undefined): Promise<Run> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(ORIGIN + SCENES[scene].path, { waitUntil: 'load' });
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
  const seconds = scene === 'mutating' ? 3 : 2;
  await page.waitForTimeout(seconds * 1000);
  const after = await metrics();
  const loadMs = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  await cdp.detach();
  const per = (key: string) => (((after[key] ?? 0) - (before[key] ?? 0)) * 1000) / seconds;
  return {
    visible,
    scriptMs: (before.ScriptDuration ?? 0) * 1000,
    heapMb: (before.JSHeapUsedSize ?? 0) / 1e6,
    loadMs,
    idleScriptMsPerS: per('ScriptDuration'),
    busyMsPerS: per('TaskDuration'),
  };
}

export async function benchPeers(rounds = 9): Promise<Metric[]> {
  const driverJs = readFileSync(join(DRIVER_DIR, 'driver.js.iife.js'), 'utf8');
  const driverCss = readFileSync(join(DRIVER_DIR, 'driver.css'), 'utf8');
  const driverInit = (path: string) =>
    `document.addEventListener('DOMContentLoaded',function(){window.driver.js.driver().highlight({element:${JSON.stringify(path === '/' ? 'a[href$="/aanmelden/organisatie"]' : 'h1')},popover:{title:'Stap 1 van 9',description:"Kies de tegel 'Een onderneming of organisatie'."}});});`;
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
  const gz = (text: string | Buffer) => gzipSync(text).length / 1024;
  const inject = (who: Who) => (html: string, page: PracticePage) => {
    const grown = withMutator(html, page.path);
    if (who === 'driver.js')
      return grown.replace(
        '</head>',
        `<style>${driverCss}</style><script>${driverJs}</script><script>${driverInit(page.path)}</script></head>`,
      );
    if (who === 'floor') return grown.replace('</body>', `<script>${floor}</script></body>`);
    return grown;
  };

  const extension = await launch({ build: 'shipped', transform: (html, page) => withMutator(html, page.path) });
  const plain: Browser = await chromium.launch({
    executablePath: findChrome(),
    headless: true,
    args: ['--no-sandbox'],
  });
  const runs = {} as Record<Scene, Record<Who, Run[]>>;
  for (const scene of Object.keys(SCENES) as Scene[])
    runs[scene] = { none: [], loketgids: [], 'driver.js': [], floor: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      for (const scene of Object.keys(SCENES) as Scene[]) {
        for (const who of ['none', 'loketgids', 'driver.js', 'floor'] as Who[]) {
          const marker = who === 'none' ? undefined : SCENES[scene].markers[who];
          if (who === 'loketgids') {
            const page = await extension.context.newPage();
            runs[scene][who].push(await measure(page, scene, marker));
            await page.close();
            continue;
          }
          const context = await plain.newContext({ viewport: { width: 1280, height: 860 } });
          await context.route('**/*', (route) => route.abort());
          await servePractice(context, { transform: inject(who) });
          const page = await context.newPage();
          runs[scene][who].push(await measure(page, scene, marker));
          await context.close();
        }
      }
    }
  } finally {
    await extension.close();
    await plain.close();
  }
  // Loketgids puts two scripts on a page (lib/overlay/boot.ts): the content script on every page of
  // the portal, and the guide module (with the card's stylesheet inside) where a page needs the guide.
  const contentScript = gz(readFileSync(join(EXTENSION_DIR, 'content-scripts/wse.js')));
  const guideModule = gz(readFileSync(join(EXTENSION_DIR, 'wse-guide.js')));
  const sizes: Record<Exclude<Who, 'none'>, number> = {
    loketgids: contentScript + guideModule,
    'driver.js': gz(driverJs + driverCss),
    floor: gz(floor),
  };
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const rows: Metric[] = [];
  const m = (scene: Scene, who: Who, key: keyof Run) => median(runs[scene][who].map((r) => r[key]));
  const added = (scene: Scene, who: Who, key: keyof Run) =>
    m(scene, who, key) - (key === 'visible' ? 0 : m(scene, 'none', key));
  const ratio = (value: number, of: number, name = 'driver.js') => (of > 0 ? ` (× ${round2(value / of)} ${name})` : '');
  rows.push({
    name: 'loketgids: content script alone (every portal page, also one no flow knows), gzip',
    value: `${round2(contentScript)}${ratio(contentScript, sizes['driver.js'])}`,
    unit: 'KiB',
  });
  for (const who of ['loketgids', 'driver.js', 'floor'] as const) {
    rows.push({
      name: `${who}: in-page code${who === 'loketgids' ? ' on a guided page (content script + guide module)' : ''}, gzip`,
      value: `${round2(sizes[who])}${ratio(sizes[who], sizes['driver.js'])}`,
      unit: 'KiB',
    });
  }
  for (const who of ['loketgids', 'driver.js', 'floor'] as const) {
    const a = (key: keyof Run) => added('login', who, key);
    const d = (key: keyof Run) => added('login', 'driver.js', key);
    rows.push(
      {
        name: `login page, ${who}: guidance visible after DOMContentLoaded`,
        value: `${round2(a('visible'))}${ratio(a('visible'), d('visible'))}`,
        unit: 'ms',
      },
      {
        name: `login page, ${who}: added script CPU up to 0.5 s after load`,
        value: `${round2(a('scriptMs'))}${ratio(a('scriptMs'), d('scriptMs'))}`,
        unit: 'ms',
      },
      {
        name: `login page, ${who}: added JS heap`,
        value: `${round2(a('heapMb'))}${ratio(a('heapMb'), d('heapMb'))}`,
        unit: 'MB',
      },
      { name: `login page, ${who}: page load delayed`, value: `${round2(a('loadMs'))}`, unit: 'ms' },
      { name: `login page, ${who}: script CPU on the idle page`, value: round2(a('idleScriptMsPerS')), unit: 'ms/s' },
    );
  }
  for (const who of ['loketgids', 'floor'] as const) {
    const a = (key: keyof Run) => added('unknown', who, key);
    const f = (key: keyof Run) => added('unknown', 'floor', key);
    rows.push(
      {
        name: `unknown portal page (news), ${who}: added script CPU up to 0.5 s after load`,
        value: `${round2(a('scriptMs'))}${ratio(a('scriptMs'), f('scriptMs'), 'floor')}`,
        unit: 'ms',
      },
      {
        name: `unknown portal page (news), ${who}: added JS heap`,
        value: `${round2(a('heapMb'))}${ratio(a('heapMb'), f('heapMb'), 'floor')}`,
        unit: 'MB',
      },
      {
        name: `unknown portal page (news), ${who}: script CPU on the idle page`,
        value: round2(a('idleScriptMsPerS')),
        unit: 'ms/s',
      },
    );
  }
  const busyBase = m('mutating', 'none', 'busyMsPerS');
  for (const who of ['loketgids', 'driver.js'] as const) {
    const extra = m('mutating', who, 'busyMsPerS') - busyBase;
    rows.push({
      name: `5,000-node page changing 100×/s, ${who}: added main-thread time`,
      value: `${round2(extra)} ms/s (${round2((100 * extra) / busyBase)} % of the page's own ${round2(busyBase)} ms/s)`,
      unit: '',
    });
  }
  rows.push({
    name: `runs: ${rounds} rounds, interleaved (scenes × none, loketgids, driver.js, floor), medians`,
    value: '',
    unit: '',
  });
  return rows;
}
