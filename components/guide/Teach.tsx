import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/guide/lang';
import type { Guide, TeachStep } from '../../lib/guide/view';
import { t } from '../../lib/i18n/card';
import { pick } from './text';

type Phase =
  | { kind: 'closed' }
  | { kind: 'steps'; steps: TeachStep[] }
  | { kind: 'picking'; step: TeachStep }
  | { kind: 'done'; step: TeachStep; picked: boolean }
  | { kind: 'failed' };

/**
 * "Leer de gids dit scherm" (issue 10), in the report panel: the person says which step of the
 * task this screen is and, when the step points at a control, chooses it on the page in picker
 * mode (lib/corrections/picker.ts). What they taught is kept as a local correction; the guide
 * recognises the screen and marks the control from then on. Focus goes to each phase's heading
 * or instruction, and back to the opener when it closes; the picker's moves are announced in a
 * live region.
 */
export function TeachSection(props: { lang: Lang; guide: Guide }) {
  const { lang, guide } = props;
  const [phase, setPhase] = useState<Phase>({ kind: 'closed' });
  const [said, setSaid] = useState('');
  const focusNext = useRef<HTMLElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const stop = useRef<AbortController | undefined>(undefined);
  useEffect(() => focusNext.current?.focus(), [phase.kind]);
  useEffect(() => () => stop.current?.abort(), []);

  const stepName = (step: TeachStep) => t(lang, 'teach.step', { n: step.number, title: pick(step.title, lang) });

  const keep = async (step: TeachStep, element?: Element) => {
    const kept = await guide.teach(step.id, element).catch(() => false);
    setPhase(kept ? { kind: 'done', step, picked: element !== undefined } : { kind: 'failed' });
  };

  const choose = async (step: TeachStep) => {
    if (!step.hasTarget) return keep(step);
    setPhase({ kind: 'picking', step });
    setSaid('');
    stop.current = new AbortController();
    const element = await guide.pick({
      signal: stop.current.signal,
      onMove: (move) => {
        const name = move.name || t(lang, 'teach.noName');
        const { index, total } = move;
        setSaid(index !== undefined && total !== undefined ? t(lang, 'teach.moveOf', { index, total, name }) : name);
      },
      onMiss: () => setSaid(t(lang, 'teach.miss')),
    });
    stop.current = undefined;
    if (element) await keep(step, element);
    else setPhase({ kind: 'steps', steps: guide.teachSteps() });
  };

  const close = () => {
    stop.current?.abort();
    setPhase({ kind: 'closed' });
    requestAnimationFrame(() => opener.current?.focus());
  };

  if (phase.kind === 'closed') {
    return (
      <p class="lg-teach">
        <button
          type="button"
          class="lg-button lg-button--small"
          ref={opener}
          data-teach-open=""
          onClick={() => setPhase({ kind: 'steps', steps: guide.teachSteps() })}
        >
          {t(lang, 'teach.open')}
        </button>
      </p>
    );
  }
  return (
    <section class="lg-teach" aria-labelledby="lg-teach-title" data-teach="">
      <h3 id="lg-teach-title" class="lg-report__title">
        {t(lang, 'teach.open')}
      </h3>
      {phase.kind === 'steps' && (
        <>
          <p tabIndex={-1} ref={focusNext as never}>
            {t(lang, 'teach.which')}
          </p>
          <ul class="lg-teach__steps">
            {phase.steps.map((step) => (
              <li key={step.id}>
                <button type="button" class="lg-choice" data-teach-step={step.id} onClick={() => void choose(step)}>
                  {stepName(step)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {phase.kind === 'picking' && (
        <p class="lg-teach__picking" tabIndex={-1} ref={focusNext as never} data-teach-picking="">
          {t(lang, 'teach.picking', { step: stepName(phase.step) })}
        </p>
      )}
      {phase.kind === 'done' && (
        <p tabIndex={-1} ref={focusNext as never} data-teach-done="">
          {phase.picked
            ? t(lang, 'teach.donePicked', { step: stepName(phase.step) })
            : t(lang, 'teach.done', { step: stepName(phase.step) })}
        </p>
      )}
      {phase.kind === 'failed' && (
        <p tabIndex={-1} ref={focusNext as never} role="alert">
          {t(lang, 'teach.failed')}
        </p>
      )}
      <p role="status" class="lg-report__status" data-teach-said="">
        {phase.kind === 'picking' ? said : ''}
      </p>
      <p class="lg-report__actions">
        <button type="button" class="lg-button lg-button--small" onClick={close}>
          {phase.kind === 'picking' ? t(lang, 'teach.stop') : t(lang, 'teach.close')}
        </button>
      </p>
    </section>
  );
}
