import type { GuideView } from '../../lib/guide/runtime';
import { pick, ui } from './text';

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
        {ui(
          lang,
          'U koos zelf welk scherm dit is. ',
          'You chose which screen this is. ',
          'Vous avez choisi vous-même quel écran c’est. ',
          'Sie haben selbst gewählt, welcher Bildschirm das ist. ',
        )}
        <button type="button" class="lg-link" onClick={() => onChoose(null)}>
          {ui(lang, 'Ongedaan maken', 'Undo', 'Annuler', 'Rückgängig machen')}
        </button>
      </p>
    );
  }
  if (!unsure) return null;
  return (
    <section class="lg-unsure" data-unsure="">
      <h2 class="lg-step__title">
        {ui(lang, 'Welk scherm is dit?', 'Which screen is this?', 'Quel écran est-ce ?', 'Welcher Bildschirm ist das?')}
      </h2>
      <p class="lg-step__instruction">
        {ui(
          lang,
          'Ik herken deze pagina niet met zekerheid, dus ik wijs nog niets aan. Kies wat u ziet:',
          'I cannot tell this page for sure, so I point at nothing yet. Choose what you see:',
          'Je ne reconnais pas cette page avec certitude, je n’indique donc encore rien. Choisissez ce que vous voyez :',
          'Ich erkenne diese Seite nicht sicher, daher zeige ich noch nichts an. Wählen Sie, was Sie sehen:',
        )}
      </p>
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
          {ui(
            lang,
            'Of kies de stap van uw taak',
            'Or choose the step of your task',
            'Ou choisissez l’étape de votre tâche',
            'Oder wählen Sie den Schritt Ihrer Aufgabe',
          )}
          <select
            value=""
            onChange={(event) => {
              const value = (event.currentTarget as HTMLSelectElement).value;
              if (value) onChoose(value);
            }}
          >
            <option value="">{ui(lang, '— stap —', '— step —', '— étape —', '— Schritt —')}</option>
            {unsure.steps.map((step) => (
              <option key={step.index} value={step.page}>
                {`${step.index + 1}. ${pick(step.title, lang)}`}
              </option>
            ))}
          </select>
        </label>
      )}
    </section>
  );
}
