/**
 * Look at one replica file as a browser shows it, without the extension: `tsx
 * test/support/view-replica.ts wse/home.lit.html https://wse-loket.vlaanderen.be/home out.png`.
 * Serves the file at that URL (assets at /practice/assets/ as usual), waits for late rendering,
 * writes a screenshot and prints the accessibility tree's buttons, links, fields and headings
 * (shadow roots included), so a replica's author can check what a person and a screen reader get.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from './browser';
import { PRACTICE_DIR } from './practice-server';

const [file, url, out = '/tmp/replica.png'] = process.argv.slice(2);
if (!file || !url) {
  console.error('usage: tsx test/support/view-replica.ts <file under public/practice> <https URL> [out.png]');
  process.exit(2);
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'nl-BE' });
await context.route('**/*', async (route) => {
  const target = new URL(route.request().url());
  if (target.pathname.startsWith('/practice/assets/')) {
    const asset = target.pathname.slice('/practice/'.length);
    try {
      const body = await readFile(join(PRACTICE_DIR, asset));
      return route.fulfill({ status: 200, body, contentType: TYPES[extname(asset)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  }
  if (target.href.split('?')[0] === url.split('?')[0]) {
    return route.fulfill({ status: 200, body: await readFile(join(PRACTICE_DIR, file)), contentType: 'text/html' });
  }
  return route.fulfill({ status: 404, body: 'not served by view-replica' });
});
const page = await context.newPage();
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto(url);
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: true });
const cdp = await context.newCDPSession(page);
const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
  nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
};
const wanted = new Set(['button', 'link', 'textbox', 'heading', 'checkbox', 'radio', 'combobox', 'row', 'cell']);
for (const node of nodes) {
  const role = node.role?.value ?? '';
  if (!node.ignored && wanted.has(role)) console.log(`${role}: ${node.name?.value ?? ''}`);
}
if (errors.length) console.log(`ERRORS:\n${errors.join('\n')}`);
console.log(`screenshot: ${out}`);
await browser.close();
