import type { ApiError } from '../../domain/submission.ts';

/** Path of the server's look-up of the request an objection is about (`POST`, JSON body). */
export const OBJECTION_PREFILL_URL = '/api/v1/objection-prefill';

/** Answers of the request that the server returns, by the request's field names. */
const PREFILL_VALUE_FIELDS = ['purpose', 'name', 'occupation', 'address', 'phone', 'email'] as const;

/** The request an objection is about, as the server returns it: its number, its agency and some of its answers. */
export interface ObjectionPrefill {
  registrationNumber: string;
  agency: string;
  values: Partial<Record<(typeof PREFILL_VALUE_FIELDS)[number], string>>;
}

/** The outcome of one look-up; each has its own message, so none is an exception. */
export type PrefillOutcome =
  | { kind: 'found'; prefill: ObjectionPrefill }
  /** An unknown number and a wrong code alike: the server does not tell them apart. */
  | { kind: 'notFound' }
  /** No response: no network, the server unreachable, or the request timed out. */
  | { kind: 'offline' }
  /** The server's look-up limit for this address was reached (429); waiting a minute helps. */
  | { kind: 'tooManyAttempts' }
  /** The server responded with another error, or with a body this app cannot read. */
  | { kind: 'failed'; status: number };

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Asks the server for the request with this registration number and tracking code. Both
 * travel in the body of a POST, never in the address, because the response contains the
 * applicant's personal answers. `baseUrl` is empty in the app (same origin), and tests give the
 * address of their own server.
 */
export async function fetchObjectionPrefill(
  registrationNumber: string,
  trackingCode: string,
  { baseUrl = '', timeoutMs = DEFAULT_TIMEOUT_MS }: { baseUrl?: string; timeoutMs?: number } = {},
): Promise<PrefillOutcome> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${OBJECTION_PREFILL_URL}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ registrationNumber, trackingCode }),
      signal: AbortSignal.timeout(timeoutMs),
      // Personal answers must not stay in an HTTP cache.
      cache: 'no-store',
    });
  } catch {
    return { kind: 'offline' };
  }

  if (response.status === 404) return { kind: 'notFound' };
  if (response.status === 429) return { kind: 'tooManyAttempts' };
  const body = await readJson(response);
  if (!response.ok) {
    const code = (body as Partial<ApiError> | undefined)?.error;
    console.error(`Objection prefill failed with HTTP ${response.status}${code ? ` (${code})` : ''}`);
    return { kind: 'failed', status: response.status };
  }
  const prefill = readPrefill(body);
  if (!prefill) {
    // The body contains personal data, so only the fact is logged.
    console.error('Objection prefill returned a body without a registration number and agency');
    return { kind: 'failed', status: response.status };
  }
  return { kind: 'found', prefill };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** Returns the prefill in the body, keeping only the known answers that are text, or undefined when it lacks number or agency. */
export function readPrefill(body: unknown): ObjectionPrefill | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { registrationNumber, agency, values } = body as { registrationNumber?: unknown; agency?: unknown; values?: unknown };
  if (typeof registrationNumber !== 'string' || registrationNumber === '' || typeof agency !== 'string' || agency === '') return undefined;
  const kept: ObjectionPrefill['values'] = {};
  if (typeof values === 'object' && values !== null) {
    for (const field of PREFILL_VALUE_FIELDS) {
      const value = (values as Record<string, unknown>)[field];
      if (typeof value === 'string' && value.trim() !== '') kept[field] = value;
    }
  }
  return { registrationNumber, agency, values: kept };
}
