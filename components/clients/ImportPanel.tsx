import { useId, useState } from 'preact/hooks';
import { toCsv } from '../../lib/clients/csv';
import {
  commitImport,
  type DuplicatePolicy,
  type ImportOutcome,
  type ImportPreview,
  type ParsedImport,
  parseImport,
  previewImport,
} from '../../lib/clients/import';
import type { ClientField } from '../../lib/clients/model';
import { listClients } from '../../lib/clients/repository';
import { formatKbo } from '../../lib/ids';
import { both, plural } from '../ui/text';
import { downloadText } from './download';

// Rendering thousands of report rows would make the page sluggish; the full report is a download.
const SHOWN_ROWS = 200;

const FIELD_LABELS: Record<ClientField, string> = {
  kbo: 'ondernemingsnummer',
  name: 'naam',
  tags: 'tags',
  notes: 'notities',
  school: 'school',
};

/**
 * Import a client list from CSV or our JSON export: choose a file → a preview (new clients,
 * clients already listed with other data — update or skip, the person chooses —, unchanged ones,
 * and every invalid row with its line number and reason) → one transaction. The bad-row report
 * stays on screen after the import, and can be downloaded, so nothing invalid disappears silently.
 *
 * @example
 * <ImportPanel />
 */
export function ImportPanel() {
  const id = useId();
  const [fileName, setFileName] = useState('');
  const [parsed, setParsed] = useState<ParsedImport | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [policy, setPolicy] = useState<DuplicatePolicy>('update');
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [readError, setReadError] = useState('');

  async function choose(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setOutcome(null);
    setReadError('');
    if (!file) return;
    setFileName(file.name);
    try {
      const next = parseImport(new Uint8Array(await file.arrayBuffer()));
      // Against the list as stored now, not the last rendered snapshot (which may lag a write).
      const { clients } = await listClients();
      setParsed(next);
      setPreview(previewImport(next, clients));
    } catch (error) {
      setParsed(null);
      setPreview(null);
      setReadError(`Het bestand kon niet gelezen worden / The file could not be read: ${String(error)}`);
    }
  }

  async function commit() {
    if (!parsed) return;
    setBusy(true);
    try {
      const result = await commitImport(parsed, { duplicates: policy });
      setOutcome(result);
    } catch (error) {
      setReadError(`Importeren mislukt, er is niets gewijzigd / Import failed, nothing was changed: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  function reset() {
    setParsed(null);
    setPreview(null);
    setOutcome(null);
    setFileName('');
  }

  const lineWord = preview?.source === 'json' ? 'Item' : 'Regel';
  const writable = preview ? preview.valid.length + (policy === 'update' ? preview.duplicates.length : 0) : 0;

  return (
    <div>
      <div class="lg-field">
        <label for={`${id}-file`}>Kies een bestand (CSV of JSON) / Choose a file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.txt,.json,text/csv,application/json"
          onChange={choose}
          aria-describedby={`${id}-file-hint`}
        />
        <span class="lg-hint" id={`${id}-file-hint`}>
          Kolommen: ondernemingsnummer (of KBO, kbo-nummer, BTW-nummer, enterprise number), naam, tags, notities, school
          (ja/nee). Komma of puntkomma; UTF-8 of Windows-1252. Lege cellen laten bestaande gegevens ongemoeid.
        </span>
      </div>
      {readError ? (
        <p class="lg-error" role="alert">
          {readError}
        </p>
      ) : null}

      {preview ? (
        <section aria-label={`Voorbeeld van de import uit ${fileName}`}>
          {preview.fileError ? (
            <p class="lg-error" role="alert">
              {both(preview.fileError)}
            </p>
          ) : (
            <>
              <h3>Voorbeeld: {fileName}</h3>
              <ul>
                <li>{plural(preview.valid.length, 'nieuwe klant', 'nieuwe klanten')}</li>
                <li>{plural(preview.duplicates.length, 'klant', 'klanten')} al in de lijst, met andere gegevens</li>
                <li>{plural(preview.unchanged.length, 'klant', 'klanten')} al in de lijst, ongewijzigd</li>
                <li>{plural(preview.invalid.length, 'ongeldige regel', 'ongeldige regels')}</li>
                {preview.ignoredColumns.length > 0 ? (
                  <li>Genegeerde kolommen: {preview.ignoredColumns.join(', ')}</li>
                ) : null}
              </ul>

              {preview.valid.length > 0 ? (
                <details open={preview.valid.length <= 20}>
                  <summary>Nieuwe klanten ({preview.valid.length.toLocaleString('nl-BE')})</summary>
                  <table class="lg-report">
                    <thead>
                      <tr>
                        <th scope="col">{lineWord}</th>
                        <th scope="col">Naam</th>
                        <th scope="col">KBO-nummer</th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.valid.slice(0, SHOWN_ROWS).map((row) => (
                        <tr key={row.line}>
                          <td>{row.line}</td>
                          <td>{row.name}</td>
                          <td class="lg-kbo">{formatKbo(row.kbo)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {preview.valid.length > SHOWN_ROWS ? (
                    <p class="lg-hint">… en {preview.valid.length - SHOWN_ROWS} meer.</p>
                  ) : null}
                </details>
              ) : null}

              {preview.duplicates.length > 0 ? (
                <fieldset>
                  <legend>
                    {plural(preview.duplicates.length, 'klant staat', 'klanten staan')} al in de lijst met andere
                    gegevens
                  </legend>
                  <label>
                    <input
                      type="radio"
                      name={`${id}-policy`}
                      checked={policy === 'update'}
                      onChange={() => setPolicy('update')}
                    />{' '}
                    Bijwerken met de gegevens uit het bestand / Update
                  </label>
                  <br />
                  <label>
                    <input
                      type="radio"
                      name={`${id}-policy`}
                      checked={policy === 'skip'}
                      onChange={() => setPolicy('skip')}
                    />{' '}
                    Overslaan, bestaande gegevens behouden / Skip
                  </label>
                  <table class="lg-report">
                    <thead>
                      <tr>
                        <th scope="col">{lineWord}</th>
                        <th scope="col">KBO-nummer</th>
                        <th scope="col">Nu</th>
                        <th scope="col">Verschilt in</th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.duplicates.slice(0, SHOWN_ROWS).map((row) => (
                        <tr key={row.candidate.line}>
                          <td>{row.candidate.line}</td>
                          <td class="lg-kbo">{formatKbo(row.candidate.kbo)}</td>
                          <td>{row.existing.name}</td>
                          <td>
                            {row.changes
                              .map((field) =>
                                field === 'name' ? `naam → ${row.candidate.name ?? ''}` : FIELD_LABELS[field],
                              )
                              .join(', ')}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </fieldset>
              ) : null}

              {preview.invalid.length > 0 ? (
                <InvalidReport preview={preview} lineWord={lineWord} fileName={fileName} />
              ) : null}

              {outcome ? null : (
                <div class="lg-actions">
                  <button
                    type="button"
                    class="lg-button lg-button--primary"
                    disabled={busy || writable === 0}
                    onClick={() => void commit()}
                  >
                    {writable === 0 ? 'Niets te importeren' : `Importeer ${plural(writable, 'klant', 'klanten')}`}
                  </button>
                  <button type="button" class="lg-button" onClick={reset}>
                    Annuleer
                  </button>
                </div>
              )}
            </>
          )}
        </section>
      ) : null}
      <p class="lg-status" role="status" aria-live="polite">
        {outcome ? outcomeText(outcome) : ''}
      </p>
    </div>
  );
}

function outcomeText(outcome: ImportOutcome): string {
  return `Import klaar: ${outcome.added} toegevoegd, ${outcome.updated} bijgewerkt, ${outcome.skipped} overgeslagen, ${outcome.unchanged} ongewijzigd, ${plural(outcome.invalid, 'ongeldige regel', 'ongeldige regels')} niet geïmporteerd.`;
}

function InvalidReport({
  preview,
  lineWord,
  fileName,
}: {
  preview: ImportPreview;
  lineWord: string;
  fileName: string;
}) {
  return (
    <section aria-label="Ongeldige regels">
      <h3 class="lg-error">
        Ongeldige regels ({preview.invalid.length.toLocaleString('nl-BE')}): deze worden niet geïmporteerd / Invalid
        rows are not imported
      </h3>
      <table class="lg-report">
        <thead>
          <tr>
            <th scope="col">{lineWord}</th>
            <th scope="col">Inhoud</th>
            <th scope="col">Reden</th>
          </tr>
        </thead>
        <tbody>
          {preview.invalid.slice(0, SHOWN_ROWS).map((row) => (
            <tr key={row.line}>
              <td>{row.line}</td>
              <td>{row.raw}</td>
              <td>{row.reasons.map(both).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.invalid.length > SHOWN_ROWS ? (
        <p class="lg-hint">… en {preview.invalid.length - SHOWN_ROWS} meer in het foutrapport.</p>
      ) : null}
      <button
        type="button"
        class="lg-button"
        onClick={() =>
          downloadText(
            toCsv([
              [lineWord.toLowerCase(), 'inhoud', 'reden'],
              ...preview.invalid.map((row) => [String(row.line), row.raw, row.reasons.map(both).join(' ')]),
            ]),
            `foutrapport-${fileName.replace(/\.[^.]+$/, '')}.csv`,
            'text/csv',
          )
        }
      >
        Download het foutrapport (CSV)
      </button>
    </section>
  );
}
