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
import { commitImport, ImportFailedError, listClients } from '../../lib/clients/repository';
import { describeDatabaseError } from '../../lib/db';
import { formatKbo } from '../../lib/ids';
import { type AppText, useT } from '../ui/i18n';
import { downloadText } from './download';

// Rendering thousands of report rows would make the page sluggish; the full report is a download.
const SHOWN_ROWS = 200;

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
  const text = useT();
  const { t, tn, inLang, count: n } = text;
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
      setReadError(t('import.readFailed', { error: String(error) }));
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
      setReadError(inLang(describeDatabaseError(error)));
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
        error instanceof ImportFailedError
          ? t(error.undone ? 'import.failedUndone' : 'import.failedPartly', { error: String(error.cause) })
          : t('import.failed', { error: String(error) }),
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
  const lineWord = preview?.source === 'json' ? t('import.item') : t('import.line');
  const writable = preview ? preview.valid.length + (policy === 'update' ? preview.duplicates.length : 0) : 0;
  const writing = stage.kind === 'committing';

  return (
    <div>
      <div class="lg-field">
        <label for={`${id}-file`}>{t('import.file')}</label>
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
          {unavailable ? t('import.unavailable') : ''}
          {t('import.columns')}
        </span>
      </div>
      {readError ? (
        <p class="lg-error" role="alert">
          {readError}
        </p>
      ) : null}

      {shown && preview ? (
        <section aria-label={t('import.previewOf', { file: fileName })} tabIndex={-1} ref={previewRef}>
          {preview.fileError ? (
            <p class="lg-error" role="alert">
              {inLang(preview.fileError)}
            </p>
          ) : (
            <>
              <h3>{t('import.preview', { file: fileName })}</h3>
              <ul>
                <li>{tn('import.new', preview.valid.length)}</li>
                <li>{tn('import.dup', preview.duplicates.length)}</li>
                <li>{tn('import.same', preview.unchanged.length)}</li>
                <li>{tn('import.invalid', preview.invalid.length)}</li>
                {preview.ignoredColumns.length > 0 ? (
                  <li>{t('import.ignored', { columns: preview.ignoredColumns.join(', ') })}</li>
                ) : null}
              </ul>

              {preview.windows1252Rows?.length ? <RecodedReport preview={preview} /> : null}

              {preview.valid.length > 0 ? (
                <details open={preview.valid.length <= 20}>
                  <summary>{t('import.newClients', { count: n(preview.valid.length) })}</summary>
                  <table class="lg-report">
                    <thead>
                      <tr>
                        <th scope="col">{lineWord}</th>
                        <th scope="col">{t('import.col.name')}</th>
                        <th scope="col">{t('import.col.kbo')}</th>
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
                    <p class="lg-hint">{t('import.more', { count: n(preview.valid.length - SHOWN_ROWS) })}</p>
                  ) : null}
                </details>
              ) : null}

              {preview.duplicates.length > 0 ? (
                <fieldset disabled={shown.kind !== 'preview'}>
                  <legend>{tn('import.dupLegend', preview.duplicates.length)}</legend>
                  <label>
                    <input
                      type="radio"
                      name={`${id}-policy`}
                      checked={policy === 'update'}
                      onChange={() => setPolicy('update')}
                    />{' '}
                    {t('import.update')}
                  </label>
                  <br />
                  <label>
                    <input
                      type="radio"
                      name={`${id}-policy`}
                      checked={policy === 'skip'}
                      onChange={() => setPolicy('skip')}
                    />{' '}
                    {t('import.skip')}
                  </label>
                  <table class="lg-report">
                    <thead>
                      <tr>
                        <th scope="col">{lineWord}</th>
                        <th scope="col">{t('import.col.kbo')}</th>
                        <th scope="col">{t('import.col.now')}</th>
                        <th scope="col">{t('import.col.differs')}</th>
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
                                field === 'name'
                                  ? t('import.nameChange', { name: row.candidate.name ?? '' })
                                  : t(`field.${field}`),
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
                    {writable === 0 ? t('import.nothing') : tn('import.do', writable)}
                  </button>
                  <button type="button" class="lg-button" onClick={reset}>
                    {t('common.cancel')}
                  </button>
                </div>
              ) : null}

              {stage.kind === 'committing' ? (
                <div class="lg-progress">
                  <span id={`${id}-progress-text`}>
                    {stage.progress.phase === 'write'
                      ? tn(stage.cancelling ? 'import.progressCancel' : 'import.progress', stage.progress.total, {
                          done: n(stage.progress.done),
                        })
                      : tn('import.progressUndo', stage.progress.total, { done: n(stage.progress.done) })}
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
                    {t('import.cancel')}
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
        {stage.kind === 'reading' ? t('import.reading', { file: stage.fileName }) : ''}
        {stage.kind === 'done' ? outcomeText(text, stage.outcome) : ''}
      </p>
    </div>
  );
}

function outcomeText({ t, tn, count: n }: AppText, outcome: ImportOutcome): string {
  if (outcome.cancelled) {
    const kept =
      outcome.notRestored.length > 0
        ? tn('import.keptChanged', outcome.notRestored.length, { kbos: outcome.notRestored.map(formatKbo).join(', ') })
        : '';
    return t('import.cancelled', { kept });
  }
  const conflicts = outcome.conflicts.length > 0 ? tn('import.notWritten', outcome.conflicts.length) : '';
  return t('import.done', {
    added: n(outcome.added),
    updated: n(outcome.updated),
    skipped: n(outcome.skipped),
    unchanged: n(outcome.unchanged),
    invalid: tn('import.invalid', outcome.invalid),
    conflicts,
  });
}

function RecodedReport({ preview }: { preview: ImportPreview }) {
  const { t, tn, count: n } = useT();
  const rows = preview.windows1252Rows ?? [];
  return (
    <section class="lg-warning" aria-label={t('import.recodedLabel')}>
      <p>
        <strong>{tn('import.recoded', rows.length)}</strong>
      </p>
      <table class="lg-report">
        <thead>
          <tr>
            <th scope="col">{t('import.line')}</th>
            <th scope="col">{t('import.col.readAs')}</th>
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
      {rows.length > SHOWN_ROWS ? (
        <p class="lg-hint">{t('import.more', { count: n(rows.length - SHOWN_ROWS) })}</p>
      ) : null}
    </section>
  );
}

function ConflictReport({ conflicts, lineWord }: { conflicts: readonly ImportConflict[]; lineWord: string }) {
  const { t, tn } = useT();
  return (
    <section class="lg-warning" aria-label={t('import.conflictsLabel')}>
      <p>
        <strong>{tn('import.conflicts', conflicts.length)}</strong>
      </p>
      <table class="lg-report">
        <thead>
          <tr>
            <th scope="col">{lineWord}</th>
            <th scope="col">{t('import.col.kbo')}</th>
            <th scope="col">{t('import.col.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.slice(0, SHOWN_ROWS).map((row) => (
            <tr key={row.line}>
              <td>{row.line}</td>
              <td class="lg-kbo">{formatKbo(row.kbo)}</td>
              <td>{t(`import.conflict.${row.reason}`)}</td>
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
  const { t, inLang, count: n } = useT();
  return (
    <section aria-label={t('import.invalidLabel')}>
      <h3 class="lg-error">{t('import.invalidTitle', { count: n(preview.invalid.length) })}</h3>
      <table class="lg-report">
        <thead>
          <tr>
            <th scope="col">{lineWord}</th>
            <th scope="col">{t('import.col.content')}</th>
            <th scope="col">{t('import.col.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.invalid.slice(0, SHOWN_ROWS).map((row) => (
            <tr key={row.line}>
              <td>{row.line}</td>
              <td>{row.raw}</td>
              <td>{row.reasons.map(inLang).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.invalid.length > SHOWN_ROWS ? (
        <p class="lg-hint">{t('import.moreInReport', { count: n(preview.invalid.length - SHOWN_ROWS) })}</p>
      ) : null}
      <button
        type="button"
        class="lg-button"
        onClick={() =>
          downloadText(
            // The same writer as the export (toCsv): a cell like "=HYPERLINK(…)" is escaped here too.
            toExcelCsv([
              [lineWord, t('import.col.content'), t('import.col.reason')].map((head) => head.toLowerCase()),
              ...preview.invalid.map((row) => [String(row.line), row.raw, row.reasons.map(inLang).join(' ')]),
            ]),
            t('import.reportFile', { name: fileName.replace(/\.[^.]+$/, '') }),
            'text/csv',
          )
        }
      >
        {t('import.download')}
      </button>
    </section>
  );
}
