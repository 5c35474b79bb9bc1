import { STATUSES, type ApiError, type StatusResponse } from '../../domain/submission.ts';
import { SUBMISSIONS_URL } from '../outbox/intake-client.ts';

/** The outcome of one look-up; none of them is an exception, because each has its own message. */
export type LookupOutcome =
  | { kind: 'found'; status: StatusResponse }
  /** An unknown number and a wrong code alike: the server does not tell them apart. */
  | { kind: 'notFound' }
  /** No response: no network, the server unreachable, or the request timed out. */
  | { kind: 'offline' }
  /** The server's look-up limit for this address was reached (429); waiting a minute helps. */
  | { kind: 'tooManyAttempts' }
  /** The server responded with an error status, or with a body this app cannot read. */
  | { kind: 'serverError'; status?: number };

const DEFAULT_TIMEOUT_MS = 15_000;

/** Returns the status address of a registration number; the number's slashes are encoded as %2F. */
export function statusUrl(registrationNumber: string, trackingCode: string): string {
  const query = new URLSearchParams({ code: trackingCode }).toString();
  return `${SUBMISSIONS_URL}/${encodeURIComponent(registrationNumber)}/status?${query}`;
}

/**
 * Asks the intake server for the status of one request. The service worker does not route
 * /api/ requests, so offline this fails at once instead of responding from a cache.
 */
export async function fetchStatus(
  registrationNumber: string,
  trackingCode: string,
  { timeoutMs = DEFAULT_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<LookupOutcome> {
  let response: Response;
  try {
    response = await fetch(statusUrl(registrationNumber, trackingCode), {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
      // The status changes while a visitor waits, and the code must not sit in an HTTP cache.
      cache: 'no-store',
    });
  } catch {
    return { kind: 'offline' };
  }

  if (response.status === 404) return { kind: 'notFound' };
  if (response.status === 429) return { kind: 'tooManyAttempts' };
  if (!response.ok) {
    // A 422 here means that the format checks passed a value the server rejects. That is a bug in
    // the app or the server, so the visitor can do no more than after a 5xx.
    const body = await readJson(response);
    const code = (body as Partial<ApiError> | undefined)?.error;
    console.error(`Status look-up failed with HTTP ${response.status}${code ? ` (${code})` : ''}`);
    return { kind: 'serverError', status: response.status };
  }

  const body = await readJson(response);
  const problem = findStatusProblem(body);
  if (problem) {
    console.error(`Status look-up returned an unreadable body: ${problem}`);
    return { kind: 'serverError', status: response.status };
  }
  return { kind: 'found', status: body as StatusResponse };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** Returns what keeps a body from being a StatusResponse the page can render, or null when it is one. */
export function findStatusProblem(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return 'the body is not an object';
  const status = body as Partial<Record<keyof StatusResponse, unknown>>;
  for (const key of ['registrationNumber', 'formId', 'agency', 'receivedAt'] as const) {
    if (typeof status[key] !== 'string' || status[key] === '') return `"${key}" is missing`;
  }
  if (!isStatus(status.status)) return `"status" ${JSON.stringify(status.status)} is not a known status`;
  if (Number.isNaN(Date.parse(status.receivedAt as string))) return '"receivedAt" is not a date';
  if (status.deadline !== undefined && !isDeadline(status.deadline)) return '"deadline" is not a {date, estimate} object';
  if (status.extendedDeadline !== undefined && !isDeadline(status.extendedDeadline)) return '"extendedDeadline" is not a {date, estimate} object';
  if (!Array.isArray(status.history)) return '"history" is not a list';
  for (const entry of status.history as unknown[]) {
    const item = (typeof entry === 'object' && entry !== null ? entry : {}) as { status?: unknown; at?: unknown };
    if (!isStatus(item.status) || typeof item.at !== 'string' || Number.isNaN(Date.parse(item.at))) {
      return 'a "history" entry lacks a known status or a date';
    }
  }
  return null;
}

function isStatus(value: unknown): boolean {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

function isDeadline(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const deadline = value as { date?: unknown; estimate?: unknown };
  return typeof deadline.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(deadline.date) && typeof deadline.estimate === 'boolean';
}
