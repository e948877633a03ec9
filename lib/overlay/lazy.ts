/**
 * The handshake between a portal's two scripts (lib/overlay/boot.ts):
 * - the content script (always on the portal's pages, small: the recogniser and the launcher);
 * - the guide module `/<portal>-guide.js` (entrypoints/<portal>-guide.ts: the card, the portal's flows
 *   and step features, Preact), loaded with `import()` only where a page needs it.
 *
 * A module imported by a content script runs in the content script's isolated world: same
 * `globalThis`, no page script can see it. The module offers its start there under one key and
 * starts nothing itself; the content script starts it with what it has read. So the module can be
 * fetched and parsed ahead (`fetchGuideModule`, on a page the guide guided before: Chromium parses
 * it off the main thread meanwhile) and started only once the page turns out to need it.
 *
 * @example
 * // content script
 * const handle = await loadGuideModule('/wse-guide.js', boot);
 * // guide module
 * defineUnlistedScript(() => offerGuide((boot) => startOverlay(boot.ctx, 'wse', WSE_GUIDE, WSE_FEATURES, boot.options)));
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OverlayHandle, OverlayOptions } from './start';

const KEY = Symbol.for('loketgids.guide-start');

export interface GuideBoot {
  ctx: ContentScriptContext;
  options: OverlayOptions;
}

type Start = (boot: GuideBoot) => Promise<OverlayHandle | undefined>;
type Slot = { [KEY]?: Start };

const fetched = new Map<string, Promise<Start>>();

/** Import the guide module (once per page) without starting it: its start, once it is there. */
export function fetchGuideModule(file: `/${string}.js`): Promise<Start> {
  let start = fetched.get(file);
  if (!start) {
    // The file is listed in the manifest's web_accessible_resources for this portal's hosts only.
    start = import(/* @vite-ignore */ browser.runtime.getURL(file as '/')).then(() => {
      const offered = (globalThis as Slot)[KEY];
      if (!offered) throw new Error(`${file} offered no guide`);
      return offered;
    });
    fetched.set(file, start);
  }
  return start;
}

/** The content script's side: import the guide module (if not yet) and start its overlay. */
export function loadGuideModule(file: `/${string}.js`, boot: GuideBoot): Promise<OverlayHandle | undefined> {
  return fetchGuideModule(file).then((start) => start(boot));
}

/** The guide module's side: leave its start for the content script. */
export function offerGuide(start: Start): void {
  (globalThis as Slot)[KEY] = start;
}
