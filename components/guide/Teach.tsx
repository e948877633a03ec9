import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/guide/lang';
import type { Guide, TeachStep } from '../../lib/guide/view';
import { pick, ui } from './text';

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

  const stepName = (step: TeachStep) =>
    `${ui(lang, 'Stap', 'Step', 'Étape', 'Schritt')} ${step.number}: ${pick(step.title, lang)}`;

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
      onMove: (move) =>
        setSaid(
          move.index !== undefined
            ? `${move.index} ${ui(lang, 'van', 'of', 'sur', 'von')} ${move.total}: ${move.name || move.role}`
            : move.name || move.role,
        ),
      onMiss: () =>
        setSaid(
          ui(
            lang,
            'Daar staat geen knop, link of veld. Klik op de knop zelf.',
            'There is no button, link or field there. Click the button itself.',
            'Il n’y a pas de bouton, de lien ou de champ ici. Cliquez sur le bouton lui-même.',
            'Dort ist keine Schaltfläche, kein Link und kein Feld. Klicken Sie auf die Schaltfläche selbst.',
          ),
        ),
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
          {ui(
            lang,
            'Leer de gids dit scherm',
            'Teach the guide this screen',
            'Apprendre cet écran au guide',
            'Dem Leitfaden diesen Bildschirm beibringen',
          )}
        </button>
      </p>
    );
  }
  return (
    <section class="lg-teach" aria-labelledby="lg-teach-title" data-teach="">
      <h3 id="lg-teach-title" class="lg-report__title">
        {ui(
          lang,
          'Leer de gids dit scherm',
          'Teach the guide this screen',
          'Apprendre cet écran au guide',
          'Dem Leitfaden diesen Bildschirm beibringen',
        )}
      </h3>
      {phase.kind === 'steps' && (
        <>
          <p tabIndex={-1} ref={focusNext as never}>
            {ui(
              lang,
              'Welke stap van de taak is dit scherm?',
              'Which step of the task is this screen?',
              'Quelle étape de la tâche est cet écran ?',
              'Welcher Schritt der Aufgabe ist dieser Bildschirm?',
            )}
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
          {ui(
            lang,
            `${stepName(phase.step)}. Klik nu op de pagina op de knop, de link of het veld van deze stap; de klik gaat niet naar het portaal. Met Tab of de pijltjestoetsen gaat u langs de knoppen van de pagina, Enter kiest, Escape stopt.`,
            `${stepName(phase.step)}. Now click the button, link or field of this step on the page; the click does not reach the portal. Tab or the arrow keys walk the page's controls, Enter chooses, Escape stops.`,
            `${stepName(phase.step)}. Cliquez maintenant sur la page sur le bouton, le lien ou le champ de cette étape ; le clic n’atteint pas le portail. Tab ou les flèches parcourent les contrôles, Entrée choisit, Échap arrête.`,
            `${stepName(phase.step)}. Klicken Sie jetzt auf der Seite auf die Schaltfläche, den Link oder das Feld dieses Schritts; der Klick erreicht das Portal nicht. Tab oder die Pfeiltasten gehen durch die Bedienelemente, Eingabe wählt, Escape beendet.`,
          )}
        </p>
      )}
      {phase.kind === 'done' && (
        <p tabIndex={-1} ref={focusNext as never} data-teach-done="">
          {phase.picked
            ? ui(
                lang,
                `Geleerd: dit scherm is ${stepName(phase.step)}, met de gekozen knop. De gids herkent het voortaan, ook na herladen. U vindt de correctie in de opties van Loketgids.`,
                `Learnt: this screen is ${stepName(phase.step)}, with the chosen control. The guide recognises it from now on, also after a reload. The correction is in Loketgids' options.`,
                `Appris : cet écran est ${stepName(phase.step)}, avec le contrôle choisi. Le guide le reconnaît désormais, même après rechargement. La correction se trouve dans les options de Loketgids.`,
                `Gelernt: dieser Bildschirm ist ${stepName(phase.step)}, mit dem gewählten Bedienelement. Der Leitfaden erkennt ihn ab jetzt, auch nach dem Neuladen. Die Korrektur steht in den Optionen von Loketgids.`,
              )
            : ui(
                lang,
                `Geleerd: dit scherm is ${stepName(phase.step)}. De gids herkent het voortaan, ook na herladen.`,
                `Learnt: this screen is ${stepName(phase.step)}. The guide recognises it from now on, also after a reload.`,
                `Appris : cet écran est ${stepName(phase.step)}. Le guide le reconnaît désormais, même après rechargement.`,
                `Gelernt: dieser Bildschirm ist ${stepName(phase.step)}. Der Leitfaden erkennt ihn ab jetzt, auch nach dem Neuladen.`,
              )}
        </p>
      )}
      {phase.kind === 'failed' && (
        <p tabIndex={-1} ref={focusNext as never} role="alert">
          {ui(
            lang,
            'Dit kon niet bewaard worden; er is niets veranderd. Probeer het opnieuw.',
            'This could not be saved; nothing changed. Please try again.',
            'Impossible d’enregistrer ; rien n’a changé. Réessayez.',
            'Das konnte nicht gespeichert werden; nichts wurde geändert. Bitte erneut versuchen.',
          )}
        </p>
      )}
      <p role="status" class="lg-report__status" data-teach-said="">
        {phase.kind === 'picking' ? said : ''}
      </p>
      <p class="lg-report__actions">
        <button type="button" class="lg-button lg-button--small" onClick={close}>
          {phase.kind === 'picking'
            ? ui(lang, 'Aanwijzen stoppen', 'Stop pointing', 'Arrêter de désigner', 'Zeigen beenden')
            : ui(lang, 'Leren sluiten', 'Close teaching', 'Fermer l’apprentissage', 'Beibringen schließen')}
        </button>
      </p>
    </section>
  );
}
