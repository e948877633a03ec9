import { useEffect, useMemo, useState } from 'preact/hooks';
import { type ClientSnapshot, listClients, listRecentClients } from '../../lib/clients/repository';
import { ClientSearchIndex } from '../../lib/clients/search';
import { type ClientRecord, openDatabase } from '../../lib/db';
import { useLiveQuery } from '../ui/useLiveQuery';

export interface ClientList {
  /** Undefined while nothing has been read yet. */
  snapshot: ClientSnapshot | undefined;
  index: ClientSearchIndex | undefined;
  byKbo: ReadonlyMap<string, ClientRecord>;
  /** False while only the recent clients are known (`recentFirst`), true once the whole list is in. */
  complete: boolean;
  /** Why the list cannot be read (the database did not open, a query failed); undefined when fine. */
  error: unknown;
}

// Enough recent clients to fill the popup's result list before the whole list is in.
const RECENT_FIRST = 50;

/**
 * The client list, live: re-read whenever any view writes it, with a search index built once per
 * change (not per keystroke).
 *
 * With `recentFirst` (the popup) the active and recently used clients are read first through an
 * index, so the popup shows them within a few milliseconds; reading and validating 10,000 records
 * then happens behind them and replaces the partial list when done.
 *
 * With `paused` the list stops following the database and keeps what it showed (the options page
 * pauses it while an import writes chunk after chunk: re-reading 100,000 records after every
 * chunk would freeze the page); unpausing reads it once.
 *
 * @example
 * const { index, snapshot } = useClientList({ recentFirst: true });
 * const results = index?.search(query).clients ?? [];
 */
export function useClientList(options: { recentFirst?: boolean; paused?: boolean } = {}): ClientList {
  const recentFirst = options.recentFirst ?? false;
  const [recent, setRecent] = useState<ClientSnapshot | undefined>(undefined);
  const [openError, setOpenError] = useState<unknown>(undefined);
  // The whole list waits until the recent clients are on screen: read in parallel, its 10,000
  // records would hold up the main thread (deserialising, validating) before the first paint.
  const [fullWanted, setFullWanted] = useState(!recentFirst);
  const { value: full, error: queryError } = useLiveQuery(() => listClients(), [], {
    enabled: fullWanted && !options.paused,
  });
  useEffect(() => {
    if (!recentFirst) return;
    let cancelled = false;
    const startFull = () => {
      // After the paint of the recent list, not in the same task.
      if (!cancelled) setTimeout(() => setFullWanted(true), 0);
    };
    // Open first: a failed open must be reported here, once, not left to a liveQuery (which
    // never answers on a database that failed to open).
    openDatabase()
      .then(() => listRecentClients(RECENT_FIRST))
      .then(
        (snapshot) => {
          if (cancelled) return;
          setRecent(snapshot);
          startFull();
        },
        (error: unknown) => {
          if (!cancelled) setOpenError(error);
          startFull(); // a later success (another try) still fills the list
        },
      );
    return () => {
      cancelled = true;
    };
  }, [recentFirst]);

  const snapshot = full ?? recent;
  const index = useMemo(
    () => (snapshot ? new ClientSearchIndex(snapshot.clients, snapshot.activeKbo) : undefined),
    [snapshot],
  );
  const byKbo = useMemo(() => new Map((snapshot?.clients ?? []).map((client) => [client.kbo, client])), [snapshot]);
  const error = queryError ?? (full === undefined ? openError : undefined);
  return { snapshot, index, byKbo, complete: full !== undefined, error };
}
