/**
 * Exponential backoff with "equal jitter": half the delay is fixed and half random, so many
 * kiosks coming back online at once spread out without any of them retrying immediately.
 */
export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_MAX_MS = 10 * 60_000;

export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return exponential / 2 + random() * (exponential / 2);
}
