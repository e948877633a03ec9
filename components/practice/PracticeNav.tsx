import { useId, useMemo, useState } from 'preact/hooks';
import { FLOWS } from '../../lib/flows/registry';
import { PORTAL_IDS } from '../../lib/portals';
import { AUTOPLAY_DELAYS_MS, type PracticeController, type PracticeState } from '../../lib/practice/controller';
import type { Markup, PortalLang } from '../../lib/practice/navigation';
import { SCENARIOS } from '../../lib/practice/scenarios';
import { normaliseText } from '../../lib/text';
import { pick } from '../guide/text';
import { type Lang, portalName, tr } from './text';

interface Props {
  lang: Lang;
  controller: PracticeController;
  state: PracticeState;
}

/** The Oefenmodus's menu: every flow of every portal (searchable), the scenarios, the look. */
export function PracticeNav({ lang, controller, state }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const words = normaliseText(query).split(' ').filter(Boolean);
    return FLOWS.filter((flow) => {
      const hay = normaliseText(`${pick(flow.title, lang)} ${flow.id} ${portalName(lang, flow.portal)}`);
      return words.every((word) => hay.includes(word));
    });
  }, [query, lang]);

  return (
    <>
      <h2 class="lg-oefen__h2">{tr(lang, 'tasks')}</h2>
      <label class="lg-field" for={`${id}-q`}>
        {tr(lang, 'searchTasks')}
      </label>
      <input
        id={`${id}-q`}
        class="lg-input"
        type="search"
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      {shown.length === 0 && <p class="lg-hint">{tr(lang, 'noTasks')}</p>}
      {PORTAL_IDS.map((portal) => {
        const flows = shown.filter((flow) => flow.portal === portal);
        if (flows.length === 0) return null;
        return (
          <section key={portal} aria-label={portalName(lang, portal)}>
            <h3 class="lg-oefen__h3">{portalName(lang, portal)}</h3>
            <ul class="lg-oefen__list">
              {flows.map((flow) => (
                <li key={flow.id}>
                  <button
                    type="button"
                    class="lg-oefen__item"
                    data-flow={flow.id}
                    aria-pressed={state.flowId === flow.id && !state.scenarioId}
                    onClick={() => controller.startFlow(flow.id)}
                  >
                    {pick(flow.title, lang)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <h2 class="lg-oefen__h2">{tr(lang, 'scenarios')}</h2>
      <ul class="lg-oefen__list">
        {SCENARIOS.map((scenario) => (
          <li key={scenario.id}>
            <button
              type="button"
              class="lg-oefen__item"
              data-scenario={scenario.id}
              aria-pressed={state.scenarioId === scenario.id}
              onClick={() => controller.startScenario(scenario.id)}
            >
              {scenario.title[lang]}
            </button>
          </li>
        ))}
      </ul>

      <h2 class="lg-oefen__h2">{tr(lang, 'look')}</h2>
      <label class="lg-field" for={`${id}-markup`}>
        {tr(lang, 'markup')}
      </label>
      <select
        id={`${id}-markup`}
        class="lg-input"
        value={state.look.markup}
        onChange={(event) => controller.setLook({ markup: event.currentTarget.value as Markup })}
      >
        <option value="plain">{tr(lang, 'markupPlain')}</option>
        <option value="vl">{tr(lang, 'markupVl')}</option>
      </select>
      <label class="lg-field" for={`${id}-plang`}>
        {tr(lang, 'portalLang')}
      </label>
      <select
        id={`${id}-plang`}
        class="lg-input"
        value={state.look.portalLang}
        onChange={(event) => controller.setLook({ portalLang: event.currentTarget.value as PortalLang })}
      >
        <option value="nl">Nederlands</option>
        <option value="fr">Français</option>
        <option value="de">Deutsch</option>
      </select>
      <p>
        <label>
          <input
            type="checkbox"
            checked={state.presenter}
            onChange={(event) => controller.setPresenter(event.currentTarget.checked)}
          />{' '}
          {tr(lang, 'presenter')}
        </label>
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={state.autoplay.on}
            disabled={!state.flowId}
            onChange={(event) => controller.setAutoplay({ on: event.currentTarget.checked })}
          />{' '}
          {tr(lang, 'autoplay')}
        </label>{' '}
        <label class="lg-field" for={`${id}-delay`}>
          {tr(lang, 'delay')}
        </label>
        <select
          id={`${id}-delay`}
          class="lg-input"
          value={String(state.autoplay.delayMs)}
          onChange={(event) => controller.setAutoplay({ delayMs: Number(event.currentTarget.value) })}
        >
          {AUTOPLAY_DELAYS_MS.map((ms) => (
            <option key={ms} value={String(ms)}>
              {ms / 1000} {tr(lang, 'seconds')}
            </option>
          ))}
        </select>
      </p>
    </>
  );
}
