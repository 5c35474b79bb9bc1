/**
 * Returns what `promise` resolves to, or rejects with an error naming `step` when it has not
 * settled within `timeoutMs`. For awaits that have no timeout of their own: page.evaluate(),
 * CDP commands and Node's fetch() wait forever on a promise that never settles, and then the
 * test ends at the runner's test timeout without saying which step hung.
 */
export async function within<T>(step: string, timeoutMs: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${step} timed out after ${timeoutMs / 1000} s`)), timeoutMs);
  });
  // A late rejection of the abandoned promise must not surface as an unhandled rejection.
  promise.catch(() => undefined);
  try {
    return await Promise.race([promise, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
