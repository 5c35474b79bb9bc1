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
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult(value),
      error: () => setResult(fallback),
    });
    return () => subscription.unsubscribe();
    // Callers pass the query's inputs as deps, as with useMemo.
  }, deps);
  return result;
}
