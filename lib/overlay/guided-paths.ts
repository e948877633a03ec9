/**
 * The pages of each portal where the guide was needed before (a screen it was sure of, one the
 * person pinned or taught, an unclear page while a task was under way), so that the content script can fetch the guide module at once on such a page,
 * while the page still loads (lib/overlay/lazy.ts `fetchGuideModule`), instead of after reading it.
 *
 * Design note (issue "as light as a tour library"): the module took ~57 ms from `import()` to its
 * first line on the bench machine, most of it fetching and parsing off the main thread; started
 * at document_start it is there by the time the page has been read. Fetched only where it was
 * needed before, so a page no flow knows still pays nothing for it. People open the same screens
 * all day (the login page, the KBO prompt), so the list fills on the first day.
 *
 * Kept in `storage.local` only (nothing leaves the browser): paths, no query or hash, digits
 * masked as `#` (a KBO number or ticket number in a path is not kept), at most 40 per portal, the
 * newest first.
 */
import { browser } from 'wxt/browser';
import type { PortalId } from '../portals';

export const GUIDED_PATHS_KEY = 'loketgids:guided-paths';
const MOST = 40;

export type GuidedPaths = Partial<Record<PortalId, string[]>>;

/** A page's path as kept: digits masked, at most 200 characters. */
export const pathKey = (pathname: string) => pathname.replace(/\d/g, '#').slice(0, 200);

/** What is kept, read once per page (an empty list where nothing is, or what is there is no list). */
export async function readGuidedPaths(): Promise<GuidedPaths> {
  return guidedPathsFrom(await browser.storage.local.get(GUIDED_PATHS_KEY));
}

/** What is kept, in what storage.local holds (all of it, or the `GUIDED_PATHS_KEY` entry read alone). */
export function guidedPathsFrom(stored: Record<string, unknown>): GuidedPaths {
  const raw = stored[GUIDED_PATHS_KEY];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: GuidedPaths = {};
  for (const [portal, list] of Object.entries(raw as Record<string, unknown>)) {
    if (Array.isArray(list)) out[portal as PortalId] = list.filter((path): path is string => typeof path === 'string');
  }
  return out;
}

/** Whether the guide was needed on this path before. */
export const guidedBefore = (paths: GuidedPaths, portal: PortalId, pathname: string) =>
  paths[portal]?.includes(pathKey(pathname)) ?? false;

/**
 * Keep this path as one where the guide was needed (written only when it is new); returns what is
 * kept now.
 */
export async function rememberGuidedPath(paths: GuidedPaths, portal: PortalId, pathname: string): Promise<GuidedPaths> {
  const key = pathKey(pathname);
  const list = paths[portal] ?? [];
  if (list.includes(key)) return paths;
  const next = { ...paths, [portal]: [key, ...list].slice(0, MOST) };
  await browser.storage.local.set({ [GUIDED_PATHS_KEY]: next });
  return next;
}
