import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  type BackupProblem,
  backupReminder,
  createBackup,
  type ParsedBackup,
  parseBackup,
  planRestore,
  type RestorePlan,
  recordBackupMade,
  restoreBackup,
} from '../../lib/clients/backup';
import { describeDatabaseError, readLastBackupAt } from '../../lib/db';
import { formatKbo } from '../../lib/ids';
import { type AppText, useT } from '../ui/i18n';
import { useLiveQuery } from '../ui/useLiveQuery';
import { downloadText } from './download';

/**
 * When the last backup was made, live (the options page and the popup both follow it), and the
 * reminder line for it.
 *
 * @example
 * const { reminder, backUp } = useBackup(announce);
 */
export function useBackup(announce: (message: string) => void) {
  const { t, tn, inLang } = useT();
  const { value: lastAt, error } = useLiveQuery(() => readLastBackupAt(), []);
  const reminder = lastAt === undefined ? undefined : backupReminder(lastAt);
  async function backUp() {
    try {
      const backup = await createBackup();
      downloadText(backup.text, backup.fileName, 'application/json');
      await recordBackupMade(backup.createdAt);
      const left = backup.leftOut > 0 ? tn('backup.leftOut', backup.leftOut) : '';
      announce(tn('backup.made', backup.contents.clients.length, { file: backup.fileName, left }));
    } catch (failure) {
      announce(t('backup.failed', { reason: inLang(describeDatabaseError(failure)) }));
    }
  }
  return { reminder, backUp, unavailable: error !== undefined };
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; message: string; problems: BackupProblem[] }
  | { kind: 'preview' | 'restoring'; fileName: string; backup: ParsedBackup; plan: RestorePlan }
  | { kind: 'done'; message: string };

/**
 * "Back-up maken" (one JSON file with every client, the settings and the active client) and
 * "Herstellen" from such a file: choose it → a preview (its date and versions, how many clients,
 * which settings, and what would be added, replaced and removed) → "Herstellen" replaces
 * everything in one transaction. A bad file is refused with the reason and every bad item, and
 * nothing is written (lib/clients/backup.ts). Like the import panel, the preview is bound to
 * one chosen file: a newer choice drops an older file's late result.
 *
 * @example
 * <BackupPanel announce={setMessage} />
 */
