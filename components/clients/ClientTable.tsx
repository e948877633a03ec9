import { useId, useMemo, useState } from 'preact/hooks';
import { bulkDeleteClients, deleteCorruptClients, setActiveClient } from '../../lib/clients/repository';
import type { ClientRecord } from '../../lib/db';
import { formatKbo } from '../../lib/ids';
import { ConfirmBar } from '../ui/ConfirmBar';
import { useT } from '../ui/i18n';
import { useFocusReturn } from '../ui/useFocusReturn';
import { VirtualRows } from '../ui/VirtualList';
import { ClientForm } from './ClientForm';
import type { ClientList } from './useClientList';

const ROW_HEIGHT = 40;
const VIEWPORT = 480;

type Editing = { kind: 'add' } | { kind: 'edit'; client: ClientRecord } | null;

export interface ClientTableProps {
  list: ClientList;
  announce: (message: string) => void;
}

/**
 * The whole client list on the options page: a filter, a windowed table (only the rows in view
 * are rendered, so 10,000 clients scroll smoothly), selection with bulk delete behind a
 * confirmation, and add/edit with the same form as the popup.
 *
 * @example
 * <ClientTable list={useClientList()} announce={setMessage} />
 */
export function ClientTable({ list, announce }: ClientTableProps) {
  const id = useId();
  const { t, tn, count: n } = useT();
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [pendingDelete, setPendingDelete] = useState<string[] | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const focusReturn = useFocusReturn();
  const { index, snapshot, byKbo } = list;

  const shown = useMemo(
    () => index?.search(filter, { limit: Number.POSITIVE_INFINITY }).clients ?? [],
    [index, filter],
  );
  // Selection only ever holds clients that still exist (another view may have deleted some).
  const selection = [...selected].filter((kbo) => byKbo.has(kbo));
  const allShownSelected = shown.length > 0 && shown.every((client) => selected.has(client.kbo));

  function toggle(kbo: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(kbo);
    else next.delete(kbo);
    setSelected(next);
  }

  async function confirmDelete(kbos: string[]) {
    const removed = await bulkDeleteClients(kbos);
    const next = new Set(selected);
    for (const kbo of kbos) next.delete(kbo);
    setSelected(next);
    setPendingDelete(null);
    announce(tn('table.deleted', removed));
  }

  if (!snapshot) {
    return <p class="lg-status">{list.error !== undefined ? t('clients.unavailableTop') : t('clients.loading')}</p>;
  }
  const total = snapshot.clients.length;

  return (
    <div>
      {snapshot.corrupt.length > 0 ? (
        <div class="lg-confirm" role="alert">
          <p>{tn('table.corrupt', snapshot.corrupt.length, { keys: snapshot.corrupt.map((r) => r.key).join(', ') })}</p>
          <button
            type="button"
            class="lg-button lg-button--danger"
            onClick={async () => {
              await deleteCorruptClients(snapshot.corrupt);
              announce(t('table.corruptDeleted'));
            }}
          >
            {t('table.corruptDelete')}
          </button>
        </div>
      ) : null}

      {editing ? (
        <div>
          <h3>{editing.kind === 'add' ? t('clients.new') : t('clients.edit')}</h3>
          <ClientForm
            {...(editing.kind === 'edit' ? { client: editing.client } : {})}
            lookup={(kbo) => byKbo.get(kbo)}
            onSaved={(client) => {
              focusReturn.returnTo(editing.kind === 'edit' ? `edit-${editing.client.kbo}` : 'add');
              setEditing(null);
              announce(t('clients.saved', { name: client.name, kbo: formatKbo(client.kbo) }));
            }}
            onCancel={() => {
              focusReturn.returnTo(editing.kind === 'edit' ? `edit-${editing.client.kbo}` : 'add');
              setEditing(null);
            }}
          />
        </div>
      ) : (
        <div class="lg-actions">
          <button
            type="button"
            class="lg-button lg-button--primary"
            data-focus-key="add"
            onClick={() => setEditing({ kind: 'add' })}
          >
            {t('clients.new')}
          </button>
        </div>
      )}

      <div class="lg-field">
        <label for={`${id}-filter`}>{t('table.filter')}</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          aria-describedby={`${id}-count`}
          onInput={(event) => setFilter(event.currentTarget.value)}
        />
      </div>
      <p id={`${id}-count`} class="lg-status" aria-live="polite">
        {filter.trim() === '' ? tn('table.inList', total) : tn('table.foundOf', shown.length, { total: n(total) })}
      </p>

      <div class="lg-actions">
        <label>
          <input
            type="checkbox"
            checked={allShownSelected}
            disabled={shown.length === 0}
            onChange={(event) => {
              const next = new Set(selected);
              for (const client of shown) {
                if (event.currentTarget.checked) next.add(client.kbo);
                else next.delete(client.kbo);
              }
              setSelected(next);
            }}
          />{' '}
          {tn('table.selectAll', shown.length)}
        </label>
        <button
          type="button"
          class="lg-button lg-button--danger"
          disabled={selection.length === 0}
          onClick={() => setPendingDelete(selection)}
        >
          {t('table.deleteSelected', { count: n(selection.length) })}
        </button>
      </div>
      {pendingDelete ? (
        <ConfirmBar
          question={tn('table.confirm', pendingDelete.length)}
          confirmLabel={tn('table.confirmYes', pendingDelete.length)}
          onConfirm={() => void confirmDelete(pendingDelete)}
          onCancel={() => setPendingDelete(null)}
        />
      ) : null}

      {/* A virtualised list of 10,000 rows cannot be a <table> (rows are absolutely positioned), so
          it is an ARIA table of divs; biome.json turns off the two lint rules that want <table>. */}
      <div class="lg-table" role="table" aria-label={t('table.label')} aria-rowcount={shown.length + 1}>
        <div role="rowgroup">
          <div class="lg-trow lg-trow--head" role="row" aria-rowindex={1}>
            <span role="columnheader">
              <span class="lg-visually-hidden">{t('table.col.select')}</span>
            </span>
            <span role="columnheader">{t('table.col.name')}</span>
            <span role="columnheader">{t('table.col.kbo')}</span>
            <span role="columnheader">{t('table.col.tags')}</span>
            <span role="columnheader">{t('table.col.school')}</span>
            <span role="columnheader">{t('table.col.actions')}</span>
          </div>
        </div>
        <VirtualRows
          count={shown.length}
          rowHeight={ROW_HEIGHT}
          height={Math.min(VIEWPORT, Math.max(ROW_HEIGHT, shown.length * ROW_HEIGHT))}
          label={t('table.scroll')}
          renderRow={(index) => {
            const client = shown[index];
            if (!client) return null;
            const active = client.kbo === snapshot.activeKbo;
            return (
              <div class="lg-trow" role="row" aria-rowindex={index + 2}>
                <span role="cell">
                  <input
                    type="checkbox"
                    aria-label={t('table.select', { name: client.name })}
                    checked={selected.has(client.kbo)}
                    onChange={(event) => toggle(client.kbo, event.currentTarget.checked)}
                  />
                </span>
                <span role="cell" title={client.name}>
                  {client.name}
                  {active ? <span class="lg-badge lg-badge--active">{t('badge.active')}</span> : null}
                </span>
                <span role="cell" class="lg-kbo">
                  {formatKbo(client.kbo)}
                </span>
                <span role="cell" title={client.tags.join(', ')}>
                  {client.tags.join(', ')}
                </span>
                <span role="cell">{client.school ? t('common.yes') : t('common.no')}</span>
                <span role="cell">
                  <button
                    type="button"
                    class="lg-button"
                    aria-label={t('table.makeActive', { name: client.name })}
                    disabled={active}
                    onClick={async () => {
                      await setActiveClient(client.kbo);
                      announce(t('table.activeDone', { name: client.name }));
                    }}
                  >
                    {t('table.activeShort')}
                  </button>{' '}
                  <button
                    type="button"
                    class="lg-button"
                    aria-label={t('table.editName', { name: client.name })}
                    data-focus-key={`edit-${client.kbo}`}
                    onClick={() => setEditing({ kind: 'edit', client })}
                  >
                    {t('common.edit')}
                  </button>{' '}
                  <button
                    type="button"
                    class="lg-button lg-button--danger"
                    aria-label={t('table.deleteName', { name: client.name })}
                    onClick={() => setPendingDelete([client.kbo])}
                  >
                    {t('common.delete')}
                  </button>
                </span>
              </div>
            );
          }}
        />
      </div>
    </div>
  );
}
