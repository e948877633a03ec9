/**
 * Running the step's features (lib/guide/features/, one file each) on a detection round and
 * gathering what they add to the card; and `ask`, the answers that live as long as the guide.
 */
import type { PageView } from '../dom';
import type { FeatureContext } from '../features/types';
import type { ClientPicker } from './client-picker';
import { type Core, lang, stepFeatures } from './state';

export interface FeatureRunner {
  run(view: PageView, stepChanged: boolean): void;
  /** Forget the answers (the settings or the chosen service changed). */
  forget(): void;
}

export function createFeatureRunner(core: Core, picker: ClientPicker): FeatureRunner {
  const { deps, state } = core;
  /** Answers that lived as long as the guide (explanations), see `FeatureContext.ask`. */
  const memo = new Map<string, unknown>();

  function ask<T>(key: string, load: () => T | Promise<T>): T | undefined {
    if (memo.has(key)) return memo.get(key) as T | undefined;
    let value: T | Promise<T>;
    try {
      value = load();
    } catch {
      memo.set(key, undefined);
      return undefined;
    }
    if (value instanceof Promise) {
      memo.set(key, undefined);
      value.then(
        (answer) => {
          memo.set(key, answer);
          core.tickSoon();
        },
        () => undefined,
      );
      return undefined;
    }
    memo.set(key, value);
    return value;
  }

  return {
    run(view, stepChanged) {
      const context: FeatureContext = {
        view,
        stepChanged,
        signal: state.stepController?.signal ?? deps.signal,
        flow: state.flow,
        match: state.match,
        settings: state.settings,
        activeClient: state.activeClient,
        tab: state.tab,
        lang: lang(state),
        explain: deps.explain,
        recordObservation: deps.recordObservation,
        saveRenewals: deps.saveRenewals,
        now: core.now,
        ask,
      };
      const outputs = stepFeatures(state).map(
        (feature) => deps.features[feature.kind]?.onStep?.(feature, context) ?? {},
      );
      state.topWarnings = outputs.flatMap((out) => out.warnings ?? []);
      state.services = outputs.find((out) => out.services)?.services;
      state.explanations = outputs.flatMap((out) => out.explanations ?? []);
      state.facts = outputs.find((out) => out.facts)?.facts;
      state.renewals = outputs.find((out) => out.renewals)?.renewals;
      state.ticket = outputs.find((out) => out.ticket)?.ticket;
      picker.update(outputs.some((out) => out.picker));
    },
    forget() {
      memo.clear();
    },
  };
}