export function BackupPanel({ announce }: { announce: (message: string) => void }) {
  const id = useId();
  const text = useT();
  const { t, tn, inLang } = text;
  const { reminder, backUp, unavailable } = useBackup(announce);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const generation = useRef(0);
  const result = useRef<HTMLParagraphElement>(null);
  const problem = useRef<HTMLDivElement>(null);

  // Focus on the outcome after a restore (never the page's body), and on a refusal's reason.
  useEffect(() => {
    if (stage.kind === 'done') result.current?.focus();
    if (stage.kind === 'refused') problem.current?.focus();
  }, [stage.kind]);

  async function choose(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    const token = ++generation.current;
    input.value = '';
    if (!file) {
      setStage({ kind: 'idle' });
      return;
    }
    setStage({ kind: 'reading', fileName: file.name });
    try {
      const parsed = await parseBackup(await file.text());
      if (token !== generation.current) return;
      if (!parsed.ok) {
        setStage({ kind: 'refused', fileName: file.name, message: inLang(parsed.message), problems: parsed.problems });
        return;
      }
      const plan = await planRestore(parsed.backup);
      if (token !== generation.current) return;
      setStage({ kind: 'preview', fileName: file.name, backup: parsed.backup, plan });
    } catch (failure) {
      if (token !== generation.current) return;
      setStage({
        kind: 'refused',
        fileName: file.name,
        message: t('backup.unreadable', { error: String(failure) }),
        problems: [],
      });
    }
  }

  async function restore(backup: ParsedBackup, plan: RestorePlan, fileName: string) {
    const token = ++generation.current;
    setStage({ kind: 'restoring', fileName, backup, plan });
    try {
      const outcome = await restoreBackup(backup);
      if (token !== generation.current) return;
      setStage({
        kind: 'done',
        message: tn(outcome.settingsRestored ? 'backup.restoredSettings' : 'backup.restored', outcome.clients, {
          file: fileName,
        }),
      });
    } catch (failure) {
      setStage({
        kind: 'refused',
        fileName,
        message: t('backup.restoreFailed', { reason: inLang(describeDatabaseError(failure)) }),
        problems: [],
      });
    }
  }

  function cancel() {
    generation.current++;
    setStage({ kind: 'idle' });
  }

  return (
    <div>
      {reminder ? (
        <p class={reminder.due ? 'lg-warning' : 'lg-hint'} data-testid="backup-reminder">
          {inLang(reminder.message)}
        </p>
      ) : null}
      <p>{t('backup.intro')}</p>
      <div class="lg-actions">
        <button type="button" class="lg-button lg-button--primary" disabled={unavailable} onClick={() => void backUp()}>
          {t('backup.make')}
        </button>
      </div>

      <div class="lg-field">
        <label for={`${id}-file`}>{t('backup.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={choose}
          disabled={unavailable || stage.kind === 'restoring'}
        />
      </div>

      {stage.kind === 'reading' ? <p class="lg-hint">{t('backup.reading')}</p> : null}

      {stage.kind === 'refused' ? (
        <div class="lg-warning" role="alert" tabIndex={-1} ref={problem}>
          <p>
            <strong>{stage.fileName}:</strong> {stage.message}
          </p>
          {stage.problems.length > 0 ? (
            <table class="lg-report" aria-label={t('backup.problems')}>
              <thead>
                <tr>
                  <th scope="col">{t('backup.col.item')}</th>
                  <th scope="col">{t('backup.col.kbo')}</th>
                  <th scope="col">{t('backup.col.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {stage.problems.slice(0, 200).map((item) => (
                  <tr key={`${item.item}-${item.message.nl}`}>
                    <td>{item.item === 0 ? '—' : item.item}</td>
                    <td class="lg-kbo">
                      <bdi>{item.kbo ?? ''}</bdi>
                    </td>
                    <td>
                      <bdi>{inLang(item.message)}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}

      {stage.kind === 'preview' || stage.kind === 'restoring' ? (
        <RestorePreview
          text={text}
          fileName={stage.fileName}
          backup={stage.backup}
          plan={stage.plan}
          busy={stage.kind === 'restoring'}
          onRestore={() => void restore(stage.backup, stage.plan, stage.fileName)}
          onCancel={cancel}
        />
      ) : null}

      {stage.kind === 'done' ? (
        <p class="lg-ok" role="status" tabIndex={-1} ref={result}>
          {stage.message}
        </p>
      ) : null}
    </div>
  );
}

function kboList(kbos: readonly string[]): string {
  const shown = kbos.slice(0, 20).map(formatKbo).join(', ');
  return kbos.length > 20 ? `${shown} … (+${kbos.length - 20})` : shown;
}

function RestorePreview(props: {
  text: AppText;
  fileName: string;
  backup: ParsedBackup;
  plan: RestorePlan;
  busy: boolean;
  onRestore: () => void;
  onCancel: () => void;
}) {
  const { fileName, backup, plan, busy } = props;
  const { t, tn, locale } = props.text;
  const settings = backup.settings;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(backup.createdAt);
  const what = { date: when, version: backup.version, schema: backup.schemaVersion };
  return (
    <section aria-label={t('backup.previewOf', { file: fileName })}>
      <h3>
        {t('backup.preview')} <bdi>{fileName}</bdi>
      </h3>
      <ul>
        <li>{t(backup.kind === 'backup' ? 'backup.kind.backup' : 'backup.kind.export', what)}</li>
        <li>{tn('backup.inFile', backup.clients.length)}</li>
        <li>
          {settings
            ? t('backup.settings', {
                profile: t(`backup.profile.${settings.profile}`),
                lang: settings.lang === 'auto' ? t('backup.lang.auto') : t(`lang.name.${settings.lang}`),
                org: settings.ownOrganisation?.name || t('backup.noOrg'),
                facts: tn('backup.facts', settings.facts.length),
                diff: plan.settingsChanged ? t('backup.differs') : t('backup.same'),
              })
            : t('backup.noSettings')}
        </li>
        <li>{t('backup.activeAfter', { kbo: plan.activeAfter ? formatKbo(plan.activeAfter) : t('form.none') })}</li>
      </ul>
      <h4>{t('backup.changes')}</h4>
      <ul>
        <li>
          {tn('backup.added', plan.added.length)}
          {plan.added.length ? `: ${kboList(plan.added)}` : ''}
        </li>
        <li>
          {tn('backup.replaced', plan.replaced.length)}
          {plan.replaced.length ? `: ${kboList(plan.replaced)}` : ''}
        </li>
        <li>
          {tn('backup.removed', plan.removed.length)}
          {plan.removed.length ? `: ${kboList(plan.removed)}` : ''}
        </li>
        <li>{tn('backup.unchanged', plan.unchanged)}</li>
        {plan.corruptRemoved > 0 ? <li>{tn('backup.corruptRemoved', plan.corruptRemoved)}</li> : null}
      </ul>
      <p>{settings ? t('backup.replacesAllSettings') : t('backup.replacesAll')}</p>
      <div class="lg-actions">
        <button type="button" class="lg-button lg-button--danger" disabled={busy} onClick={props.onRestore}>
          {t('backup.restore')}
        </button>
        <button type="button" class="lg-button" disabled={busy} onClick={props.onCancel}>
          {t('backup.cancel')}
        </button>
      </div>
    </section>
  );
}
