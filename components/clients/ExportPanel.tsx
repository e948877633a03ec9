import { exportClientsCsv, exportClientsJson, exportFileName } from '../../lib/clients/export';
import { plural } from '../ui/text';
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
  const clients = list.snapshot?.clients ?? [];
  if (!list.snapshot && list.error !== undefined) {
    return <p>Exporteren kan niet: de klantenlijst kan niet geopend worden (zie de melding bovenaan).</p>;
  }
  return (
    <div>
      <p>
        {plural(clients.length, 'klant', 'klanten')}. CSV opent in Excel (puntkomma's, UTF-8); JSON bevat alle
        klantgegevens. Beide kunt u hierboven weer importeren. Een back-up van alles, ook uw instellingen, maakt u met
        "Back-up maken" bovenaan.
      </p>
      <div class="lg-actions">
        <button
          type="button"
          class="lg-button"
          disabled={clients.length === 0}
          onClick={() => {
            downloadText(exportClientsCsv(clients), exportFileName('csv'), 'text/csv');
            announce(`${plural(clients.length, 'klant', 'klanten')} geëxporteerd als CSV.`);
          }}
        >
          Exporteer als CSV
        </button>
        <button
          type="button"
          class="lg-button"
          disabled={clients.length === 0}
          onClick={() => {
            downloadText(exportClientsJson(clients), exportFileName('json'), 'application/json');
            announce(`${plural(clients.length, 'klant', 'klanten')} geëxporteerd als JSON.`);
          }}
        >
          Exporteer als JSON
        </button>
      </div>
    </div>
  );
}
