import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { FLOWS, findGuideFlow } from '../../lib/flows/registry';
import { textIn } from '../../lib/guide/lang';
import type { Flow } from '../../lib/guide/schema';
import { parseTabState, type TabState } from '../../lib/guide/tab-state';
import { TASKS } from '../../lib/knowledge';
import { request } from '../../lib/messaging';
import { PORTALS } from '../../lib/portals';
import { openSidePanel } from '../../lib/sidepanel/open';
import { normaliseText } from '../../lib/text';
import { useT } from '../ui/i18n';

/**
 * The tab the popup speaks about: its own active tab, or the one named by `?tab=` (the tests open
 * the popup as a page of its own, which would be the active tab).
 */
function targetTab(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab');
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** The words a flow is found by: its title, its portal, and its task's plain words (in both languages). */
function wordsOf(flow: Flow): string {
  const task = TASKS.find((t) => t.flow === flow.id || t.id === flow.goal);
  const keywords = task
    ? [...(task.keywords?.nl ?? []), ...(task.keywords?.en ?? []), task.label.nl, task.label.en]
    : [];
  return normaliseText([flow.title.nl, flow.title.en, flow.id, PORTALS[flow.portal].name, ...keywords].join(' '));
}

/**
 * The popup's guide controls: the task and step under way on this tab with "Toon de gids op deze
 * pagina" and "Naast de pagina tonen" (the browser's side panel), and the task launcher — search
 * every task of every portal by words, see its steps, start it (the portal opens in a new tab with
 * that task chosen).
 */
export function GuideControls({ announce }: { announce(message: string): void }) {
  const id = useId();
  const { t, lang } = useT();
  const [here, setHere] = useState<{ tabId: number | null; state: TabState | null } | undefined>();
  const [query, setQuery] = useState('');
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    void request<'guide.tabState'>({ type: 'guide.tabState', tabId: targetTab() })
      .then((answer) => setHere({ tabId: answer.tabId, state: parseTabState(answer.state) }))
      .catch(() => setHere({ tabId: null, state: null }));
  }, []);
  const index = useMemo(() => FLOWS.map((flow) => ({ flow, words: wordsOf(flow) })), []);
  const results = useMemo(() => {
    const words = normaliseText(query).split(' ').filter(Boolean);
    if (words.length === 0) return [];
    return index.filter((entry) => words.every((w) => entry.words.includes(w))).map((entry) => entry.flow);
  }, [query, index]);

  const flow = here?.state ? findGuideFlow(here.state.flowId) : undefined;
  const stepIndex = here?.state?.lastIndex;
  const step = flow && stepIndex !== undefined ? flow.steps[stepIndex] : undefined;

  function onArrow(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button[data-start]') ?? [])];
    if (buttons.length === 0) return;
    event.preventDefault();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.key === 'ArrowDown' ? (at < 0 ? 0 : Math.min(at + 1, buttons.length - 1)) : Math.max(at - 1, 0);
    buttons[next]?.focus();
  }

  return (
    <>
      <section class="lg-guide-here" aria-labelledby={`${id}-here`}>
        <h2 id={`${id}-here`}>{t('guide.here')}</h2>
        {flow ? (
          <p data-testid="guide-here">
            {t('guide.task')} <strong>{textIn(flow.title, lang)}</strong>
            {step && stepIndex !== undefined
              ? t('guide.step', { n: stepIndex + 1, total: flow.steps.length, title: textIn(step.title, lang) })
              : t('guide.noStep')}
          </p>
        ) : (
          <p data-testid="guide-here">{t('guide.noTask')}</p>
        )}
        <button
          type="button"
          class="lg-button"
          disabled={here?.tabId === null}
          onClick={async () => {
            const answer = await request<'guide.show'>({ type: 'guide.show', tabId: targetTab() }).catch(() => ({
              ok: false,
            }));
            announce(answer.ok ? t('guide.shown') : t('guide.noGuide'));
          }}
        >
          {t('guide.show')}
        </button>{' '}
        <button
          type="button"
          class="lg-button"
          data-open-panel=""
          disabled={here?.tabId == null}
          onClick={() => {
            const tabId = here?.tabId;
            if (tabId == null) return;
            // Called in the click itself: the side panel opens only on a user gesture.
            openSidePanel(tabId).then(
              async () => {
                await request<'guide.placeCard'>({ type: 'guide.placeCard', place: 'panel' }).catch(() => undefined);
                announce(t('guide.panelOpened'));
              },
              () => announce(t('guide.panelFailed')),
            );
          }}
        >
          {t('guide.showInPanel')}
        </button>
      </section>
      <section class="lg-launcher-tasks" aria-labelledby={`${id}-tasks`}>
        <h2 id={`${id}-tasks`}>{t('guide.start')}</h2>
        <label class="lg-field" for={`${id}-q`}>
          {t('guide.search')}
        </label>
        <input
          id={`${id}-q`}
          class="lg-input"
          type="search"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onArrow}
        />
        {query.trim() !== '' && results.length === 0 && <p class="lg-hint">{t('guide.none')}</p>}
        <ul class="lg-results" ref={list} onKeyDown={onArrow} aria-label={t('guide.found')}>
          {results.map((found) => (
            <li key={found.id} data-flow={found.id}>
              <strong>{textIn(found.title, lang)}</strong> <span class="lg-hint">({PORTALS[found.portal].name})</span>
              <details>
                <summary>{t('guide.steps', { title: textIn(found.title, lang) })}</summary>
                <ol>
                  {found.steps.map((s) => (
                    <li key={s.id}>{textIn(s.title, lang)}</li>
                  ))}
                </ol>
              </details>
              <button
                type="button"
                class="lg-button lg-button--primary"
                data-start={found.id}
                onClick={async () => {
                  const answer = await request<'guide.startFlow'>({ type: 'guide.startFlow', flowId: found.id }).catch(
                    () => ({ ok: false, tabId: null }),
                  );
                  announce(
                    answer.ok
                      ? t('guide.started', { title: textIn(found.title, lang), portal: PORTALS[found.portal].name })
                      : t('guide.startFailed'),
                  );
                }}
              >
                {t('guide.startTask', { title: textIn(found.title, lang) })}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
