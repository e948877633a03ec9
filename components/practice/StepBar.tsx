import type { Flow, PageState } from '../../lib/guide/schema';
import type { PracticeController, PracticeState } from '../../lib/practice/controller';
import { pick } from '../guide/text';
import { type Lang, tr } from './text';

interface Props {
  lang: Lang;
  controller: PracticeController;
  state: PracticeState;
  flow: Flow;
  pages: ReadonlyMap<string, PageState>;
}

/**
 * The flow being shown: previous/next, where the guide is ("Stap 2 van 7"), the step list to jump
 * to, and the printable hand-out. The current step follows the guide in the frame.
 */
export function StepBar({ lang, controller, state, flow }: Props) {
  const index = controller.stepIndex() ?? 0;
  const total = flow.steps.length;
  return (
    <section class="lg-oefen__steps" aria-labelledby="lg-oefen-flow">
      <h2 id="lg-oefen-flow" class="lg-oefen__h2">
        {pick(flow.title, lang)}
      </h2>
      <div class="lg-oefen__stepnav">
        <button
          type="button"
          class="lg-button"
          data-practice="previous"
          // aria-disabled, not disabled: a disabled button drops the keyboard user's focus to <body>.
          aria-disabled={index <= 0}
          onClick={() => controller.previous()}
        >
          ← {tr(lang, 'previous')}
        </button>
        <span class="lg-oefen__count" aria-live="polite" data-testid="oefen-step">
          {tr(lang, 'stepOf', { n: index + 1, total })}
        </span>
        <button
          type="button"
          class="lg-button lg-button--primary"
          data-practice="next"
          aria-disabled={index >= total - 1}
          onClick={() => controller.next()}
        >
          {tr(lang, 'next')} →
        </button>
      </div>
      <details class="lg-oefen__steplist" open={!state.presenter}>
        <summary>{tr(lang, 'steps')}</summary>
        <ol>
          {flow.steps.map((step, i) => (
            <li key={step.id}>
              <button
                type="button"
                class="lg-oefen__item"
                data-step={step.id}
                aria-current={i === index ? 'step' : undefined}
                aria-label={tr(lang, 'goToStep', { n: i + 1, title: pick(step.title, lang) })}
                onClick={() => controller.goToStep(i)}
              >
                {pick(step.title, lang)}
              </button>
            </li>
          ))}
        </ol>
      </details>
      <p>
        <a href={`/handout.html?flow=${encodeURIComponent(flow.id)}`} target="_blank" rel="noopener">
          {tr(lang, 'handout')}
        </a>
      </p>
    </section>
  );
}
