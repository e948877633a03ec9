/**
 * Loketgids side by side with a product-tour library doing the same job — highlight one tile with
 * a popover on the WSE-loket's login page (replica, on its real hostname) — and with the stack's
 * own floor (a minimal Preact card in a shadow root), in one run, interleaved, medians. Printed as
 * ratios to driver.js. Not a vitest test: called by main.ts.
 *
 * Injected the same way: each peer is an unpacked extension of its own (written below: a content
 * script at document_start that does its work at DOMContentLoaded, and an empty service worker),
 * loaded in its own Chromium like Loketgids; the baseline is the same page in such a Chromium with
 * an extension that puts nothing on the page. So every figure holds what being a content script
 * costs (an isolated world, the extension's bindings), for all three alike.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { PracticePage } from '../../lib/practice/catalog';
import { EXTENSION_DIR, type Harness, launch } from '../support/browser';
import type { Metric } from './browser';

const ORIGIN = 'https://wse-loket.vlaanderen.be';
const DRIVER_DIR = join(import.meta.dirname, '../../node_modules/driver.js/dist');

type Who = 'none' | 'loketgids' | 'driver.js' | 'floor';
interface Run {
  /**
   * From DOMContentLoaded's start (all three do their work at that event) to the first frame with
   * the marker: the frame's animation-frame callback after the marker entered the DOM, which runs
   * after each peer's own callbacks of that frame (so it holds a ring a peer places in that frame)
   * and before the frame is painted. What a person sees, whichever way a peer schedules its work.
   */
  visible: number;
  /** From DOMContentLoaded's start to the marker in the DOM (the mutation observer's callback). */
  inDom: number;
  /** The card (or popover) in the page, ms after DOMContentLoaded starts. */
  card: number;
  /** Main thread busy (CDP TaskDuration) up to 0.5 s after load: what the page's person waits on. */
  taskMs: number;
  /** CDP ScriptDuration up to 0.5 s after load (it leaves out some of a content script's timer tasks). */
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
    // The target marked (Loketgids rings it from the content script: lib/overlay/early-mark.ts) …
    markers: { loketgids: '[data-loketgids-target]', 'driver.js': '.driver-popover', floor: '[data-floor-target]' },
    // … and the card in the page (the guide module's overlay host; the popover, the probe).
    cards: { loketgids: '[data-loketgids]', 'driver.js': '.driver-popover', floor: 'floor-probe' },
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

async function measure(page: Page, scene: Scene, marker: string, cardMarker = marker): Promise<Run> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // When the marker first enters the DOM (a mutation observer in the page's own world: no polling
  // that would cost the slower guide more script time).
  await page.addInitScript(
    ([selector, card]) => {
      const seen = window as unknown as { __benchSeen?: number; __benchCard?: number; __benchFrame?: number };
      new MutationObserver((_records, observer) => {
        if (seen.__benchSeen === undefined && document.querySelector(selector)) {
          seen.__benchSeen = performance.now();
          requestAnimationFrame(() => {
            seen.__benchFrame = performance.now();
          });
        }
        if (seen.__benchCard === undefined && document.querySelector(card)) seen.__benchCard = performance.now();
        if (seen.__benchSeen !== undefined && seen.__benchCard !== undefined) observer.disconnect();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    },
    [marker, cardMarker] as const,
  );
  await page.goto(ORIGIN + SCENES[scene].path, { waitUntil: 'load' });
  await page
    .waitForFunction(() => (window as unknown as { __benchFrame?: number }).__benchFrame !== undefined, null, {
      timeout: marker === NEVER ? 1 : 10_000,
    })
    .catch(() => undefined);
  const [visible, inDom, card] = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const {
      __benchSeen: seen,
      __benchCard: shown,
      __benchFrame: frame,
    } = window as unknown as {
      __benchSeen?: number;
      __benchCard?: number;
      __benchFrame?: number;
    };
    const since = (at: number | undefined) => (at === undefined ? 0 : at - nav.domContentLoadedEventStart);
    return [since(frame), since(seen), since(shown)];
  });
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
    inDom,
    card,
    taskMs: (before.TaskDuration ?? 0) * 1000,
    scriptMs: (before.ScriptDuration ?? 0) * 1000,
    heapMb: (before.JSHeapUsedSize ?? 0) / 1e6,
    loadMs,
    idleScriptMsPerS: per('ScriptDuration'),
    busyMsPerS: per('TaskDuration'),
  };
}

/** No marker: the baseline (an extension that puts nothing on the page). */
const NEVER = '[data-bench-never]';

/**
 * A peer as an unpacked extension: its script (and stylesheet) as a content script on the
 * portal's pages at document_start, started at DOMContentLoaded, and an empty service worker.
 * Without files: the baseline, an extension that puts nothing on the page.
 */
