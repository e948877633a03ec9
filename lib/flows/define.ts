/**
 * One portal's guide data as the content script uses it: its page states and flows with zod's
 * defaults filled in by hand and frozen. No zod on a portal page: the data is checked where it is
 * written — the schemas and the cross-reference check (lib/flows/check.ts) run in the unit tests
 * and at every build (wxt.config.ts), and a test holds `definePortalGuide` to the zod parse of
 * the same input, so the defaults below cannot drift from the schemas'.
 */

import type { Screen } from '../guide/recognise';
import type { Flow, FlowInput, PageState, PageStateInput, Signal, SignalInput, Step, Target } from '../guide/schema';
import type { Fingerprint } from '../guide/target';

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
 * What the content script needs of each screen: its id and its signals, without their sources or
 * any default written out; and, where every step of every flow on that screen marks the same
 * target with no placeholder in it, that step and target (`mark`), so the content script can show
 * it before the guide module is there (lib/overlay/early-mark.ts). The build writes this (and
 * nothing else of the flows) into each portal's content script through the virtual module
 * `virtual:loketgids-screens/<portal>` (wxt.config.ts).
 */
export function recognitionScreens(input: PortalGuideInput): Screen[] {
  const { pages, flows } = definePortalGuide(input);
  const steps = flows.flatMap((f) => f.steps);
  return pages.map(({ id, recognise: { signals, threshold, generic }, targets }) => {
    const mark = earlyMark(id, steps, (key) => targets[key]);
    return {
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
      ...(mark ? { mark } : {}),
    };
  });
}

/** The one step and target every flow shows on a screen, if there is one and it needs no value. */
function earlyMark(
  screen: string,
  steps: readonly Step[],
  targetOf: (key: string) => Target | undefined,
): Screen['mark'] {
  // A screen some step calls a problem shows that step's problem, with no target.
  if (steps.some((step) => step.problems.some((problem) => problem.page === screen))) return undefined;
  const here = steps.filter((step) => step.page === screen);
  const [first] = here;
  if (!first?.target || here.some((step) => step.id !== first.id || step.target !== first.target)) return undefined;
  const target = targetOf(first.target);
  if (!target) return undefined;
  const { lookFor: _lookFor, selectors, ...rest } = target;
  const fingerprint: Fingerprint = { ...rest, selectors: selectors.map(({ css }) => ({ css })) };
  // `{ownOrganisation}`, `{service}`: filled from settings and tab state, which only the guide reads.
  if (/\{\w+\}/.test(JSON.stringify(fingerprint))) return undefined;
  return { step: first.id, target: fingerprint };
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
