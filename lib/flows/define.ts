/**
 * One portal's guide data as the content script uses it: its page states and flows with zod's
 * defaults filled in by hand and frozen. No zod on a portal page: the data is checked where it is
 * written — the schemas and the cross-reference check (lib/flows/check.ts) run in the unit tests
 * and at every build (wxt.config.ts), and a test holds `definePortalGuide` to the zod parse of
 * the same input, so the defaults below cannot drift from the schemas'.
 */

import type { Recognisable } from '../guide/recognise';
import type { Flow, FlowInput, PageState, PageStateInput, Signal, SignalInput, Step } from '../guide/schema';

export interface PortalGuide {
  pages: readonly PageState[];
  pagesById: ReadonlyMap<string, PageState>;
  flows: readonly Flow[];
}

/** What the guide was made from (checked by lib/flows/check.ts). */
export interface PortalGuideInput {
  pages: readonly PageStateInput[];
  flows: readonly FlowInput[];
}

function signal(input: SignalInput): Signal {
  if (input.kind === 'text') return { ...input, in: input.in ?? 'page', required: input.required ?? false };
  if (input.kind === 'role' || input.kind === 'pattern') return { ...input, required: input.required ?? false };
  return input;
}

function page(input: PageStateInput): PageState {
  const targets: PageState['targets'] = {};
  for (const [key, target] of Object.entries(input.targets ?? {})) {
    targets[key] = { ...target, selectors: target.selectors ?? [] };
  }
  return {
    ...input,
    recognise: {
      ...input.recognise,
      signals: input.recognise.signals.map(signal),
      threshold: input.recognise.threshold ?? 0.6,
      generic: input.recognise.generic ?? false,
    },
    targets,
  };
}

function flow(input: FlowInput): Flow {
  const steps: Step[] = input.steps.map((step) => ({
    ...step,
    features: step.features ?? [],
    problems: (step.problems ?? []).map((problem) => ({ ...problem, features: problem.features ?? [] })),
  }));
  return { ...input, grants: input.grants ?? [], profiles: input.profiles ?? [], steps };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The page states alone, as the content script's recogniser uses them (lib/overlay/boot.ts). */
export function definePages(inputs: readonly PageStateInput[]): readonly PageState[] {
  return deepFreeze(inputs.map(page));
}

/**
 * What the content script's recogniser needs of each screen: its id and its signals, defaults
 * filled in. The build writes this (and nothing else of the flows) into each portal's content
 * script through the virtual module `virtual:loketgids-screens/<portal>` (wxt.config.ts).
 */
export function recognitionScreens(inputs: readonly PageStateInput[]): Recognisable[] {
  return definePages(inputs).map(({ id, recognise: { signals, threshold, generic } }) => ({
    id,
    recognise: {
      // Sources are for people (the report, the tests); a `false` is what a missing key means.
      signals: signals.map(({ source: _source, ...signal }) => {
        if (signal.kind === 'path' || signal.kind === 'lang' || signal.required) return signal;
        const { required: _required, ...optional } = signal;
        return optional;
      }),
      threshold,
      ...(generic ? { generic } : {}),
    },
  }));
}

export function definePortalGuide(input: PortalGuideInput): PortalGuide {
  const pages = definePages(input.pages);
  return {
    pages,
    pagesById: new Map(pages.map((p) => [p.id, p])),
    flows: deepFreeze(input.flows.map(flow)),
  };
}

/** A portal without guided flows (every portal has its guide today; kept for a new portal's first build). */
export const NO_GUIDE: PortalGuide = { pages: [], pagesById: new Map(), flows: [] };
