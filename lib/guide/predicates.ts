/**
 * Named checks on a page's structure, for the few page states that visible text alone cannot tell
 * apart. Detectors name them (`detect.predicate`); keep each small, cheap and dated.
 */
import type { PageView } from './dom';
import { elementsWithText, parentAcross } from './target';

/** Text on the tile of one's own, personal login (seed 001 step 2: "uw persoonlijke naam"). */
const PERSONAL_TILE_TEXT = 'In eigen naam';

function signature(element: Element): string {
  const parts: string[] = [];
  for (let node: Element | undefined = element, i = 0; node && i < 3; node = parentAcross(node), i++) {
    parts.push(`${node.tagName}.${node.getAttribute('class') ?? ''}`);
  }
  return parts.join('|');
}

const CLICKABLE = 'a[href], button, [role="button"], [role="link"]';

function personalTile(view: PageView): Element | undefined {
  for (const label of elementsWithText(view, PERSONAL_TILE_TEXT)) {
    for (let node: Element | undefined = label, hops = 0; node && hops < 5; node = parentAcross(node), hops++) {
      if (node.matches(CLICKABLE)) return node;
    }
  }
  return undefined;
}

/**
 * How many login tiles the organisation choice shows besides the personal one: tiles are the
 * clickable elements built like the personal tile (same tag and class, same two parents).
 * 2026-11: replica markup marks the personal tile "In eigen naam"; real markup unknown.
 */
export function organisationTileCount(view: PageView): number | undefined {
  const personal = personalTile(view);
  if (!personal) return undefined;
  const sig = signature(personal);
  return view.queryAll(CLICKABLE).filter((el) => el !== personal && signature(el) === sig).length;
}

export const PREDICATES = {
  /** Seed 001 step 2: "Ziet u enkel uw persoonlijke naam staan en geen organisatie?" */
  'only-personal-tile': (view: PageView) => organisationTileCount(view) === 0,
  /** The organisation choice with at least one organisation tile (or no recognisable personal tile). */
  'organisation-tiles': (view: PageView) => organisationTileCount(view) !== 0,
} satisfies Record<string, (view: PageView) => boolean>;

export type PredicateId = keyof typeof PREDICATES;
export const PREDICATE_IDS = Object.keys(PREDICATES) as [PredicateId, ...PredicateId[]];