function peerExtension(name: string, files?: { js: string; css?: string }): string {
  const dir = join(tmpdir(), `loketgids-bench-${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'background.js'), '');
  if (files) writeFileSync(join(dir, 'peer.js'), files.js);
  if (files?.css) writeFileSync(join(dir, 'peer.css'), files.css);
  const manifest = {
    manifest_version: 3,
    name: `bench ${name}`,
    version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: files
      ? [
          {
            matches: [`${ORIGIN}/*`],
            js: ['peer.js'],
            ...(files.css ? { css: ['peer.css'] } : {}),
            run_at: 'document_start',
          },
        ]
      : [],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

export async function benchPeers(rounds = 9): Promise<Metric[]> {
  const driverJs = readFileSync(join(DRIVER_DIR, 'driver.js.iife.js'), 'utf8');
  const driverCss = readFileSync(join(DRIVER_DIR, 'driver.css'), 'utf8');
  // At DOMContentLoaded, as Loketgids (lib/overlay/boot.ts): the tile on the login page, else the heading.
  const driverInit = `document.addEventListener('DOMContentLoaded',function(){window.driver.js.driver().highlight({element:location.pathname==='/'?'a[href$="/aanmelden/organisatie"]':'h1',popover:{title:'Stap 1 van 9',description:"Kies de tegel 'Een onderneming of organisatie'."}});});`;
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
  const grow = (html: string, page: PracticePage) => withMutator(html, page.path);
  const browsers: Record<Who, Harness> = {
    none: await launch({ extensionDir: peerExtension('none'), transform: grow }),
    loketgids: await launch({ build: 'shipped', transform: grow }),
    'driver.js': await launch({
      extensionDir: peerExtension('driver', { js: `${driverJs}\n${driverInit}`, css: driverCss }),
      transform: grow,
    }),
    floor: await launch({ extensionDir: peerExtension('floor', { js: floor }), transform: grow }),
  };
  const runs = {} as Record<Scene, Record<Who, Run[]>>;
  for (const scene of Object.keys(SCENES) as Scene[])
    runs[scene] = { none: [], loketgids: [], 'driver.js': [], floor: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      for (const scene of Object.keys(SCENES) as Scene[]) {
        for (const who of ['none', 'loketgids', 'driver.js', 'floor'] as Who[]) {
          const page = await browsers[who].context.newPage();
          const card = 'cards' in SCENES[scene] && who !== 'none' ? SCENES.login.cards[who] : undefined;
          runs[scene][who].push(await measure(page, scene, who === 'none' ? NEVER : SCENES[scene].markers[who], card));
          await page.close();
        }
      }
    }
  } finally {
    for (const harness of Object.values(browsers)) await harness.close();
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
    m(scene, who, key) - (key === 'visible' || key === 'inDom' || key === 'card' ? 0 : m(scene, 'none', key));
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
        name: `login page, ${who}: guidance visible (the first frame with the target marked and ringed) after DOMContentLoaded starts`,
        value: `${round2(a('visible'))}${ratio(a('visible'), d('visible'))}`,
        unit: 'ms',
      },
      {
        name: `login page, ${who}: the mark in the DOM after DOMContentLoaded starts`,
        value: `${round2(a('inDom'))}${ratio(a('inDom'), d('inDom'))}`,
        unit: 'ms',
      },
      {
        name: `login page, ${who}: the card in the page after DOMContentLoaded starts`,
        value: `${round2(a('card'))}${ratio(a('card'), d('card'))}`,
        unit: 'ms',
      },
      {
        name: `login page, ${who}: added main-thread time (TaskDuration) up to 0.5 s after load`,
        value: `${round2(a('taskMs'))}${ratio(a('taskMs'), d('taskMs'))}`,
        unit: 'ms',
      },
      {
        name: `login page, ${who}: added script CPU (ScriptDuration) up to 0.5 s after load`,
        value: `${round2(a('scriptMs'))}${ratio(a('scriptMs'), d('scriptMs'))}`,
        unit: 'ms',
      },
      {
        name: `login page, ${who}: added JS heap`,
        value: `${round2(a('heapMb'))}${ratio(a('heapMb'), d('heapMb'))}`,
        unit: 'MB',
      },
      ...(who === 'loketgids'
        ? [
            {
              // Later rounds open a page the guide was needed on before: its module is fetched at
              // once (lib/overlay/guided-paths.ts). The first round is a first visit.
              name: 'login page, loketgids: the card in the page on the first visit (round 1 only: no path kept yet)',
              value: `${round2(runs.login.loketgids[0]?.card ?? Number.NaN)}`,
              unit: 'ms',
            },
          ]
        : []),
      { name: `login page, ${who}: page load delayed`, value: `${round2(a('loadMs'))}`, unit: 'ms' },
      { name: `login page, ${who}: script CPU on the idle page`, value: round2(a('idleScriptMsPerS')), unit: 'ms/s' },
    );
  }
  for (const who of ['loketgids', 'floor'] as const) {
    const a = (key: keyof Run) => added('unknown', who, key);
    const f = (key: keyof Run) => added('unknown', 'floor', key);
    rows.push(
      {
        name: `unknown portal page (news), ${who}: added main-thread time (TaskDuration) up to 0.5 s after load`,
        value: `${round2(a('taskMs'))}${ratio(a('taskMs'), f('taskMs'), 'floor')}`,
        unit: 'ms',
      },
      {
        name: `unknown portal page (news), ${who}: added script CPU (ScriptDuration) up to 0.5 s after load`,
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
    name: `runs: ${rounds} rounds, interleaved (scenes × none, loketgids, driver.js, floor), medians; each peer a content script of its own extension in its own Chromium, the baseline an extension without content script`,
    value: '',
    unit: '',
  });
  return rows;
}
