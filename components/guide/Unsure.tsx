import type { GuideView } from '../../lib/guide/runtime';
import { t } from '../../lib/i18n/card';
import { pick } from './text';

/**
 * When the guide cannot tell which screen this is, it says so and lets the person choose: the two
 * likeliest screens, or a step of the task. Nothing is marked on the page until then (a wrong
 * target is worse than none). When the person chose, a line says so, with a way to undo it.
 */
export function Unsure({ view, onChoose }: { view: GuideView; onChoose(pageId: string | null): void }) {
  const { lang, unsure } = view;
  if (view.pinned) {
    return (
      <p class="lg-unsure__pinned" data-pinned="">
        {t(lang, 'unsure.pinned')}
        <button type="button" class="lg-link" onClick={() => onChoose(null)}>
          {t(lang, 'unsure.undo')}
        </button>
      </p>
    );
  }
  if (!unsure) return null;
  return (
    <section class="lg-unsure" data-unsure="">
      <h2 class="lg-step__title">{t(lang, 'unsure.title')}</h2>
      <p class="lg-step__instruction">{t(lang, 'unsure.intro')}</p>
      <ul class="lg-unsure__choices">
        {unsure.candidates.map((candidate) => (
          <li key={candidate.id}>
            <button type="button" class="lg-choice" data-page={candidate.id} onClick={() => onChoose(candidate.id)}>
              {pick(candidate.title, lang)}
            </button>
          </li>
        ))}
      </ul>
      {unsure.steps.length > 0 && (
        <label class="lg-task">
          {t(lang, 'unsure.orStep')}
          <select
            value=""
            onChange={(event) => {
              const value = (event.currentTarget as HTMLSelectElement).value;
              if (value) onChoose(value);
            }}
          >
            <option value="">{t(lang, 'unsure.stepPlaceholder')}</option>
            {unsure.steps.map((step) => (
              <option key={step.index} value={step.page}>
                {t(lang, 'unsure.stepOption', { n: step.index + 1, title: pick(step.title, lang) })}
              </option>
            ))}
          </select>
        </label>
      )}
    </section>
  );
}
