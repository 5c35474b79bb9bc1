import { failedFetchOutcome, isRetryableStatus, readError, retryAfterMs, type RetryOutcome } from './http-outcome.ts';

/**
 * The intake server's file store: `HEAD /api/v1/files/:sha256` tells whether it holds a file,
 * `PUT` stores the raw bytes under their SHA-256, which the server checks. Files come before
 * the submission that names them, and the server accepts a submission only once it holds them all.
 */
export const FILES_URL = '/api/v1/files';

export interface FileRequestOptions {
  baseUrl?: string;
  timeoutMs: number;
  token?: string;
}

export type FileCheck = { kind: 'present' } | { kind: 'absent' } | RetryOutcome;

/** `rejected` carries the server's reason: tooLarge (413), unsupportedFileType (415) or hashMismatch (422). */
export type FileUploadOutcome = { kind: 'stored' } | RetryOutcome | { kind: 'rejected'; status: number; code: string };

/** Fixed part of an upload's time limit, for connecting and the server's check of the bytes. */
export const UPLOAD_BASE_TIMEOUT_MS = 20_000;
/** The slowest upload speed a file gets time for, in bytes per second (16 kB/s, a poor mobile link). */
export const UPLOAD_MIN_BYTES_PER_SECOND = 16_000;

/** Returns the time limit for uploading `size` bytes: a stalled upload ends within it. */
export function uploadTimeoutMs(size: number): number {
  return UPLOAD_BASE_TIMEOUT_MS + Math.ceil((size / UPLOAD_MIN_BYTES_PER_SECOND) * 1000);
}

function headers(token: string | undefined, extra: Record<string, string> = {}): Record<string, string> {
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
}

/**
 * Asks whether the server already holds a file. Any response but 200 or a retryable status
 * counts as absent: the upload that follows then gets the server's reason in a body, which
 * a HEAD response cannot carry.
 */
export async function checkFile(sha256: string, { baseUrl = '', timeoutMs, token }: FileRequestOptions): Promise<FileCheck> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${FILES_URL}/${sha256}`, {
      method: 'HEAD',
      headers: headers(token),
      signal: AbortSignal.timeout(timeoutMs),
      cache: 'no-store',
    });
  } catch (error) {
    return failedFetchOutcome(error);
  }
  if (response.status === 200) return { kind: 'present' };
  if (isRetryableStatus(response.status)) return { kind: 'retry', status: response.status, code: 'server', retryAfterMs: retryAfterMs(response) };
  return { kind: 'absent' };
}

/** Uploads a file's bytes. Storing the same file again is harmless: the server responds 200. */
export async function uploadFile(sha256: string, blob: Blob, { baseUrl = '', timeoutMs, token }: FileRequestOptions): Promise<FileUploadOutcome> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${FILES_URL}/${sha256}`, {
      method: 'PUT',
      headers: headers(token, { 'Content-Type': 'application/octet-stream' }),
      body: blob,
      signal: AbortSignal.timeout(timeoutMs),
      cache: 'no-store',
    });
  } catch (error) {
    return failedFetchOutcome(error);
  }
  if (response.ok) {
    // Drains the small JSON body so the connection can be reused.
    await response.arrayBuffer().catch(() => undefined);
    return { kind: 'stored' };
  }
  const body = await readError(response);
  if (isRetryableStatus(response.status)) {
    return { kind: 'retry', status: response.status, code: body?.error ?? 'server', retryAfterMs: retryAfterMs(response) };
  }
  return { kind: 'rejected', status: response.status, code: body?.error ?? 'rejected' };
}
