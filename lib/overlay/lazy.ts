/**
 * The handshake between a portal's two scripts (lib/overlay/boot.ts):
 * - the content script (always on the portal's pages, small: the recogniser and the launcher);
 * - the guide module `/<portal>-guide.js` (entrypoints/<portal>-guide.ts: the card, the portal's flows
 *   and step features, Preact), loaded with `import()` only once a page needs it.
 *
 * A module imported by a content script runs in the content script's isolated world: same
 * `globalThis`, no page script can see it. The content script leaves what the module needs there
 * under one key; the module takes it (once) and answers through `done`.
 *
 * @example
 * // content script
 * const handle = await loadGuideModule('/wse-guide.js', boot);
 * // guide module
 * defineUnlistedScript(() => acceptBoot((boot) => startOverlay(boot.ctx, 'wse', WSE_GUIDE, WSE_FEATURES, boot.options)));
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OverlayHandle, OverlayOptions } from './start';

const KEY = Symbol.for('loketgids.guide-boot');

export interface GuideBoot {
  ctx: ContentScriptContext;
  options: OverlayOptions;
}

interface Pending extends GuideBoot {
  done(handle: OverlayHandle | undefined): void;
  fail(error: unknown): void;
}

type Slot = { [KEY]?: Pending };

/** The content script's side: import the guide module and wait for its overlay. */
export function loadGuideModule(file: `/${string}.js`, boot: GuideBoot): Promise<OverlayHandle | undefined> {
  return new Promise((done, fail) => {
    (globalThis as Slot)[KEY] = { ...boot, done, fail };
    // The file is listed in the manifest's web_accessible_resources for this portal's hosts only.
    import(/* @vite-ignore */ browser.runtime.getURL(file as '/')).catch(fail);
  });
}

/** The guide module's side: start with what the content script left, once. */
export function acceptBoot(start: (boot: GuideBoot) => Promise<OverlayHandle | undefined>): void {
  const slot = globalThis as Slot;
  const pending = slot[KEY];
  delete slot[KEY];
  if (!pending) return;
  start(pending).then(pending.done, pending.fail);
}
