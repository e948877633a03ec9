import { useEffect, useMemo, useState } from 'preact/hooks';
import { type ClientSnapshot, listClients, listRecentClients } from '../../lib/clients/repository';
import { ClientSearchIndex } from '../../lib/clients/search';
import type { ClientRecord } from '../../lib/db';
import { useLiveQuery } from '../ui/useLiveQuery';

export interface ClientList {
  /** Undefined while nothing has been read yet. */
  snapshot: ClientSnapshot | undefined;
  index: ClientSearchIndex | undefined;
  byKbo: ReadonlyMap<string, ClientRecord>;
  /** False while only the recent clients are known (`recentFirst`), true once the whole list is in. */
  complete: boolean;
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
 * @example
 * const { index, snapshot } = useClientList({ recentFirst: true });
 * const results = index?.search(query).clients ?? [];
 */
export function useClientList(options: { recentFirst?: boolean } = {}): ClientList {
  const recentFirst = options.recentFirst ?? false;
  const [recent, setRecent] = useState<ClientSnapshot | undefined>(undefined);
  // The whole list waits until the recent clients are on screen: read in parallel, its 10,000
  // records would hold up the main thread (deserialising, validating) before the first paint.
  const [fullWanted, setFullWanted] = useState(!recentFirst);
  const { value: full, error } = useLiveQuery(() => listClients(), [], { enabled: fullWanted });
  useEffect(() => {
    if (!recentFirst) return;
    let cancelled = false;
    const startFull = () => {
      // After the paint of the recent list, not in the same task.
      if (!cancelled) setTimeout(() => setFullWanted(true), 0);
    };
    listRecentClients(RECENT_FIRST).then(
      (snapshot) => {
        if (cancelled) return;
        setRecent(snapshot);
        startFull();
      },
      startFull, // the full read reports the error
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
  return { snapshot, index, byKbo, complete: full !== undefined, error };
}
