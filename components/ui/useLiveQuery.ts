import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { openDatabase } from '../../lib/db';

/**
 * Subscribes a component to a Dexie query: it re-runs whenever the tables or keys it read change,
 * in this page or in any other extension page (Dexie broadcasts changes between same-origin
 * contexts), so an edit in the options page shows at once in an open popup.
 *
 * `value` is undefined until the first result; `error` holds a failed query (e.g. IndexedDB blocked
 * in a private window) so the view can say so instead of spinning forever. The database is opened
 * first (`openDatabase`): a liveQuery on a database that failed to open never answers at all.
 *
 * `enabled: false` holds the query back (e.g. until something more urgent has rendered, or while
 * an import writes the table chunk by chunk); the last value stays.
 *
 * @example
 * const { value: snapshot } = useLiveQuery(() => listClients(), []);
 */
export function useLiveQuery<T>(
  query: () => Promise<T>,
  deps: readonly unknown[],
  options: { enabled?: boolean } = {},
): { value: T | undefined; error: unknown } {
  const enabled = options.enabled ?? true;
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: undefined });
  // Dependencies are the caller's deps (as with useMemo), not the query closure, which is new every render.
  useEffect(() => {
    if (!enabled) return;
    let subscription: { unsubscribe(): void } | undefined;
    let stopped = false;
    openDatabase().then(
      () => {
        if (stopped) return;
        subscription = liveQuery(query).subscribe({
          next: (value) => setState({ value, error: undefined }),
          error: (error: unknown) => setState((previous) => ({ value: previous.value, error })),
        });
      },
      (error: unknown) => {
        if (!stopped) setState((previous) => ({ value: previous.value, error }));
      },
    );
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
  }, [enabled, ...deps]);
  return state;
}
