import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { deleteClient, setActiveClient } from '../../lib/clients/repository';
import type { ClientRecord } from '../../lib/db';
import { formatKbo, parseKbo } from '../../lib/ids';
import { useT } from '../ui/i18n';
import { useFocusReturn } from '../ui/useFocusReturn';
import { ClientDetails } from './ClientDetails';
import { ClientForm } from './ClientForm';
import type { ClientList } from './useClientList';

// Enough to scroll through; a short list keeps each keystroke's re-render well inside a frame.
const RESULT_LIMIT = 30;

type Mode = { kind: 'search' } | { kind: 'add'; kbo?: string } | { kind: 'edit'; client: ClientRecord };

export interface ClientsPanelProps {
  list: ClientList;
  announce: (message: string) => void;
}

/**
 * The popup's "Klanten" section: search as you type (name, tags, KBO in any form), a result list
 * driven from the search box (↑/↓ move, Enter makes the client active, Esc clears), the chosen
 * client's details and actions, and the add/edit form.
 *
 * Accessibility: the box is an ARIA combobox whose listbox stays open; focus stays in the box and
 * `aria-activedescendant` points at the highlighted option, so a screen reader reads it while
 * the person keeps typing. The number of results goes to a polite live region.
 *
 * @example
 * <ClientsPanel list={useClientList()} announce={setMessage} />
 */
export function ClientsPanel({ list, announce }: ClientsPanelProps) {
  const id = useId();
  const { t, tn, count: n } = useT();
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'search' });
  const { index, snapshot, byKbo, complete } = list;
  const focusReturn = useFocusReturn();

  const result = useMemo(
    () => index?.search(query, { limit: RESULT_LIMIT }) ?? { clients: [], total: 0 },
    [index, query],
  );
  const current = result.clients.find((client) => client.kbo === highlight) ?? result.clients[0];
  const currentIndex = current ? result.clients.indexOf(current) : -1;
  const optionId = (kbo: string) => `${id}-option-${kbo}`;

  useEffect(() => {
    if (!current) return;
    document.getElementById(optionId(current.kbo))?.scrollIntoView?.({ block: 'nearest' });
  });

  async function makeActive(client: ClientRecord) {
    await setActiveClient(client.kbo);
    announce(t('clients.activeSet', { name: client.name, kbo: formatKbo(client.kbo) }));
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (result.clients.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = Math.min(result.clients.length - 1, Math.max(0, currentIndex + step));
      setHighlight(result.clients[next]?.kbo ?? null);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current) void makeActive(current);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
    }
  }

  if (mode.kind !== 'search') {
    // Back on the button that opened the form (its client's "Bewerk", or "Nieuwe klant").
    const close = () => {
      focusReturn.returnTo(mode.kind === 'edit' ? `edit-${mode.client.kbo}` : 'add');
      setMode({ kind: 'search' });
    };
    return (
      <div>
        <h2>{mode.kind === 'add' ? t('clients.new') : t('clients.edit')}</h2>
        <ClientForm
          {...(mode.kind === 'edit' ? { client: mode.client } : {})}
          {...(mode.kind === 'add' && mode.kbo ? { initialKbo: mode.kbo } : {})}
          lookup={(kbo) => byKbo.get(kbo)}
          onSaved={(client) => {
            announce(t('clients.saved', { name: client.name, kbo: formatKbo(client.kbo) }));
            setQuery('');
            setHighlight(client.kbo);
            close();
          }}
          onCancel={close}
        />
      </div>
    );
  }

  let count: string;
  if (!snapshot && list.error !== undefined) count = t('clients.unavailableAbove');
  else if (!snapshot || (!complete && result.total === 0)) count = t('clients.loading');
  else if (!complete) count = tn('clients.recentLoading', result.total);
  else if (snapshot.clients.length === 0) count = t('clients.none');
  else if (result.total === 0) count = t('clients.notFound', { query: query.trim() });
  else if (result.total > result.clients.length)
    count = tn('clients.foundFirst', result.total, { shown: n(result.clients.length) });
  else count = tn('clients.found', result.total);
  const typedKbo = parseKbo(query);

  return (
    <div>
      <div class="lg-field">
        <label for={`${id}-search`}>{t('clients.search')}</label>
        <input
          id={`${id}-search`}
          // biome-ignore lint/a11y/noAutofocus: the popup is its own small window, opened to search; no page loses focus
          autoFocus
          type="search"
          role="combobox"
          autoComplete="off"
          spellcheck={false}
          aria-expanded={result.clients.length > 0}
          aria-controls={`${id}-results`}
          aria-autocomplete="list"
          aria-activedescendant={current ? optionId(current.kbo) : undefined}
          aria-describedby={`${id}-count`}
          value={query}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setHighlight(null);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <p id={`${id}-count`} class="lg-status" aria-live="polite">
        {count}
      </p>
      {/* The ARIA listbox pattern, driven from the search box (aria-activedescendant); biome.json allows the roles here. */}
      <ul id={`${id}-results`} role="listbox" class="lg-results" aria-label={t('clients.results')}>
        {result.clients.map((client) => {
          const selected = client === current;
          return (
            // No key handler here: keyboard users drive the list from the search box (aria-activedescendant).
            // biome-ignore lint/a11y/useFocusableInteractive: option of the listbox above; focus stays in the search box
            // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the search box
            <li
              key={client.kbo}
              id={optionId(client.kbo)}
              role="option"
              aria-selected={selected}
              onClick={() => setHighlight(client.kbo)}
              onDblClick={() => void makeActive(client)}
            >
              <span class="lg-result-name">{client.name}</span>
              {client.kbo === snapshot?.activeKbo ? (
                <span class="lg-badge lg-badge--active">{t('badge.active')}</span>
              ) : null}
              {client.school ? <span class="lg-badge lg-badge--school">{t('badge.school')}</span> : null}
              <br />
              <span class="lg-kbo">{formatKbo(client.kbo)}</span>
              {client.tags.length > 0 ? <span class="lg-hint"> · {client.tags.join(', ')}</span> : null}
            </li>
          );
        })}
      </ul>
      {complete && result.total === 0 && typedKbo.ok ? (
        <button type="button" class="lg-button" onClick={() => setMode({ kind: 'add', kbo: typedKbo.formatted })}>
          {t('clients.addTyped', { kbo: typedKbo.formatted })}
        </button>
      ) : null}
      <div class="lg-actions">
        <button type="button" class="lg-button" data-focus-key="add" onClick={() => setMode({ kind: 'add' })}>
          {t('clients.new')}
        </button>
      </div>
      {current ? (
        <ClientDetails
          key={current.kbo}
          client={current}
          active={current.kbo === snapshot?.activeKbo}
          onMakeActive={() => void makeActive(current)}
          onEdit={() => setMode({ kind: 'edit', client: current })}
          onDelete={async () => {
            await deleteClient(current.kbo);
            announce(t('clients.deleted', { name: current.name, kbo: formatKbo(current.kbo) }));
            document.getElementById(`${id}-search`)?.focus();
          }}
          announce={announce}
        />
      ) : null}
    </div>
  );
}
