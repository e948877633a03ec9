import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PAGES_BY_ID } from '../../lib/flows/registry';
import { resolveLang } from '../../lib/i18n/lang';
import { createPracticeController, type PracticeController, type PracticeState } from '../../lib/practice/controller';
import { installPracticeHost } from '../../lib/practice/host';
import { isTyping } from '../../lib/practice/keys';
import { portalUrlForFile } from '../../lib/practice/navigation';
import { DEFAULT_SETTINGS, readState, type Settings, watchState } from '../../lib/state';
import { pick } from '../guide/text';
import { Rechtencheck } from '../rechtencheck/Rechtencheck';
import { DemoData } from './DemoData';
import { PracticeNav } from './PracticeNav';
import { StepBar } from './StepBar';
import { type Lang, tr } from './text';

const STORE_KEY = 'loketgids-oefenmodus';

function restore(): Partial<PracticeState> | undefined {
  try {
    const raw = sessionStorage.getItem(STORE_KEY);
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as Partial<PracticeState>;
    return {
      ...saved,
      view: undefined,
      notice: undefined,
      autoplay: { on: false, delayMs: saved.autoplay?.delayMs ?? 5000 },
    };
  } catch {
    return undefined;
  }
}

/** The controller's state, redrawn on every change. */
function usePractice(controller: PracticeController): PracticeState {
  const [state, setState] = useState(controller.getState());
  useEffect(() => controller.subscribe(setState), [controller]);
  return state;
}

/**
 * The Oefenmodus: a replica of every portal state the guide knows, in a frame, with the same guide
 * and card as on the real portals (entrypoints/practice-guide.ts runs inside the frame), a task
 * and scenario list, step controls, presenter mode and the practice profile's demo data.
 */
export function Oefenmodus() {
  const frame = useRef<HTMLIFrameElement>(null);
  const [base, setBase] = useState<Settings>(DEFAULT_SETTINGS);
  const baseRef = useRef(base);
  baseRef.current = base;
  const controller = useMemo(
    () =>
      createPracticeController({
        load: (url) => {
          if (frame.current) frame.current.src = url;
        },
        persist: (state) => {
          try {
            sessionStorage.setItem(STORE_KEY, JSON.stringify({ ...state, view: undefined }));
          } catch {
            // A full or disabled sessionStorage only loses the place after a reload.
          }
        },
        restore,
      }),
    [],
  );
  const state = usePractice(controller);
  // The practice pages speak Dutch or English; French or German read as Dutch here, as one language.
  const lang: Lang = resolveLang(base.lang) === 'en' ? 'en' : 'nl';

  useEffect(() => {
    const abort = new AbortController();
    void readState().then((s) => setBase(s.settings));
    watchState((s) => setBase(s.settings), abort.signal);
    return () => abort.abort();
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `Loketgids — ${tr(lang, 'title')}`;
  }, [lang]);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const host = installPracticeHost(window);
    const unregister = host.register(element, (_win, place) => ({
      portal: place.portal,
      url: place.url,
      presenter: controller.getState().presenter,
      still: false,
      settings: () => controller.settings(baseRef.current),
      loadTabState: () => controller.loadTabState(),
      saveTabState: (tab) => controller.saveTabState(tab),
      navigate: (url) => controller.navigate(url),
      key: (key) => controller.key(key),
      onView: (view) => controller.onView(view),
    }));
    const loaded = () => {
      const loc = element.contentWindow?.location;
      const here = loc ? portalUrlForFile(loc.pathname, loc.search) : undefined;
      if (here) controller.onLoaded(here.url);
    };
    element.addEventListener('load', loaded);
    // Back where the last visit left off (a reload of the Oefenmodus).
    const index = controller.stepIndex();
    if (index !== undefined) controller.goToStep(index);
    return () => {
      element.removeEventListener('load', loaded);
      unregister();
      controller.dispose();
    };
  }, [controller]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (controller.key(event.key)) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [controller]);

  const flow = controller.flow();
  const scenario = controller.scenario();
  const here = state.url ? new URL(state.url) : undefined;
  const pageTitle =
    state.view?.stepId && flow ? pick(flow.steps.find((s) => s.id === state.view?.stepId)?.title, lang) : '';

  return (
    <div class={`lg-oefen${state.presenter ? ' lg-oefen--presenter' : ''}`}>
      <p class="lg-oefen__banner" role="note">
        <strong>{tr(lang, 'title')}</strong> — {tr(lang, 'banner')}
      </p>
      <div class="lg-oefen__layout">
        <nav class="lg-oefen__nav" aria-label={tr(lang, 'tasks')}>
          <h1 class="lg-oefen__h1">Loketgids — {tr(lang, 'title')}</h1>
          {flow ? (
            <StepBar lang={lang} controller={controller} state={state} flow={flow} pages={PAGES_BY_ID} />
          ) : (
            <p class="lg-hint">{tr(lang, 'chooseTask')}</p>
          )}
          <PracticeNav lang={lang} controller={controller} state={state} />
          <DemoData lang={lang} />
        </nav>
        <main class="lg-oefen__main">
          {scenario && (
            <details class="lg-oefen__scenario" open>
              <summary>
                <strong>
                  {tr(lang, 'scenario')}: {scenario.title[lang]}
                </strong>
              </summary>
              <p>{scenario.story[lang]}</p>
              <details>
                <summary>{tr(lang, 'rights')}</summary>
                <Rechtencheck
                  key={scenario.id}
                  initialGoal={scenario.goal}
                  initialHave={scenario.facts}
                  observed={scenario.observation ? [{ observation: scenario.observation, page: scenario.page }] : []}
                />
              </details>
            </details>
          )}
          <p class="lg-oefen__address">
            <span class="lg-visually-hidden">{tr(lang, 'address')}: </span>
            <output data-testid="oefen-address">{here ? `${here.host}${here.pathname}${here.search}` : ''}</output>
          </p>
          {state.notice && (
            <div class="lg-warning" role="alert">
              <p>
                {tr(lang, state.notice.kind)} <code>{state.notice.url}</code>
              </p>
              <button type="button" class="lg-button" onClick={() => controller.dismissNotice()}>
                {tr(lang, 'back')}
              </button>
            </div>
          )}
          <iframe
            ref={frame}
            class="lg-oefen__frame"
            hidden={!flow || state.notice !== undefined}
            title={`${tr(lang, 'frame')}${pageTitle ? `: ${pageTitle}` : ''}`}
          />
        </main>
      </div>
    </div>
  );
}
