import type { GuideView } from '../../lib/guide/runtime';
import { pick, ui } from './text';

/** "Stap 3 van 7", the step's title and instruction, what to check, and what to look for when the target is not found. */
export function StepCard({ view }: { view: GuideView }) {
  const { step, lang } = view;
  if (!step) {
    return (
      <section class="lg-step lg-step--none">
        <p class="lg-step__instruction">
          {ui(
            lang,
            'Deze pagina hoort niet bij de gekozen taak. Kies hieronder een andere taak, of ga naar de volgende stap van uw taak.',
            'This page is not part of the chosen task. Choose another task below, or go to the next step of your task.',
            'Cette page ne fait pas partie de la tâche choisie. Choisissez une autre tâche ci-dessous, ou passez à l’étape suivante de votre tâche.',
            'Diese Seite gehört nicht zur gewählten Aufgabe. Wählen Sie unten eine andere Aufgabe oder gehen Sie zum nächsten Schritt Ihrer Aufgabe.',
          )}
        </p>
      </section>
    );
  }
  return (
    <section class={`lg-step${step.problem ? ' lg-step--problem' : ''}`} data-step={step.stepId}>
      <p class="lg-step__count">
        {ui(
          lang,
          `Stap ${step.number} van ${step.total}`,
          `Step ${step.number} of ${step.total}`,
          `Étape ${step.number} sur ${step.total}`,
          `Schritt ${step.number} von ${step.total}`,
        )}
      </p>
      <h2 class="lg-step__title">{pick(step.title, lang)}</h2>
      <p class="lg-step__instruction">{pick(step.instruction, lang)}</p>
      {step.check && (
        <p class="lg-step__check">
          <strong>{ui(lang, 'Controleer: ', 'Check: ', 'Vérifiez : ', 'Prüfen Sie: ')}</strong>
          {pick(step.check, lang)}
        </p>
      )}
      {step.elsewhere && (
        <p class="lg-step__lookfor" data-elsewhere="">
          {ui(
            lang,
            `Deze stap gebeurt op een ander scherm: ${pick(step.elsewhere, lang)}. Loketgids wijst hier niets aan.`,
            `This step happens on another screen: ${pick(step.elsewhere, lang)}. Loketgids marks nothing here.`,
            `Cette étape se fait sur un autre écran : ${pick(step.elsewhere, lang)}. Loketgids n’indique rien ici.`,
            `Dieser Schritt erfolgt auf einem anderen Bildschirm: ${pick(step.elsewhere, lang)}. Loketgids markiert hier nichts.`,
          )}
        </p>
      )}
      {view.target === 'missing' && view.lookFor && (
        <p class="lg-step__lookfor" data-lookfor="">
          <strong>
            {ui(
              lang,
              'Niet gevonden op deze pagina. ',
              'Not found on this page. ',
              'Introuvable sur cette page. ',
              'Auf dieser Seite nicht gefunden. ',
            )}
          </strong>
          {pick(view.lookFor, lang)}
        </p>
      )}
      {step.done && (
        <p class="lg-step__done">
          {ui(
            lang,
            'Klaar: de taak is afgerond.',
            'Done: the task is complete.',
            'Terminé : la tâche est accomplie.',
            'Fertig: die Aufgabe ist erledigt.',
          )}
        </p>
      )}
    </section>
  );
}
