/**
 * What the guide remembers per browser tab: the chosen task (flow), how it was chosen, the last
 * step shown (to break ties when a screen occurs twice in a flow) and the service picked on the
 * WSE overview. Kept by the background in `storage.session` (cleared when the browser closes),
 * reached from the content script through `guide.getTabState` / `guide.setTabState`.
 *
 * Never holds a rijksregisternummer or anything typed into a portal field.
 */
import { z } from 'zod';
import { request } from '../messaging';

export const tabStateSchema = z
  .object({
    flowId: z.string().min(1),
    /** `user`: picked in the card; `page`: the page picked it; `default`: from the profile. */
    chosenBy: z.enum(['user', 'page', 'default']),
    lastStepId: z.string().optional(),
    lastIndex: z.number().int().min(0).optional(),
    /** Service title picked on the WSE aanvraag overview (`wse.ss.aanvraag-voor-klant`). */
    service: z.string().max(200).optional(),
    done: z.boolean().optional(),
    /** The screen the user said this page is (the guide was unsure), for this URL path. */
    pinned: z
      .object({ pageId: z.string().min(1).max(80), path: z.string().max(500) })
      .strict()
      .optional(),
    updatedAt: z.number(),
  })
  .strict();
export type TabState = z.infer<typeof tabStateSchema>;

/** Parse what the background gave back; anything malformed counts as no state. */
export function parseTabState(value: unknown): TabState | null {
  const parsed = tabStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The tab's guide state, or null (also when the background cannot be reached). */
export async function loadTabState(): Promise<TabState | null> {
  try {
    const { state } = await request<'guide.getTabState'>({ type: 'guide.getTabState' });
    return parseTabState(state);
  } catch {
    return null;
  }
}

/** Store the tab's guide state; failures are ignored (the guide then just derives again). */
export async function saveTabState(state: TabState | null): Promise<void> {
  try {
    await request({ type: 'guide.setTabState', state: state === null ? null : tabStateSchema.parse(state) });
  } catch {
    // The worker may be restarting; the page itself still tells the step.
  }
}
