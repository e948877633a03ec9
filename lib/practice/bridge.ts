/**
 * The Oefenmodus page and the replica in its frame talk through one object on the page's window
 * (both are this extension's own pages, same origin): the frame's guide script
 * (entrypoints/practice-guide.ts) asks the page for its session — the portal URL the replica
 * stands for, the practice settings and tab state, where a link leads — and tells it what the
 * guide shows. Nothing here reaches a portal page or the background.
 *
 * Values cross between two JavaScript realms (page and frame): only plain data and functions,
 * copied with `structuredClone` on the frame's side before the guide uses them.
 */

import type { TabState } from '../guide/tab-state';
import type { GuideView } from '../guide/view';
import type { PortalId } from '../portals';
import type { Settings } from '../state';

export const BRIDGE_KEY = '__loketgidsOefenmodus';

export interface PracticeFrameSession {
  portal: PortalId;
  /** The portal URL the frame's replica stands for. */
  url(): string;
  presenter: boolean;
  /** A frame of the printable hand-out: ring only, no card. */
  still: boolean;
  settings(): Settings;
  loadTabState(): TabState | null;
  saveTabState(state: TabState | null): void;
  /** A link or form in the replica leads here (a portal URL, resolved against `url()`). */
  navigate(url: string): void;
  /** A key pressed in the replica (outside its fields); true when the Oefenmodus used it. */
  key(key: string): boolean;
  /** What the guide shows now (the Oefenmodus keeps its step list in step with it). */
  onView(view: PracticeViewSummary): void;
}

/** The little the Oefenmodus needs of the guide's view. */
export interface PracticeViewSummary {
  flowId?: string;
  stepId?: string;
  /** 1-based step number, when a step is shown. */
  number?: number;
  target: GuideView['target'];
  unsure: boolean;
}

export interface PracticeHost {
  session(frame: Window): PracticeFrameSession | undefined;
}

/** The host the Oefenmodus page put on its window, as seen from a frame. */
export function findPracticeHost(frame: Window): PracticeHost | undefined {
  try {
    if (frame.parent === frame) return undefined;
    return (frame.parent as unknown as Record<string, PracticeHost | undefined>)[BRIDGE_KEY];
  } catch {
    return undefined;
  }
}
