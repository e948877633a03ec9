/**
 * `npm start` for a first demo (test/support/start.ts), run as a person would but without a
 * window: the Oefenmodus opens with the extension pinned to the toolbar; without a display it says
 * how to run headless and stops; an unknown page is refused with the list of pages.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const START = join(ROOT, 'test/support/start.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

async function start(env: Record<string, string | undefined>, args: string[] = []) {
  const clean = { ...process.env, ...env };
  for (const [key, value] of Object.entries(clean)) if (value === undefined) delete clean[key];
  return run(TSX, [START, ...args], { cwd: ROOT, env: clean as NodeJS.ProcessEnv, timeout: 60_000 }).then(
    (out) => ({ code: 0, ...out }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe('npm start', () => {
  it('opens the Oefenmodus with the extension pinned to the toolbar', async () => {
    const result = await start({ LOKETGIDS_HEADLESS: '1' });
    expect(result.stdout).toContain('oefenmodus.html');
    expect(result.stdout).toContain('headless check: overlay present, toolbar pinned');
    expect(result.code).toBe(0);
  });

  it('without a display, says how to run headless, and stops', async () => {
    const result = await start({ LOKETGIDS_HEADLESS: undefined, DISPLAY: undefined, WAYLAND_DISPLAY: undefined });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('LOKETGIDS_HEADLESS=1 npm start');
  });

  it('refuses an unknown practice page, listing the pages there are', async () => {
    const result = await start({ LOKETGIDS_HEADLESS: '1' }, ['--page', 'wse.bestaat-niet']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Onbekende oefenpagina');
    expect(result.stderr).toContain('wse.kbo-prompt');
  });
});
