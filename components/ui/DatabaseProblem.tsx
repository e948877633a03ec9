import { describeDatabaseError } from '../../lib/db';
import { useT } from './i18n';

/** The error's own words, for a helpdesk: `OpenFailedError: UnknownError Internal error …`. */
function technical(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return `${String(name)}: ${String(message ?? '')}`.trim();
  }
  return String(error);
}

/**
 * Says, Dutch first, that the client list cannot be opened and what to do (lib/db.ts
 * `describeDatabaseError`), with the technical message for a helpdesk and a button to try again
 * (reloads the page: a database that failed to open is retried from the start). An alert, so a
 * screen reader announces it when the popup or options page opens.
 *
 * @example
 * {list.error ? <DatabaseProblem error={list.error} /> : null}
 */
export function DatabaseProblem({ error }: { error: unknown }) {
  const { t, inLang } = useT();
  const message = describeDatabaseError(error);
  return (
    <div class="lg-warning" role="alert">
      <p>
        <strong>{inLang(message)}</strong>
      </p>
      <p class="lg-hint">{t('db.technical', { detail: technical(error) })}</p>
      <button type="button" class="lg-button" onClick={() => location.reload()}>
        {t('db.retry')}
      </button>
    </div>
  );
}
