import type { BraillePrintRequest } from '../../domain/braille/print-job.ts';
import { readError } from '../outbox/http-outcome.ts';

export const BRAILLE_PRINT_URL = '/api/v1/braille/print';
const TIMEOUT_MS = 20_000;

/**
 * The result of a print job:
 * - `accepted`: the server's print queue took it.
 * - `notConfigured` (503): the server has no embosser queue.
 * - `failed` (502): the print command failed.
 * - `tooManyRequests` (429): the client address has used up its jobs for the hour (LOKET_PRINT_LIMIT).
 * - `network`: the request failed or timed out.
 * - `rejected`: any other status.
 */
export type BraillePrintOutcome = 'accepted' | 'notConfigured' | 'failed' | 'tooManyRequests' | 'network' | 'rejected';

/**
 * Sends a BRF to the embosser on the intake server's raw print queue (print-job.ts). An
 * enrolled device sends its `token` too, as with submissions, so the server can tell its own
 * devices from anyone else once it checks print requests.
 */
export async function sendBraillePrint(request: BraillePrintRequest, { token }: { token?: string } = {}): Promise<BraillePrintOutcome> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(BRAILLE_PRINT_URL, {
      method: 'POST',
      headers,
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: 'no-store',
    });
  } catch (error) {
    console.error('Sending the braille print job failed', error);
    return 'network';
  }
  if (response.ok) return 'accepted';
  const code = (await readError(response))?.error;
  if (response.status === 503 && code === 'embosserNotConfigured') return 'notConfigured';
  if (response.status === 502 && code === 'embosserFailed') return 'failed';
  if (response.status === 429) return 'tooManyRequests';
  console.error(`The server rejected the braille print job: HTTP ${response.status} ${code ?? ''}`.trim());
  return 'rejected';
}
