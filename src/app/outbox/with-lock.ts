/**
 * Runs a task while holding an exclusive lock shared by every tab of this origin, through the
 * Web Locks API. Where the API is missing (Node in unit tests, browsers before 2022), the lock
 * only covers this page, so the server's idempotency by submission id is the backstop.
 */
const localChains = new Map<string, Promise<unknown>>();

export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator && navigator.locks) {
    return navigator.locks.request(name, task);
  }
  const previous = localChains.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  localChains.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
