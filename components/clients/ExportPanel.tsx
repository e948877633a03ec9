import { exportClientsCsv, exportClientsJson, exportFileName } from '../../lib/clients/export';
import { useT } from '../ui/i18n';
import { downloadText } from './download';
import type { ClientList } from './useClientList';

/**
 * Export the list as CSV (opens in Excel) or JSON (every client field); both import back to the
 * same list. A backup of everything (settings too) is the BackupPanel's.
 *
 * @example
 * <ExportPanel list={useClientList()} announce={setMessage} />
 */
export function ExportPanel({ list, announce }: { list: ClientList; announce: (message: string) => void }) {
  const { t, tn } = useT();
  const clients = list.snapshot?.clients ?? [];
  if (!list.snapshot && list.error !== undefined) {
    return <p>{t('export.unavailable')}</p>;
  }
  return (
    <div>
      <p>{tn('export.intro', clients.length)}</p>
      <div class="lg-actions">
        <button
          type="button"
          class="lg-button"
          disabled={clients.length === 0}
          onClick={() => {
            downloadText(exportClientsCsv(clients), exportFileName('csv'), 'text/csv');
            announce(tn('export.doneCsv', clients.length));
          }}
        >
          {t('export.csv')}
        </button>
        <button
          type="button"
          class="lg-button"
          disabled={clients.length === 0}
          onClick={() => {
            downloadText(exportClientsJson(clients), exportFileName('json'), 'application/json');
            announce(tn('export.doneJson', clients.length));
          }}
        >
          {t('export.json')}
        </button>
      </div>
    </div>
  );
}
