import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { PRACTICE_PAGES, practicePage, practiceUrl } from '../../lib/practice/catalog';
import { type ServeOptions, servePractice } from './practice-server';

/** The extension as shipped (`wxt build`): its overlay's shadow root is closed. */
export const EXTENSION_DIR = join(import.meta.dirname, '../../.output/chrome-mv3');
/**
 * The same extension built for the end-to-end tests (`wxt build --mode e2e`): the one difference
 * is an open overlay shadow root, so Playwright's locators can read the card. The tests of what a
 * hostile page can do run the shipped build (test/e2e/hostile.e2e.ts).
 */
export const E2E_EXTENSION_DIR = join(import.meta.dirname, '../../.output/chrome-mv3-e2e');

/**
 * Where a Chromium-family browser lives: `CHROME_PATH`, else the usual install places on
 * Linux (Debian's `chromium`), macOS and Windows.
 */
export function findChrome(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'Geen Chrome, Chromium of Edge gevonden. Installeer er een (Debian: apt-get install chromium) of zet CHROME_PATH. / No Chrome, Chromium or Edge found: install one or set CHROME_PATH.',
    );
  }
  return found;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Console errors and uncaught page errors seen on any page, with the page URL. */
  errors: string[];
  /** Every request that left the browser for a host that is not a portal or the extension. */
  foreignRequests: string[];
  /** Open a practice page (by catalog id) on its real portal hostname. */
  open(id: string, page?: Page): Promise<Page>;
  /** Open an extension page: `popup.html`, `options.html`. */
  openExtensionPage(path: string): Promise<Page>;
  /** Close the browser; with `keepProfile` the profile folder survives for a relaunch. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
  userDataDir: string;
}

export interface LaunchOptions extends ServeOptions {
  headless?: boolean;
  /** Which build to load: the e2e build (default, open overlay root) or the shipped one. */
  build?: 'e2e' | 'shipped';
  /** Reuse a profile folder (to test that data survives a browser restart). */
  userDataDir?: string;
  /** Window size; `null`: the window's own size (`npm start`, which must fit the screen). */
  viewport?: { width: number; height: number } | null;
  /**
   * Load this unpacked extension instead of Loketgids (the bench's peers, test/bench/peers.bench.ts).
   * It must have a background service worker, as Loketgids has.
   */
  extensionDir?: string;
  /** Extra hosts to serve a simple page on (e.g. example.org), to check the overlay stays away. */
  extraPages?: Record<string, string>;
  /**
   * A browser for a person (`npm start`): the extension pinned to the toolbar, no "controlled by
   * automated test software" bar, no warning bar about command-line flags.
   */
  demo?: boolean;
}

/**
 * The id Chromium gives an unpacked extension loaded from `dir`: the first 128 bits of the
 * SHA-256 of its absolute path, each hex digit written as a letter a–p.
 *
 * @example
 * unpackedExtensionId('/work/main/.output/chrome-mv3') // → 'kfmd…' (32 letters a–p)
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** A fresh profile whose toolbar shows the extension (Chromium keeps pinned ids in Preferences). */
async function pinInProfile(userDataDir: string, extensionId: string): Promise<void> {
  await mkdir(join(userDataDir, 'Default'), { recursive: true });
  const preferences = { extensions: { pinned_extensions: [extensionId] } };
  await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(preferences));
}

/**
 * Launch Chromium with the built extension (`.output/chrome-mv3`, made by `wxt build`) and the
 * practice portal served on the real portal hostnames.
 */
export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const dir = options.extensionDir ?? (options.build === 'shipped' ? EXTENSION_DIR : E2E_EXTENSION_DIR);
  if (!existsSync(join(dir, 'manifest.json'))) {
    const command = options.build === 'shipped' ? 'npx wxt build' : 'npx wxt build --mode e2e';
    throw new Error(`No built extension in ${dir}: run "${command}" first.`);
  }
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'loketgids-e2e-')));
  if (options.demo && !options.userDataDir) await pinInProfile(userDataDir, unpackedExtensionId(dir));
  // The sandbox needs a normal user; root (CI containers) must run without it.
  const root = process.getuid?.() === 0;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChrome(),
    headless: options.headless ?? true,
    ignoreDefaultArgs: options.demo ? ['--disable-extensions', '--enable-automation'] : ['--disable-extensions'],
    viewport: options.viewport === undefined ? { width: 1280, height: 860 } : options.viewport,
    locale: 'nl-BE',
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...(options.demo && !root ? [] : ['--no-sandbox']),
      // No warning bar about the flags above in a window a person uses.
      ...(options.demo ? ['--test-type'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);

  // Everything not routed below is refused and recorded: no test reaches the network, and a
  // request the extension makes on its own would show up here.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.fallback();
    foreignRequests.push(url);
    return route.abort();
  });
  for (const [host, body] of Object.entries(options.extraPages ?? {})) {
    await context.route(`https://${host}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
  }
  await servePractice(context, options);

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    worker,
    errors,
    foreignRequests,
    userDataDir,
    async open(id, page) {
      const target = page ?? (await context.newPage());
      await target.goto(practiceUrl(practicePage(id)));
      return target;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Every practice page id, for `it.each` over the whole portal. */
export function allPracticePageIds(): string[] {
  return PRACTICE_PAGES.map((page) => page.id);
}
