/**
 * What the guide remembers per browser tab: the chosen task (flow), how it was chosen, the last
 * step shown (to break ties when a screen occurs twice in a flow) and the service picked on the
 * WSE overview. Kept by the background in `storage.session` (cleared when the browser closes),
 * reached from the content script through `guide.getTabState` / `guide.setTabState`; the
 * background checks it with zod (lib/guide/tab-state-schema.ts), the page with `parseTabState`.
 *
 * Never holds a rijksregisternummer or anything typed into a portal field.
 */
import { isNumber, isRecord, isString, onlyKeys, pick } from '../guard';
import { passOn, request, send } from '../messaging';

export interface TabState {
  flowId: string;
  /** `user`: picked in the card; `page`: the page picked it; `default`: from the profile. */
  chosenBy: 'user' | 'page' | 'default';
  lastStepId?: string;
  lastIndex?: number;
  /** Service title picked on the WSE aanvraag overview (`wse.ss.aanvraag-voor-klant`). */
  service?: string;
  done?: boolean;
  /** The screen the user said this page is (the guide was unsure), for this URL path. */
  pinned?: { pageId: string; path: string };
  updatedAt: number;
}

const KEYS = ['flowId', 'chosenBy', 'lastStepId', 'lastIndex', 'service', 'done', 'pinned', 'updatedAt'] as const;
const CHOSEN_BY = ['user', 'page', 'default'];

function isPinned(value: unknown): boolean {
  return (
    isRecord(value) && onlyKeys(value, ['pageId', 'path']) && isString(value.pageId, 80, 1) && isString(value.path, 500)
  );
}

/** What the background gave back, in its checked shape; anything malformed counts as no state. */
export function parseTabState(value: unknown): TabState | null {
  if (!isRecord(value) || !onlyKeys(value, KEYS)) return null;
  const v = value;
  const ok =
    isString(v.flowId, Number.POSITIVE_INFINITY, 1) &&
    CHOSEN_BY.includes(v.chosenBy as string) &&
    (v.lastStepId === undefined || isString(v.lastStepId)) &&
    (v.lastIndex === undefined || isNumber(v.lastIndex, { int: true, min: 0 })) &&
    (v.service === undefined || isString(v.service, 200)) &&
    (v.done === undefined || typeof v.done === 'boolean') &&
    (v.pinned === undefined || isPinned(v.pinned)) &&
    isNumber(v.updatedAt);
  if (!ok) return null;
  return pick<TabState>(v, KEYS);
}

/** The tab's guide state, or null (also when the background cannot be reached). */
export async function loadTabState(): Promise<TabState | null> {
  try {
    // The answer's one guard, not the table of all (this runs in every portal page's content script).
    const { state } = await send<'guide.getTabState'>({ type: 'guide.getTabState' }, passOn('state'));
    return parseTabState(state);
  } catch {
    return null;
  }
}

/** Store the tab's guide state; failures are ignored (the guide then just derives again). */
export async function saveTabState(state: TabState | null): Promise<void> {
  try {
    await request({ type: 'guide.setTabState', state });
  } catch {
    // The worker may be restarting; the page itself still tells the step.
  }
}
