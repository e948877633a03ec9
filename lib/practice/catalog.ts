import { z } from 'zod';
import { PORTALS, type PortalId } from '../portals';

/**
 * The practice portal: hand-written replicas of the portal pages of DOMAIN.md §7, kept in
 * `public/practice/<portal>/<page>.<variant>.html`, each served on the **real portal hostname**
 * at `path` (by the end-to-end tests and by `npm start`, which routes those hosts to the files).
 *
 * Nobody outside the portals has published their HTML, so each page exists in markup variants:
 * - `plain`: ordinary HTML;
 * - `vl`: the Flemish design system's classes (`vl-title`, `vl-button`, `vl-input-field`, …);
 * - `spa`: `vl` markup rendered a moment after load by a web component with an open shadow
 *   root (`public/practice/assets/spa.js`), like a single-page app;
 * - `fr` / `de`: the same portal in another language (socialsecurity.be).
 * A page lists the variants it has; `plain` always exists.
 */
export const VARIANTS = ['plain', 'vl', 'spa', 'fr', 'de'] as const;
export type Variant = (typeof VARIANTS)[number];

const pageSchema = z.object({
  /** `<portal>.<state>`, e.g. `wse.kbo-prompt`. Flows and tests refer to these ids. */
  id: z.string().regex(/^(wse|gb|sz|wpd)\.[a-z0-9-]+$/),
  portal: z.enum(['wse', 'gb', 'sz', 'wpd']),
  /** Path (with optional query) on the portal's first host where the page is served. */
  path: z.string().startsWith('/'),
  /** What a trainer sees in the practice portal's list. */
  title: z.string().min(1),
  variants: z.array(z.enum(VARIANTS)).min(1),
  /** Host index in PORTALS[portal].hosts, when the page belongs on another host (e.g. socialsecurity.be). */
  host: z.number().int().min(0).optional(),
});
export type PracticePage = z.infer<typeof pageSchema> & { portal: PortalId };

export const PRACTICE_PAGES: readonly PracticePage[] = z.array(pageSchema).parse([
  // Filled in by the replica pages: one entry per page file group.
]) as PracticePage[];

/** The https URL a practice page is served on. */
export function practiceUrl(page: PracticePage): string {
  const hosts = PORTALS[page.portal].hosts as readonly string[];
  return `https://${hosts[page.host ?? 0]}${page.path}`;
}

/** The file (relative to `public/practice/`) that holds a page in a variant, falling back to `plain`. */
export function practiceFile(page: PracticePage, variant: Variant): string {
  const v = page.variants.includes(variant) ? variant : 'plain';
  return `${page.portal}/${page.id.slice(page.portal.length + 1)}.${v}.html`;
}

/** A page by id; throws naming the id, for tests and flows that refer to a page that does not exist. */
export function practicePage(id: string): PracticePage {
  const page = PRACTICE_PAGES.find((p) => p.id === id);
  if (!page) throw new Error(`Unknown practice page "${id}"`);
  return page;
}
