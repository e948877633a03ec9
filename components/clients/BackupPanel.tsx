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
import type { Settings } from '../../lib/state';
import { both, plural } from '../ui/text';
import { useLiveQuery } from '../ui/useLiveQuery';
import { downloadText } from './download';

const PROFILE_LABELS: Record<Settings['profile'], string> = {
  secretariaat: 'sociaal secretariaat',
  werkgever: 'werkgever',
  'lokale-beheerder': 'lokale beheerder',
  'sectoraal-partnerschap': 'sectoraal partnerschap',
  trainer: 'trainer',
};

const dateTime = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeStyle: 'short' });

/**
 * When the last backup was made, live (the options page and the popup both follow it), and the
 * reminder line for it.
 *
 * @example
 * const { reminder, backUp } = useBackup(announce);
 */
export function useBackup(announce: (message: string) => void) {
  const { value: lastAt, error } = useLiveQuery(() => readLastBackupAt(), []);
  const reminder = lastAt === undefined ? undefined : backupReminder(lastAt);
  async function backUp() {
    try {
      const backup = await createBackup();
      downloadText(backup.text, backup.fileName, 'application/json');
      await recordBackupMade(backup.createdAt);
      const left =
        backup.leftOut > 0
          ? ` ${plural(backup.leftOut, 'beschadigd record', 'beschadigde records')} niet meegenomen.`
          : '';
      announce(
        `Back-up gemaakt: ${backup.fileName} (${plural(backup.contents.clients.length, 'klant', 'klanten')} en de instellingen).${left}`,
      );
    } catch (failure) {
      announce(`Back-up mislukt / Backup failed: ${both(describeDatabaseError(failure))}`);
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
        setStage({ kind: 'refused', fileName: file.name, message: both(parsed.message), problems: parsed.problems });
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
        message: `Het bestand kon niet gelezen worden; er is niets hersteld. / The file could not be read; nothing was restored. (${String(failure)})`,
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
      const settings = outcome.settingsRestored ? ' en de instellingen' : '';
      setStage({
        kind: 'done',
        message: `Hersteld uit ${fileName}: ${plural(outcome.clients, 'klant', 'klanten')}${settings}. / Restored: ${outcome.clients} clients.`,
      });
    } catch (failure) {
      setStage({
        kind: 'refused',
        fileName,
        message: `Herstellen mislukt; er is niets gewijzigd. / Restore failed; nothing was changed. ${both(describeDatabaseError(failure))}`,
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
          {reminder.message.nl} <span lang="en">{reminder.message.en}</span>
        </p>
      ) : null}
      <p>
        Een back-up is één JSON-bestand met al uw klanten (alle velden), uw instellingen en de actieve klant. Bewaar het
        op een veilige plaats: het bevat de namen en notities van uw klanten.
      </p>
      <div class="lg-actions">
        <button type="button" class="lg-button lg-button--primary" disabled={unavailable} onClick={() => void backUp()}>
          Back-up maken
        </button>
      </div>

      <div class="lg-field">
        <label for={`${id}-file`}>Kies een back-upbestand om te herstellen / Choose a backup file to restore</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={choose}
          disabled={unavailable || stage.kind === 'restoring'}
        />
      </div>

      {stage.kind === 'reading' ? <p class="lg-hint">Bestand lezen… / Reading the file…</p> : null}

      {stage.kind === 'refused' ? (
        <div class="lg-warning" role="alert" tabIndex={-1} ref={problem}>
          <p>
            <strong>{stage.fileName}:</strong> {stage.message}
          </p>
          {stage.problems.length > 0 ? (
            <table class="lg-report" aria-label="Ongeldige onderdelen van de back-up">
              <thead>
                <tr>
                  <th scope="col">Klant nr.</th>
                  <th scope="col">KBO-nummer</th>
                  <th scope="col">Probleem</th>
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
                      <bdi>{both(item.message)}</bdi>
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
  fileName: string;
  backup: ParsedBackup;
  plan: RestorePlan;
  busy: boolean;
  onRestore: () => void;
  onCancel: () => void;
}) {
  const { fileName, backup, plan, busy } = props;
  const settings = backup.settings;
  return (
    <section aria-label={`Voorbeeld van het herstel uit ${fileName}`}>
      <h3>
        Voorbeeld: <bdi>{fileName}</bdi>
      </h3>
      <ul>
        <li>
          {backup.kind === 'backup' ? 'Back-up' : 'Klantenexport (alleen klanten)'} van{' '}
          {dateTime.format(backup.createdAt)}; formaat {backup.version}, databaseschema {backup.schemaVersion}
        </li>
        <li>{plural(backup.clients.length, 'klant', 'klanten')} in het bestand</li>
        <li>
          {settings
            ? `Instellingen: profiel ${PROFILE_LABELS[settings.profile]}, taal ${settings.lang}, eigen organisatie ${settings.ownOrganisation?.name || '(geen)'}, ${plural(settings.facts.length, 'recht', 'rechten')} aangevinkt${plan.settingsChanged ? ' (verschilt van nu)' : ' (zoals nu)'}`
            : 'Geen instellingen in dit bestand: uw instellingen blijven zoals ze zijn'}
        </li>
        <li>Actieve klant na herstel: {plan.activeAfter ? formatKbo(plan.activeAfter) : 'geen'}</li>
      </ul>
      <h4>Wat verandert</h4>
      <ul>
        <li>
          {plural(plan.added.length, 'klant', 'klanten')} toegevoegd
          {plan.added.length ? `: ${kboList(plan.added)}` : ''}
        </li>
        <li>
          {plural(plan.replaced.length, 'klant', 'klanten')} vervangen door de versie uit de back-up
          {plan.replaced.length ? `: ${kboList(plan.replaced)}` : ''}
        </li>
        <li>
          {plural(plan.removed.length, 'klant', 'klanten')} verwijderd (niet in de back-up)
          {plan.removed.length ? `: ${kboList(plan.removed)}` : ''}
        </li>
        <li>{plural(plan.unchanged, 'klant', 'klanten')} ongewijzigd</li>
        {plan.corruptRemoved > 0 ? (
          <li>{plural(plan.corruptRemoved, 'beschadigd record', 'beschadigde records')} verwijderd</li>
        ) : null}
      </ul>
      <p>Herstellen vervangt uw hele klantenlijst{settings ? ' en uw instellingen' : ''} door die uit dit bestand.</p>
      <div class="lg-actions">
        <button type="button" class="lg-button lg-button--danger" disabled={busy} onClick={props.onRestore}>
          Herstellen
        </button>
        <button type="button" class="lg-button" disabled={busy} onClick={props.onCancel}>
          Annuleer herstel
        </button>
      </div>
    </section>
  );
}
