import type { ApiError, SubmissionAccepted, SubmissionPayload } from '../../domain/submission.ts';

/** The outcome of one attempt, classified by whether retrying can help. */
export type SendOutcome =
  | { kind: 'accepted'; accepted: SubmissionAccepted }
  | { kind: 'retry'; status?: number; code: string; retryAfterMs?: number }
  | { kind: 'rejected'; status: number; code: string; fields?: ApiError['fields'] };

export const SUBMISSIONS_URL = '/api/v1/submissions';
const DEFAULT_TIMEOUT_MS = 20_000;

/** Statuses worth retrying besides 5xx: request timeout and rate limiting. */
const RETRYABLE = new Set([408, 429]);

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

async function readError(response: Response): Promise<ApiError | undefined> {
  try {
    return (await response.json()) as ApiError;
  } catch {
    return undefined;
  }
}

/**
 * Posts one submission. The server is idempotent by submission id, so sending the same
 * payload again after a lost answer returns the same registration number.
 */
export async function sendSubmission(
  payload: SubmissionPayload,
  { baseUrl = '', timeoutMs = DEFAULT_TIMEOUT_MS, token }: { baseUrl?: string; timeoutMs?: number; token?: string } = {},
): Promise<SendOutcome> {
  // An enrolled device proves which device it is, so the server can honour its block numbers.
  // The device's clock at sending lets the server correct a capture time from a wrong clock.
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Loket-Device-Time': new Date().toISOString() };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${SUBMISSIONS_URL}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timeoutMs),
      // Never from a cache: the service worker passes POSTs through untouched.
      cache: 'no-store',
    });
  } catch (error) {
    const code = error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'network';
    return { kind: 'retry', code };
  }

  if (response.ok) return { kind: 'accepted', accepted: (await response.json()) as SubmissionAccepted };
  const body = await readError(response);
  if (response.status >= 500 || RETRYABLE.has(response.status)) {
    return { kind: 'retry', status: response.status, code: body?.error ?? 'server', retryAfterMs: retryAfterMs(response) };
  }
  return { kind: 'rejected', status: response.status, code: body?.error ?? 'rejected', fields: body?.fields };
}
