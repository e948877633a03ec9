import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { toExcelCsv } from '../../lib/clients/csv';
import {
  type DuplicatePolicy,
  type ImportConflict,
  type ImportOutcome,
  type ImportPreview,
  type ImportProgress,
  type ParsedImport,
  parseImport,
  previewImport,
} from '../../lib/clients/import';
import type { ClientField } from '../../lib/clients/model';
import { commitImport, ImportFailedError, listClients } from '../../lib/clients/repository';
import { describeDatabaseError } from '../../lib/db';
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

const CONFLICT_REASONS: Record<ImportConflict['reason'], string> = {
  changed: 'intussen in een ander venster gewijzigd; niet overschreven',
  added: 'intussen in een ander venster toegevoegd; niet overschreven',
  deleted: 'intussen in een ander venster verwijderd; niet opnieuw toegevoegd',
};

/** One chosen file, parsed and previewed: the only thing the import button can commit. */
interface Previewed {
  fileName: string;
  parsed: ParsedImport;
  preview: ImportPreview;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | ({ kind: 'preview' } & Previewed)
  | ({ kind: 'committing'; progress: ImportProgress; cancelling: boolean } & Previewed)
  | ({ kind: 'done'; outcome: ImportOutcome } & Previewed);

/**
 * Resolves after the browser has had a chance to paint (a frame, then a task), so "Bestand
 * lezen…" is on screen before a large file's parse holds the main thread. A hidden page gets no
 * frames: then after 50 ms.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}

export interface ImportPanelProps {
  /** Told when an import starts and stops writing (the options page pauses its live list meanwhile). */
  onWritingChange?: (writing: boolean) => void;
  /** The database cannot be opened: nothing can be imported (the page says why). */
  unavailable?: boolean;
}

/**
 * Import a client list from CSV or our JSON export: choose a file → a preview (new clients,
 * clients already listed with other data — update or skip, the person chooses —, unchanged ones,
 * rows read as Windows-1252 in a UTF-8 file, and every invalid row with its line number and
 * reason) → the commit, in chunks, with a progress bar and "Annuleren" (which undoes what was
 * written). The bad-row report stays on screen after the import, and can be downloaded, so
 * nothing invalid disappears silently.
 *
 * Design note: the panel is bound to exactly one parsed file. Every choice of a file gets a new
 * generation; the old preview (and its import button) goes at once, and a parse that finishes
 * after a newer file was chosen is dropped. So the button always imports the rows it shows.
 *
 * @example
 * <ImportPanel onWritingChange={setImporting} />
 */
