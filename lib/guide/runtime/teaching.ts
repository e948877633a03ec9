/**
 * "Klopt dit niet?" and "Leer de gids dit scherm": the redacted report of the page, the picker
 * that lets the person choose a control, keeping what they taught, and testing a correction.
 */
import { fittingCorrections, makeCorrection, testCorrection } from '../../corrections/apply';
import { pickElement } from '../../corrections/picker';
import { readPage } from '../dom';
import { recognise } from '../recognise';
import { buildReport } from '../report';
import { scoreCandidates } from '../target';
import type { Guide } from '../view';
import { type Core, persist, vars } from './state';

export type Teaching = Pick<Guide, 'report' | 'canTeach' | 'teachSteps' | 'pick' | 'teach' | 'testCorrection'>;

export function createTeaching(core: Core): Teaching {
  const { deps, state, portalPages, now } = core;
  const { doc, signal, portal } = deps;
  const read = () => readPage(doc, deps.url?.());

  return {
    report() {
      if (!state.settings) return undefined;
      const { match, flow } = state;
      const view = read();
      const key = match && !match.problem ? match.step.target : undefined;
      const spec = key ? match?.page.targets[key] : undefined;
      return buildReport({
        view,
        recognition: recognise(portalPages, view, {
          full: true,
          taught: fittingCorrections(view, portalPages, state.corrections).taught,
        }),
        portal,
        extension: deps.version ?? '',
        flow: flow && { id: flow.id, step: match?.step.id },
        pinned: state.pinnedNow,
        target: key && spec ? { key, spec, candidates: scoreCandidates(view, spec, vars(state)) } : undefined,
      });
    },
    canTeach: deps.saveCorrection !== undefined,
    teachSteps() {
      return (state.flow?.steps ?? []).map((step, index) => ({
        id: step.id,
        number: index + 1,
        title: step.title,
        hasTarget: step.target !== undefined,
      }));
    },
    pick(handlers = {}) {
      const outline = deps.pickOutline ?? { show: () => undefined };
      const stop = new AbortController();
      signal.addEventListener('abort', () => stop.abort(), { once: true });
      handlers.signal?.addEventListener('abort', () => stop.abort(), { once: true });
      return pickElement({
        doc,
        isOwnNode: (node) => deps.isOwnNode?.(node) ?? false,
        outline,
        signal: stop.signal,
        onMove: handlers.onMove,
        onMiss: handlers.onMiss,
      });
    },
    async teach(stepId, element) {
      const { flow } = state;
      if (!flow || !deps.saveCorrection) return false;
      const correction = makeCorrection({
        view: read(),
        pages: portalPages,
        portal,
        flow,
        stepId,
        element,
        now: now(),
      });
      if (!correction) return false;
      await deps.saveCorrection(correction);
      // At once, before the stored list comes back through storage: one per screen and step.
      state.corrections = [
        ...state.corrections.filter(
          (c) =>
            !(c.page === correction.page && c.signature.path === correction.signature.path && c.source === 'local'),
        ),
        correction,
      ];
      // The person said which screen this is: a pin for this page would only stand in the way.
      if (state.tab?.pinned) persist(core, { ...state.tab, pinned: undefined, updatedAt: now() });
      state.stepKey = '';
      core.tick();
      return true;
    },
    testCorrection(correction) {
      return testCorrection(read(), portalPages, correction);
    },
  };
}
