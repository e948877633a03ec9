import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { setActiveClient } from '../../lib/clients/repository';
import { formatKbo } from '../../lib/ids';
import { RechtencheckPanel } from '../rechtencheck/RechtencheckPanel';
import { UpcomingRenewals } from '../renewals/UpcomingRenewals';
import { DatabaseProblem } from '../ui/DatabaseProblem';
import { useT } from '../ui/i18n';
import { useBackup } from './BackupPanel';
import { ClientsPanel } from './ClientsPanel';
import { GuideControls } from './GuideControls';
import { useClientList } from './useClientList';

const TABS = [{ id: 'klanten' }, { id: 'rechtencheck' }, { id: 'gids' }] as const;
type TabId = (typeof TABS)[number]['id'];

/**
 * Performance marks the bench reads (performance.getEntriesByName): the shell with the search box
 * is on screen; the first clients (active and recent) are listed; the whole list is searchable.
 */
export const POPUP_MARKS = {
  shell: 'loketgids:popup-shell',
  ready: 'loketgids:popup-ready',
  complete: 'loketgids:popup-complete',
} as const;

/**
 * The toolbar popup: the active client on top, the coming Werkplek Duaal renewals when the guide
 * kept any (UpcomingRenewals), then two tabs. "Klanten" is the client list
 * (ClientsPanel). "Rechtencheck" holds the rules engine's check (RechtencheckPanel); both panels stay in the
 * DOM (hidden, not removed) so what the user ticked survives switching tabs.
 *
 * @example
 * render(<PopupApp />, document.getElementById('app')!);
 */
export function PopupApp() {
  const { t, tn, inLang } = useT();
  const list = useClientList({ recentFirst: true });
  const [tab, setTab] = useState<TabId>('klanten');
  const [message, setMessage] = useState('');
  const backup = useBackup(setMessage);
  const tabRefs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});
  const { snapshot } = list;
  const active = snapshot?.activeKbo ? list.byKbo.get(snapshot.activeKbo) : undefined;
  const ready = snapshot !== undefined;

  useEffect(() => {
    performance.mark(POPUP_MARKS.shell);
  }, []);
  useEffect(() => {
    if (ready) performance.mark(POPUP_MARKS.ready);
  }, [ready]);
  useEffect(() => {
    if (list.complete) performance.mark(POPUP_MARKS.complete);
  }, [list.complete]);

  function onTabKey(event: KeyboardEvent) {
    const at = TABS.findIndex((candidate) => candidate.id === tab);
    let next = at;
    if (event.key === 'ArrowRight') next = (at + 1) % TABS.length;
    else if (event.key === 'ArrowLeft') next = (at - 1 + TABS.length) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    else return;
    event.preventDefault();
    const target = TABS[next]?.id ?? 'klanten';
    setTab(target);
    tabRefs.current[target]?.focus();
  }

  return (
    <main class="lg-popup">
      <h1>Loketgids</h1>
      <section class="lg-active" aria-label={t('popup.active')}>
        {active ? (
          <>
            <span>
              {t('popup.activeClient')} <strong>{active.name}</strong>{' '}
              <span class="lg-kbo">{formatKbo(active.kbo)}</span>
            </span>{' '}
            <button
              type="button"
              class="lg-button"
              onClick={async () => {
                await setActiveClient(null);
                setMessage(t('popup.activeCleared'));
              }}
            >
              {t('popup.clearActive')}
            </button>
          </>
        ) : (
          <span>{t('popup.noActive')}</span>
        )}
      </section>
      {list.error ? <DatabaseProblem error={list.error} /> : null}
      {backup.reminder?.due && !backup.unavailable ? (
        <p class="lg-backup-line">
          {inLang(backup.reminder.message)}{' '}
          <button type="button" class="lg-button" onClick={() => void backup.backUp()}>
            {t('backup.make')}
          </button>
        </p>
      ) : null}
      {snapshot && snapshot.corrupt.length > 0 ? (
        <p class="lg-error">{tn('popup.corrupt', snapshot.corrupt.length)}</p>
      ) : null}
      <UpcomingRenewals announce={setMessage} />
      <div role="tablist" aria-label={t('popup.tabs')} class="lg-tabs">
        {TABS.map((candidate) => (
          <button
            key={candidate.id}
            ref={(element) => {
              tabRefs.current[candidate.id] = element;
            }}
            type="button"
            role="tab"
            class="lg-tab"
            id={`lg-tab-${candidate.id}`}
            aria-controls={`lg-panel-${candidate.id}`}
            aria-selected={tab === candidate.id}
            tabIndex={tab === candidate.id ? 0 : -1}
            onClick={() => setTab(candidate.id)}
            onKeyDown={onTabKey}
          >
            {t(`popup.tab.${candidate.id}`)}
          </button>
        ))}
      </div>
      <section role="tabpanel" id="lg-panel-klanten" aria-labelledby="lg-tab-klanten" hidden={tab !== 'klanten'}>
        <ClientsPanel list={list} announce={setMessage} />
      </section>
      <section
        role="tabpanel"
        id="lg-panel-rechtencheck"
        aria-labelledby="lg-tab-rechtencheck"
        hidden={tab !== 'rechtencheck'}
      >
        <div data-slot="rechtencheck">
          <RechtencheckPanel />
        </div>
      </section>
      <section role="tabpanel" id="lg-panel-gids" aria-labelledby="lg-tab-gids" hidden={tab !== 'gids'}>
        <GuideControls announce={setMessage} />
      </section>
      <p class="lg-status" role="status">
        {message}
      </p>
      <p>
        <button
          type="button"
          class="lg-button"
          onClick={() => {
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('popup.openOptions')}
        </button>{' '}
        <button
          type="button"
          class="lg-button"
          onClick={() => {
            void browser.tabs.create({ url: browser.runtime.getURL('/oefenmodus.html') });
          }}
        >
          {t('popup.practice')}
        </button>
      </p>
    </main>
  );
}
