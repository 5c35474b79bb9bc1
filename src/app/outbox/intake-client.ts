import type { ApiError, SubmissionAccepted, SubmissionPayload } from '../../domain/submission.ts';
import { type ErrorBody, failedFetchOutcome, isRetryableStatus, readError, retryAfterMs, type RetryOutcome } from './http-outcome.ts';

/**
 * The outcome of one attempt, classified by whether retrying can help. `filesMissing` lists
 * the positions in `payload.attachments` of files the server does not hold: uploading them
 * again and retrying fixes it.
 */
export type SendOutcome =
  | { kind: 'accepted'; accepted: SubmissionAccepted }
  | RetryOutcome
  | { kind: 'filesMissing'; positions: number[] }
  | { kind: 'rejected'; status: number; code: string; fields?: ApiError['fields'] };

export const SUBMISSIONS_URL = '/api/v1/submissions';
const DEFAULT_TIMEOUT_MS = 20_000;

const ATTACHMENT_FIELD = /^attachments\.(\d+)$/;

/** Returns the positions a 409 filesMissing names, from fields such as `attachments.2`. */
function missingPositions(body: ErrorBody): number[] {
  const positions = new Set<number>();
  for (const field of body.fields ?? []) {
    const match = ATTACHMENT_FIELD.exec(field.field);
    if (match) positions.add(Number(match[1]));
  }
  return [...positions].sort((a, b) => a - b);
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
    return failedFetchOutcome(error);
  }

  if (response.ok) return { kind: 'accepted', accepted: (await response.json()) as SubmissionAccepted };
  const body = await readError(response);
  if (isRetryableStatus(response.status)) {
    return { kind: 'retry', status: response.status, code: body?.error ?? 'server', retryAfterMs: retryAfterMs(response) };
  }
  if (response.status === 409 && body?.error === 'filesMissing') return { kind: 'filesMissing', positions: missingPositions(body) };
  return { kind: 'rejected', status: response.status, code: body?.error ?? 'rejected', fields: body?.fields };
}
