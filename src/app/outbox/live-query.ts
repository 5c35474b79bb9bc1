import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Subscribes a component to a Dexie query; it re-renders when the tables it read change,
 * in this tab or another (Dexie 4 broadcasts changes between tabs). Returns undefined while
 * the first result loads, and `fallback` when IndexedDB cannot be opened.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[], fallback: T): T | undefined {
  const [result, setResult] = useState<T | undefined>(undefined);
  useEffect(() => {
    // Without IndexedDB (private modes, blocked storage) there is nothing to show. Dexie 4.4's
    // liveQuery then raised an uncaught error in Chromium and never called `error`, so the
    // list stayed "loading"; the storage notice explains to the visitor why it is empty.
    if (typeof indexedDB === 'undefined') {
      setResult(fallback);
      return undefined;
    }
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult(value),
      error: (error: unknown) => {
        console.warn('Outbox query failed', error);
        setResult(fallback);
      },
    });
    return () => subscription.unsubscribe();
    // Callers pass the query's inputs as deps, as with useMemo.
  }, deps);
  return result;
}
