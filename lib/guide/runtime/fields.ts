/**
 * The step's live field checks (a KBO number, a rijksregisternummer typed into the portal's
 * field). They listen for `input`/`change` on the document (capture, composed path), so a field
 * inside a shadow root or re-rendered by a single-page app is still checked.
 */
import type { GuideWarning } from '../checks';
import type { PageView } from '../dom';
import { fieldOf } from '../features/types';
import { isFillable } from '../fill';
import type { Feature } from '../schema';
import { type Core, fieldElement, stepFeatures } from './state';

/** The person stopped typing this long ago: the value is checked as final. */
const SETTLE_MS = 700;

export interface FieldChecks {
  /** A field already holding a value when its step appears (reload, browser autofill) is checked too. */
  checkFilled(view: PageView): void;
}

export function createFieldChecks(core: Core): FieldChecks {
  const { deps, state } = core;
  const { signal } = deps;
  let settleTimer = 0;
  let settleValue = '';

  function checkField(kind: Feature['kind'], value: string, settled: boolean): Promise<GuideWarning[]> {
    const check = deps.features[kind]?.checkField;
    return check ? check({ value, settled, getClient: deps.getClient }) : Promise.resolve([]);
  }

  /** The field feature of the step whose field is `element`. */
  function fieldFeatureFor(element: Element): Feature | undefined {
    const view = state.page;
    if (!view) return undefined;
    for (const feature of stepFeatures(state)) {
      const key = fieldOf(feature);
      if (key && fieldElement(state, view, key) === element) return feature;
    }
    return undefined;
  }

  async function onFieldValue(element: Element, settled: boolean): Promise<void> {
    const feature = fieldFeatureFor(element);
    if (!feature || !isFillable(element)) return;
    const value = element.value;
    const key = state.stepKey;
    const warnings = await checkField(feature.kind, value, settled);
    if (key !== state.stepKey || signal.aborted) return;
    // Only the latest value counts (typing goes on while a client look-up is under way).
    if (element.value !== value) return;
    state.fieldWarnings = warnings;
    core.emit();
  }

  function onInput(event: Event): void {
    const element = event.composedPath()[0];
    if (!(element instanceof Element) || !isFillable(element)) return;
    if (!fieldFeatureFor(element)) return;
    void onFieldValue(element, event.type === 'change');
    settleValue = element.value;
    if (settleTimer) clearTimeout(settleTimer);
    settleTimer = deps.scheduler.setTimeout(() => {
      settleTimer = 0;
      // The person stopped typing: now a short number is called what it is.
      if (element.value === settleValue) void onFieldValue(element, true);
    }, SETTLE_MS);
  }

  const options = { capture: true, passive: true, signal };
  deps.doc.addEventListener('input', onInput, options);
  deps.doc.addEventListener('change', onInput, options);

  return {
    checkFilled(view) {
      for (const feature of stepFeatures(state)) {
        const key = fieldOf(feature);
        const element = key ? fieldElement(state, view, key) : undefined;
        if (isFillable(element) && element.value.trim() !== '') void onFieldValue(element, true);
      }
    },
  };
}
