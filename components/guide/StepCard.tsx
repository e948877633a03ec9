import type { GuideView } from '../../lib/guide/runtime';
import { t } from '../../lib/i18n/card';
import { pick } from './text';

/** "Stap 3 van 7", the step's title and instruction, what to check, and what to look for when the target is not found. */
export function StepCard({ view }: { view: GuideView }) {
  const { step, lang } = view;
  if (!step) {
    return (
      <section class="lg-step lg-step--none">
        <p class="lg-step__instruction">{t(lang, 'step.notInTask')}</p>
      </section>
    );
  }
  return (
    <section class={`lg-step${step.problem ? ' lg-step--problem' : ''}`} data-step={step.stepId}>
      <p class="lg-step__count">{t(lang, 'step.count', { n: step.number, total: step.total })}</p>
      <h2 class="lg-step__title">{pick(step.title, lang)}</h2>
      <p class="lg-step__instruction">{pick(step.instruction, lang)}</p>
      {step.check && (
        <p class="lg-step__check">
          <strong>{t(lang, 'step.check')}</strong>
          {pick(step.check, lang)}
        </p>
      )}
      {step.elsewhere && (
        <p class="lg-step__lookfor" data-elsewhere="">
          {t(lang, 'step.thisStepHappensOn', { v1: pick(step.elsewhere, lang) })}
        </p>
      )}
      {view.target === 'missing' && view.lookFor && (
        <p class="lg-step__lookfor" data-lookfor="">
          <strong>{t(lang, 'step.notFound')}</strong>
          {pick(view.lookFor, lang)}
        </p>
      )}
      {step.done && <p class="lg-step__done">{t(lang, 'step.done')}</p>}
    </section>
  );
}
