/**
 * Failure counts, kept locally (issue 10): how often each step was shown without finding its
 * target, or a task under way met a screen the guide was unsure of. Only the flow, the step, the
 * kind and a count — nothing of the page. The options page lists the steps that fail most.
 */

export const FAILURE_KINDS = ['no-target', 'unsure'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** One counted failure, as the content script reports it (`failures.add`). */
export interface FailureEntry {
  portal: string;
  flow: string;
  step: string;
  kind: FailureKind;
  count: number;
}
