/**
 * Every portal's guide data together (tests, the bench, the popup's architecture checks). A
 * portal's content script imports only its own folder (`lib/flows/<portal>/index.ts`).
 * Adding a flow: one file in `lib/flows/<portal>/`, one line in that portal's index (the
 * architecture test fails on a flow file that is not listed).
 */
import type { Flow, PageState } from '../guide/schema';
import type { PortalGuideInput } from './define';
import { GB_GUIDE, GB_INPUT } from './gb';
import { SZ_GUIDE, SZ_INPUT } from './sz';
import { WPD_GUIDE, WPD_INPUT } from './wpd';
import { WSE_GUIDE, WSE_INPUT } from './wse';

const GUIDES = [WSE_GUIDE, GB_GUIDE, SZ_GUIDE, WPD_GUIDE];

/** Each guided portal's data as written, for the checks (lib/flows/check.ts). */
export const GUIDE_INPUTS: Readonly<Record<string, PortalGuideInput>> = {
  wse: WSE_INPUT,
  gb: GB_INPUT,
  sz: SZ_INPUT,
  wpd: WPD_INPUT,
};

export const PAGES: readonly PageState[] = GUIDES.flatMap((guide) => guide.pages);

export const PAGES_BY_ID: ReadonlyMap<string, PageState> = new Map(PAGES.map((page) => [page.id, page]));

export const FLOWS: readonly Flow[] = GUIDES.flatMap((guide) => guide.flows);

/** A flow by id, or undefined. */
export function findGuideFlow(id: string): Flow | undefined {
  return FLOWS.find((flow) => flow.id === id);
}