export function ImportPanel({ onWritingChange, unavailable = false }: ImportPanelProps) {
  const id = useId();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [policy, setPolicy] = useState<DuplicatePolicy>('update');
  const [readError, setReadError] = useState('');
  const generation = useRef(0);
  const abort = useRef<AbortController | null>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const previewRef = useRef<HTMLElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelled = useRef(false);

  // Focus follows the action: to the preview once the file is read (a screen reader reads what the
  // import would do), to "Annuleren" while writing (the import button is gone), to the outcome when
  // done, back to the file field after "Annuleer" — never to the page's body.
  useEffect(() => {
    if (stage.kind === 'preview') previewRef.current?.focus();
    if (stage.kind === 'committing' && !stage.cancelling) cancelButton.current?.focus();
    if (stage.kind === 'done') status.current?.focus();
    if (stage.kind === 'idle' && cancelled.current) {
      cancelled.current = false;
      fileInput.current?.focus();
    }
  }, [stage.kind]);

  async function choose(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    const token = ++generation.current;
    // Cleared, so choosing the same file again (after a cancel, or after fixing it) is a new choice.
    input.value = '';
    // Whatever was previewed belongs to another file now: it goes, with its button.
    setReadError('');
    if (!file) {
      setStage({ kind: 'idle' });
      return;
    }
    setStage({ kind: 'reading', fileName: file.name });
    let parsed: ParsedImport;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (token !== generation.current) return;
      await afterPaint();
      if (token !== generation.current) return;
      parsed = parseImport(bytes);
    } catch (error) {
      if (token !== generation.current) return;
      setStage({ kind: 'idle' });
      setReadError(`Het bestand kon niet gelezen worden / The file could not be read: ${String(error)}`);
      return;
    }
    try {
      // Against the list as stored now, not the last rendered snapshot (which may lag a write).
      const { clients } = await listClients();
      // A newer file was chosen while this one was read: its result is dropped.
      if (token !== generation.current) return;
      setStage({ kind: 'preview', fileName: file.name, parsed, preview: previewImport(parsed, clients) });
    } catch (error) {
      if (token !== generation.current) return;
      setStage({ kind: 'idle' });
      setReadError(both(describeDatabaseError(error)));
    }
  }

  async function commit({ fileName, parsed, preview }: Previewed) {
    const chosen: Previewed = { fileName, parsed, preview };
    const controller = new AbortController();
    abort.current = controller;
    const total = parsed.candidates.length;
    setReadError('');
    setStage({ ...chosen, kind: 'committing', progress: { phase: 'write', done: 0, total }, cancelling: false });
    onWritingChange?.(true);
    try {
      const outcome = await commitImport(parsed, {
        duplicates: policy,
        basis: preview.basis,
        signal: controller.signal,
        onProgress: (progress) =>
          setStage((current) => (current.kind === 'committing' ? { ...current, progress } : current)),
      });
      setStage({ ...chosen, kind: 'done', outcome });
    } catch (error) {
      setStage({ ...chosen, kind: 'preview' });
      setReadError(
        error instanceof ImportFailedError ? error.message : `Importeren mislukt / Import failed: ${String(error)}`,
      );
    } finally {
      abort.current = null;
      onWritingChange?.(false);
    }
  }

  function cancel() {
    abort.current?.abort();
    setStage((current) => (current.kind === 'committing' ? { ...current, cancelling: true } : current));
  }

  function reset() {
    generation.current++;
    cancelled.current = true;
    setStage({ kind: 'idle' });
  }

  const shown = stage.kind === 'preview' || stage.kind === 'committing' || stage.kind === 'done' ? stage : null;
  const preview = shown?.preview ?? null;
  const fileName = shown?.fileName ?? '';
  const lineWord = preview?.source === 'json' ? 'Item' : 'Regel';
  const writable = preview ? preview.valid.length + (policy === 'update' ? preview.duplicates.length : 0) : 0;
  const writing = stage.kind === 'committing';

  return (
    <div>
      <div class="lg-field">
        <label for={`${id}-file`}>Kies een bestand (CSV of JSON) / Choose a file</label>
        <input
          id={`${id}-file`}
          ref={fileInput}
          type="file"
          accept=".csv,.txt,.json,text/csv,application/json"
          onChange={choose}
          disabled={writing || unavailable}
          aria-describedby={`${id}-file-hint`}
        />
        <span class="lg-hint" id={`${id}-file-hint`}>
          {unavailable
            ? 'Importeren kan niet: de klantenlijst kan niet geopend worden (zie de melding bovenaan). '
            : ''}
          Kolommen: ondernemingsnummer (of KBO, kbo-nummer, BTW-nummer, enterprise number), naam, tags, notities, school
          (ja/nee). Komma of puntkomma; UTF-8 of Windows-1252. Lege cellen laten bestaande gegevens ongemoeid.
        </span>
      </div>
      {readError ? (
        <p class="lg-error" role="alert">
          {readError}
        </p>
      ) : null}

      {shown && preview ? (
        <section aria-label={`Voorbeeld van de import uit ${fileName}`} tabIndex={-1} ref={previewRef}>
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

              {preview.windows1252Rows?.length ? <RecodedReport preview={preview} /> : null}

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
                <fieldset disabled={shown.kind !== 'preview'}>
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

              {stage.kind === 'preview' ? (
                <div class="lg-actions">
                  <button
                    type="button"
                    class="lg-button lg-button--primary"
                    disabled={writable === 0}
                    onClick={() => void commit(stage)}
                  >
                    {writable === 0 ? 'Niets te importeren' : `Importeer ${plural(writable, 'klant', 'klanten')}`}
                  </button>
                  <button type="button" class="lg-button" onClick={reset}>
                    Annuleer
                  </button>
                </div>
              ) : null}

              {stage.kind === 'committing' ? (
                <div class="lg-progress">
                  <span id={`${id}-progress-text`}>
                    {stage.progress.phase === 'write'
                      ? `${stage.cancelling ? 'Annuleren na dit deel' : 'Importeren'}: ${stage.progress.done.toLocaleString('nl-BE')} van ${plural(stage.progress.total, 'klant', 'klanten')}`
                      : `Terugzetten: ${stage.progress.done.toLocaleString('nl-BE')} van ${plural(stage.progress.total, 'klant', 'klanten')}`}
                  </span>
                  <progress
                    max={Math.max(1, stage.progress.total)}
                    value={stage.progress.done}
                    aria-labelledby={`${id}-progress-text`}
                  />
                  <button
                    type="button"
                    class="lg-button"
                    ref={cancelButton}
                    aria-disabled={stage.cancelling}
                    onClick={() => {
                      if (!stage.cancelling) cancel();
                    }}
                  >
                    Annuleren
                  </button>
                </div>
              ) : null}

              {stage.kind === 'done' && stage.outcome.conflicts.length > 0 ? (
                <ConflictReport conflicts={stage.outcome.conflicts} lineWord={lineWord} />
              ) : null}
            </>
          )}
        </section>
      ) : null}
      <p class="lg-status" role="status" aria-live="polite" tabIndex={-1} ref={status}>
        {stage.kind === 'reading' ? `Bestand lezen: ${stage.fileName}…` : ''}
        {stage.kind === 'done' ? outcomeText(stage.outcome) : ''}
      </p>
    </div>
  );
}

