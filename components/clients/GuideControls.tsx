import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { FLOWS, findGuideFlow } from '../../lib/flows/registry';
import type { Flow } from '../../lib/guide/schema';
import { parseTabState, type TabState } from '../../lib/guide/tab-state';
import { TASKS } from '../../lib/knowledge';
import { request } from '../../lib/messaging';
import { PORTALS } from '../../lib/portals';
import { openSidePanel } from '../../lib/sidepanel/open';
import { normaliseText } from '../../lib/text';

/**
 * The tab the popup speaks about: its own active tab, or the one named by `?tab=` (the tests open
 * the popup as a page of its own, which would be the active tab).
 */
function targetTab(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab');
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** The words a flow is found by: its title, its portal, and its task's plain words. */
function wordsOf(flow: Flow): string {
  const task = TASKS.find((t) => t.flow === flow.id || t.id === flow.goal);
  const keywords = task ? [...(task.keywords?.nl ?? []), task.label.nl] : [];
  return normaliseText([flow.title.nl, flow.id, PORTALS[flow.portal].name, ...keywords].join(' '));
}

/**
 * The popup's guide controls: the task and step under way on this tab with "Toon de gids op deze
 * pagina" and "Naast de pagina tonen" (the browser's side panel), and the task launcher — search
 * every task of every portal by words, see its steps, start it (the portal opens in a new tab with
 * that task chosen).
 */
export function GuideControls({ announce }: { announce(message: string): void }) {
  const id = useId();
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
        <h2 id={`${id}-here`}>Gids op deze pagina</h2>
        {flow ? (
          <p data-testid="guide-here">
            Taak: <strong>{flow.title.nl}</strong>
            {step && stepIndex !== undefined
              ? ` — stap ${stepIndex + 1} van ${flow.steps.length}: ${step.title.nl}`
              : ' — nog geen stap'}
          </p>
        ) : (
          <p data-testid="guide-here">Geen taak gekozen op deze pagina.</p>
        )}
        <button
          type="button"
          class="lg-button"
          disabled={here?.tabId === null}
          onClick={async () => {
            const answer = await request<'guide.show'>({ type: 'guide.show', tabId: targetTab() }).catch(() => ({
              ok: false,
            }));
            announce(
              answer.ok
                ? 'De gids staat open op de pagina.'
                : 'Op deze pagina is geen gids: Loketgids werkt op de portalen zelf.',
            );
          }}
        >
          Toon de gids op deze pagina
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
                announce('De gids staat in het zijpaneel, naast de pagina.');
              },
              () => announce('Het zijpaneel ging niet open: deze browser kent het zijpaneel voor extensies niet.'),
            );
          }}
        >
          Naast de pagina tonen
        </button>
      </section>
      <section class="lg-launcher-tasks" aria-labelledby={`${id}-tasks`}>
        <h2 id={`${id}-tasks`}>Taak starten</h2>
        <label class="lg-field" for={`${id}-q`}>
          Zoek een taak (bv. opleidingsverlof, lokale beheerder, hernieuwing)
        </label>
        <input
          id={`${id}-q`}
          class="lg-input"
          type="search"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onArrow}
        />
        {query.trim() !== '' && results.length === 0 && <p class="lg-hint">Geen taak gevonden.</p>}
        <ul class="lg-results" ref={list} onKeyDown={onArrow} aria-label="Gevonden taken">
          {results.map((found) => (
            <li key={found.id} data-flow={found.id}>
              <strong>{found.title.nl}</strong> <span class="lg-hint">({PORTALS[found.portal].name})</span>
              <details>
                <summary>Stappen van {found.title.nl}</summary>
                <ol>
                  {found.steps.map((s) => (
                    <li key={s.id}>{s.title.nl}</li>
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
                      ? `${found.title.nl}: ${PORTALS[found.portal].name} is geopend in een nieuw tabblad, de gids volgt deze taak.`
                      : 'Die taak kon niet starten.',
                  );
                }}
              >
                Start {found.title.nl}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
