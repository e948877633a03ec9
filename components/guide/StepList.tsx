import type { GuideView } from '../../lib/guide/runtime';
import { t } from '../../lib/i18n/card';
import { pick } from './text';

/**
 * The flow's steps: done, current (`aria-current="step"`), next, with "Vorige stap" / "Volgende
 * stap" to read the steps before and after (the page decides again once it is another screen).
 * Folded on the portal page (the card stays small), open in the side panel.
 */
export function StepList(props: { view: GuideView; open?: boolean; onGo?(index: number | null): void }) {
  const { view, onGo } = props;
  const { lang, steps, step } = view;
  if (!steps || steps.length < 2) return null;
  const current = step ? step.number - 1 : -1;
  // Not "taak": the task switch is the card's one control named "Taak".
  const label = t(lang, 'steps.allSteps');
  const go = (index: number) => {
    if (index >= 0 && index < steps.length) onGo?.(index);
  };
  const status = (index: number) =>
    index < current
      ? t(lang, 'steps.done')
      : index === current
        ? t(lang, 'steps.now')
        : index === current + 1
          ? t(lang, 'steps.next')
          : '';
  return (
    <details class="lg-steps" open={props.open}>
      <summary>{label}</summary>
      <nav aria-label={label}>
        <ol class="lg-steps__list">
          {steps.map((item, index) => (
            <li
              key={item.id}
              data-step-item={item.id}
              data-state={index < current ? 'done' : index === current ? 'current' : 'next'}
              aria-current={index === current ? 'step' : undefined}
            >
              <span class="lg-sr">{status(index)}</span>
              {pick(item.title, lang)}
            </li>
          ))}
        </ol>
        {onGo && step && (
          <p class="lg-steps__nav">
            <button
              type="button"
              class="lg-button lg-button--small lg-steps__prev"
              // aria-disabled, not disabled: a disabled button drops the keyboard user's focus to <body>.
              aria-disabled={current <= 0}
              onClick={() => go(current - 1)}
            >
              {t(lang, 'steps.previousStep')}
            </button>
            <button
              type="button"
              class="lg-button lg-button--small lg-steps__next"
              aria-disabled={current >= steps.length - 1}
              onClick={() => go(current + 1)}
            >
              {t(lang, 'steps.nextStep')}
            </button>
            {step.chosen && (
              <button type="button" class="lg-link" onClick={() => onGo(null)}>
                {t(lang, 'steps.backToTheStep')}
              </button>
            )}
          </p>
        )}
      </nav>
    </details>
  );
}
