import type { ApiError } from '../../domain/submission.ts';

/** An attempt that may succeed later: a 5xx, 408 or 429, a timeout, or no network ('network'). */
export interface RetryOutcome {
  kind: 'retry';
  status?: number;
  code: string;
  retryAfterMs?: number;
}

/** The error body of a 4xx or 5xx as far as the device reads it; codes newer than ApiError's stay strings. */
export interface ErrorBody {
  error?: string;
  fields?: ApiError['fields'];
}

/** Statuses worth retrying besides 5xx: request timeout and rate limiting. */
const RETRYABLE = new Set([408, 429]);

export function isRetryableStatus(status: number): boolean {
  return status >= 500 || RETRYABLE.has(status);
}

/** Reads Retry-After in either of its forms (seconds or an HTTP date) as milliseconds from now. */
export function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export async function readError(response: Response): Promise<ErrorBody | undefined> {
  try {
    return (await response.json()) as ErrorBody;
  } catch {
    return undefined;
  }
}

/** Classifies a fetch that threw: its AbortSignal.timeout fired ('timeout') or the request failed ('network'). */
export function failedFetchOutcome(error: unknown): RetryOutcome {
  const code = error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'network';
  return { kind: 'retry', code };
}
