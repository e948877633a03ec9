/**
 * Corrections at work on a page: which of them fit it (their signature matches), what that adds
 * to recognition (lib/guide/recognise.ts `taught`), which element a fitting correction makes the
 * target, and making a new correction from what a person taught.
 */
import type { PageView } from '../guide/dom';
import type { Flow, PageState } from '../guide/schema';
import type { PortalId } from '../portals';
import { type FingerprintResult, findByFingerprint, fingerprintOf } from './fingerprint';
import type { Correction, PageSignature } from './model';
import { pageSignature, SIGNATURE_MATCH, signatureMatch } from './signature';

export interface Fitting {
  /** Page-state id → how well the page fits its best correction (for `recognise`'s `taught`). */
  taught: Map<string, number>;
  /** The corrections that fit, best first. */
  fitting: { correction: Correction; match: number }[];
}

/**
 * The corrections that fit a page.
 *
 * @example
 * const { taught } = fittingCorrections(view, GB_GUIDE.pages, corrections);
 * recognise(GB_GUIDE.pages, view, { taught });
 */
export function fittingCorrections(
  view: PageView,
  pages: readonly PageState[],
  corrections: readonly Correction[],
): Fitting {
  const taught = new Map<string, number>();
  if (corrections.length === 0) return { taught, fitting: [] };
  const now = pageSignature(view, pages);
  const fitting = corrections
    .map((correction) => ({ correction, match: signatureMatch(correction.signature, now) }))
    .filter((c) => c.match >= SIGNATURE_MATCH)
    .sort((a, b) => b.match - a.match);
  for (const { correction, match } of fitting) {
    taught.set(correction.page, Math.max(taught.get(correction.page) ?? 0, match));
  }
  return { taught, fitting };
}

/**
 * The target a fitting correction gives a step's target on this page: `found`, `ambiguous` (mark
 * nothing, and do not fall back on the flow's own fingerprint either: the person said the flow's
 * was wrong here), or `none` (no correction for it, or its element is not on the page).
 */
export function taughtTarget(
  view: PageView,
  fitting: Fitting['fitting'],
  pageId: string,
  targetKey: string,
): FingerprintResult {
  for (const { correction } of fitting) {
    if (correction.page !== pageId || correction.target !== targetKey || !correction.element) continue;
    const found = findByFingerprint(view, correction.element);
    if (found.kind !== 'none') return found;
  }
  return { kind: 'none' };
}

/** A short unique id (time and randomness; no page data). */
export function correctionId(now: number): string {
  const random = Math.floor(Math.random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `c-${now.toString(36)}-${random}`;
}

/**
 * A correction from what a person taught: this page is `stepId` of `flow`, and (when the step
 * has a target) `element` is its target.
 *
 * @example
 * makeCorrection({ view, pages, portal: 'gb', flow, stepId: 'gebruiker', element: link, now: Date.now() })
 */
export function makeCorrection(input: {
  view: PageView;
  pages: readonly PageState[];
  portal: PortalId;
  flow: Flow;
  stepId: string;
  element?: Element;
  now: number;
  signature?: PageSignature;
}): Correction | undefined {
  const step = input.flow.steps.find((s) => s.id === input.stepId);
  if (!step) return undefined;
  const correction: Correction = {
    id: correctionId(input.now),
    portal: input.portal,
    flow: input.flow.id,
    step: step.id,
    page: step.page,
    signature: input.signature ?? pageSignature(input.view, input.pages),
    createdAt: input.now,
    source: 'local',
  };
  if (step.target && input.element) {
    correction.target = step.target;
    correction.element = fingerprintOf(input.view, input.element);
  }
  return correction;
}

/** What a correction says about a page now (the options page's "Test op de huidige pagina"). */
export interface CorrectionTest {
  /** 0..1, how well the page fits the correction's signature (0 on another path). */
  match: number;
  fits: boolean;
  target: 'found' | 'ambiguous' | 'not-found' | 'no-target';
}

export function testCorrection(view: PageView, pages: readonly PageState[], correction: Correction): CorrectionTest {
  const match = signatureMatch(correction.signature, pageSignature(view, pages));
  const found = correction.element ? findByFingerprint(view, correction.element) : undefined;
  return {
    match: Math.round(match * 100) / 100,
    fits: match >= SIGNATURE_MATCH,
    target: !found ? 'no-target' : found.kind === 'none' ? 'not-found' : found.kind,
  };
}
