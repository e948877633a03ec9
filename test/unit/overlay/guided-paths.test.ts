/**
 * The paths where the guide was needed (lib/overlay/guided-paths.ts): the content script fetches
 * the guide module at once on them. Kept locally, digits masked, few, and read safely whatever
 * storage holds.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  GUIDED_PATHS_KEY,
  guidedBefore,
  pathKey,
  readGuidedPaths,
  rememberGuidedPath,
} from '../../../lib/overlay/guided-paths';

beforeEach(() => fakeBrowser.reset());

describe('paths the guide was needed on', () => {
  it('remembers a path per portal, and knows it the next time', async () => {
    expect(guidedBefore(await readGuidedPaths(), 'wse', '/')).toBe(false);
    await rememberGuidedPath(await readGuidedPaths(), 'wse', '/');
    const paths = await readGuidedPaths();
    expect(guidedBefore(paths, 'wse', '/')).toBe(true);
    expect(guidedBefore(paths, 'gb', '/')).toBe(false);
    expect(guidedBefore(paths, 'wse', '/aanmelden')).toBe(false);
  });

  it('keeps no number of a path: digits are masked, and a path with another number is the same page', async () => {
    await rememberGuidedPath({}, 'sz', '/dossier/0417390123/aanvraag');
    const raw = (await browser.storage.local.get(GUIDED_PATHS_KEY))[GUIDED_PATHS_KEY];
    expect(JSON.stringify(raw)).not.toMatch(/\d/);
    expect(guidedBefore(await readGuidedPaths(), 'sz', '/dossier/0999888777/aanvraag')).toBe(true);
    expect(pathKey('/a/12')).toBe('/a/##');
  });

  it('writes only a new path, and keeps the 40 newest', async () => {
    let paths = await rememberGuidedPath({}, 'gb', '/x');
    const again = await rememberGuidedPath(paths, 'gb', '/x');
    expect(again).toBe(paths);
    for (let i = 0; i < 45; i++) paths = await rememberGuidedPath(paths, 'gb', `/p${'x'.repeat(i)}`);
    const kept = (await readGuidedPaths()).gb ?? [];
    expect(kept).toHaveLength(40);
    expect(kept[0]).toBe(`/p${'x'.repeat(44)}`);
    expect(kept).not.toContain('/x');
  });

  it('reads what is no list as nothing', async () => {
    await browser.storage.local.set({ [GUIDED_PATHS_KEY]: 'rubbish' });
    expect(await readGuidedPaths()).toEqual({});
    await browser.storage.local.set({ [GUIDED_PATHS_KEY]: { wse: ['/', 3, null], gb: 'x' } });
    expect(await readGuidedPaths()).toEqual({ wse: ['/'] });
  });
});
