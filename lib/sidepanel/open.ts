/**
 * Opening the browser's side panel (Chrome and Edge 116+: `chrome.sidePanel`, permission
 * `sidePanel`, the page from the manifest's `side_panel.default_path`, entrypoints/sidepanel).
 * The webextension polyfill and its types do not know this API: reached through `chrome` here.
 *
 * `sidePanel.open` works only in answer to a click (a user gesture). A click in the card on a
 * portal page reaches the background as a message, and the gesture holds only while the
 * listener runs: call this *before* any `await` (lib/sidepanel/handlers.ts).
 */
interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

function sidePanel(): SidePanelApi | undefined {
  return (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
}

/** Whether this browser has a side panel for extensions. */
export function hasSidePanel(): boolean {
  return typeof sidePanel()?.open === 'function';
}

/**
 * Open the side panel beside a tab (the panel of its window). Rejects where the browser has none
 * or the call came too late after the click.
 *
 * @example
 * button.onclick = () => void openSidePanel(tabId).catch(() => say('Het zijpaneel ging niet open.'));
 */
export function openSidePanel(tabId: number): Promise<void> {
  const api = sidePanel();
  if (!api) return Promise.reject(new Error('Deze browser heeft geen zijpaneel voor extensies.'));
  try {
    return api.open({ tabId });
  } catch (error) {
    return Promise.reject(error);
  }
}
