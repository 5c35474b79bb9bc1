import type { FastifyInstance } from 'fastify';
import { isBrailleAscii, MAX_BRF_BYTES, type BraillePrintAccepted } from '../../domain/braille/print-job.ts';
import { submitPrintJob } from '../embosser/submit-print-job.ts';
import { sendError, type ErrorField } from './api-error.ts';
import { isRecord } from './check-submission-payload.ts';

/** Maximum job title length in UTF-16 code units; a title names a document, such as "Tanda bukti PI-…". */
export const MAX_PRINT_TITLE_LENGTH = 100;

/** Characters of lp's standard error that go into the log line of a failed job. */
const MAX_LOGGED_STDERR_CHARS = 500;

const BODY_KEYS = ['title', 'brf'];

/** Control, format and line-separator characters, which would garble `lpstat` and the log. */
const TITLE_FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** The server's raw print queue for a braille embosser. */
export interface EmbosserQueue {
  /** CUPS queue name, checked with isCupsQueueName. */
  queue: string;
  /** The lp program: a name looked up on PATH or an absolute path. */
  lpCommand: string;
  /** Milliseconds lp may take before it is stopped and the job counts as failed. */
  timeoutMs: number;
}

export interface BraillePrintRouteOptions {
  /** Absent when the server has no embosser; the route then returns 503. */
  embosser: EmbosserQueue | undefined;
  /** Print jobs per client address and time window, as @fastify/rate-limit takes them. */
  printRateLimit: { max: number; timeWindow: number };
}

/**
 * Registers `POST /api/v1/braille/print`, which sends a BRF document to the embosser's raw
 * print queue through `lp`. The log records the queue, job id, size and outcome of each job,
 * never the braille text or the title, because a receipt can contain the applicant's name.
 */
export function registerBraillePrintRoute(app: FastifyInstance, { embosser, printRateLimit }: BraillePrintRouteOptions): void {
  // NOTE: like submissions, printing needs no credentials, so anyone who can reach the server
  // can use paper up to the rate limit. Requiring an enrolled device's token would stop that,
  // once the kiosk app sends its token with print requests.
  app.post('/api/v1/braille/print', { config: { rateLimit: printRateLimit } }, async (request, reply) => {
    if (!embosser) return sendError(reply, 503, 'embosserNotConfigured');
    if (request.body === undefined) return sendError(reply, 415, 'unsupportedMediaType');
    if (!isRecord(request.body)) return sendError(reply, 400, 'malformed');
    const fields = checkPrintRequest(request.body);
    if (fields.length > 0) return sendError(reply, 422, 'invalid', fields);

    const { title, brf } = request.body as { title: string; brf: string };
    const data = Buffer.from(brf, 'ascii');
    const result = await submitPrintJob({ ...embosser, title, data });
    const job = { queue: embosser.queue, bytes: data.length };

    if (result.outcome === 'failed') {
      const { reason, exitCode, signal, errorCode } = result;
      const stderr = result.stderr.slice(0, MAX_LOGGED_STDERR_CHARS);
      request.log.error({ ...job, outcome: 'failed', reason, exitCode, signal, ...(errorCode ? { errorCode } : {}), stderr }, 'braille print job failed');
      return sendError(reply, 502, 'embosserFailed');
    }

    request.log.info({ ...job, jobId: result.jobId ?? null, outcome: 'queued' }, 'braille print job queued');
    const accepted: BraillePrintAccepted = result.jobId === undefined ? {} : { jobId: result.jobId };
    return reply.code(202).header('cache-control', 'no-store').send(accepted);
  });
}

function checkPrintRequest(body: Record<string, unknown>): ErrorField[] {
  const fields: ErrorField[] = Object.keys(body)
    .filter((key) => !BODY_KEYS.includes(key))
    .map((key) => ({ field: key, code: 'unknownField' }));

  const { title, brf } = body;
  if (title === undefined || (typeof title === 'string' && title.trim() === '')) fields.push({ field: 'title', code: 'required' });
  else if (typeof title !== 'string') fields.push({ field: 'title', code: 'invalid' });
  else if (title.length > MAX_PRINT_TITLE_LENGTH) fields.push({ field: 'title', code: 'tooLong', max: MAX_PRINT_TITLE_LENGTH });
  else if (TITLE_FORBIDDEN.test(title)) fields.push({ field: 'title', code: 'invalidCharacters' });

  // Braille ASCII is one byte a character, so the UTF-8 size equals the BRF file's size
  // exactly when the characters are valid, and is larger otherwise.
  if (brf === undefined || brf === '') fields.push({ field: 'brf', code: 'required' });
  else if (typeof brf !== 'string') fields.push({ field: 'brf', code: 'invalid' });
  else if (Buffer.byteLength(brf, 'utf8') > MAX_BRF_BYTES) fields.push({ field: 'brf', code: 'tooLarge', max: MAX_BRF_BYTES });
  else if (!isBrailleAscii(brf)) fields.push({ field: 'brf', code: 'invalidCharacters' });
  return fields;
}