function outcomeText(outcome: ImportOutcome): string {
  if (outcome.cancelled) {
    const kept =
      outcome.notRestored.length > 0
        ? ` ${plural(outcome.notRestored.length, 'klant is', 'klanten zijn')} tijdens de import in een ander venster gewijzigd en zo gebleven: ${outcome.notRestored.map(formatKbo).join(', ')}.`
        : '';
    return `Import geannuleerd: er is niets geïmporteerd, de klantenlijst is zoals voor de import.${kept} Kies het bestand opnieuw om toch te importeren. / Import cancelled: nothing was imported.`;
  }
  const conflicts =
    outcome.conflicts.length > 0
      ? ` ${plural(outcome.conflicts.length, 'klant', 'klanten')} niet geschreven: intussen in een ander venster gewijzigd (zie hieronder).`
      : '';
  const n = (count: number) => count.toLocaleString('nl-BE');
  return `Import klaar: ${n(outcome.added)} toegevoegd, ${n(outcome.updated)} bijgewerkt, ${n(outcome.skipped)} overgeslagen, ${n(outcome.unchanged)} ongewijzigd, ${plural(outcome.invalid, 'ongeldige regel', 'ongeldige regels')} niet geïmporteerd.${conflicts}`;
}

function RecodedReport({ preview }: { preview: ImportPreview }) {
  const rows = preview.windows1252Rows ?? [];
  return (
    <section class="lg-warning" aria-label="Regels om te controleren">
      <p>
        <strong>
          Let op: {plural(rows.length, 'regel', 'regels')} in dit UTF-8-bestand {rows.length === 1 ? 'was' : 'waren'}{' '}
          geen geldige UTF-8 en {rows.length === 1 ? 'is' : 'zijn'} gelezen als Windows-1252 (zoals Excel bewaart).
          Controleer de namen voor u importeert.
        </strong>{' '}
        <span lang="en">Rows that were not valid UTF-8 were read as Windows-1252: check them before importing.</span>
      </p>
      <table class="lg-report">
        <thead>
          <tr>
            <th scope="col">Regel</th>
            <th scope="col">Gelezen als</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN_ROWS).map((row) => (
            <tr key={row.line}>
              <td>{row.line}</td>
              <td>{row.raw}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN_ROWS ? <p class="lg-hint">… en {rows.length - SHOWN_ROWS} meer.</p> : null}
    </section>
  );
}

function ConflictReport({ conflicts, lineWord }: { conflicts: readonly ImportConflict[]; lineWord: string }) {
  return (
    <section class="lg-warning" aria-label="Niet geïmporteerd: elders gewijzigd">
      <p>
        <strong>
          {plural(conflicts.length, 'klant is', 'klanten zijn')} na het voorbeeld in een ander venster gewijzigd en
          daarom niet overschreven. Kies het bestand opnieuw om de nieuwe gegevens te vergelijken.
        </strong>{' '}
        <span lang="en">Clients changed in another window after the preview were not overwritten.</span>
      </p>
      <table class="lg-report">
        <thead>
          <tr>
            <th scope="col">{lineWord}</th>
            <th scope="col">KBO-nummer</th>
            <th scope="col">Reden</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.slice(0, SHOWN_ROWS).map((row) => (
            <tr key={row.line}>
              <td>{row.line}</td>
              <td class="lg-kbo">{formatKbo(row.kbo)}</td>
              <td>{CONFLICT_REASONS[row.reason]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
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
            // The same writer as the export (toCsv): a cell like "=HYPERLINK(…)" is escaped here too.
            toExcelCsv([
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
