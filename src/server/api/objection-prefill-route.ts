import type { FastifyInstance } from 'fastify';
import { OBJECTION_PREFILL_FIELDS } from '../../domain/forms/objection.ts';
import type { ObjectionPrefillResponse } from '../../domain/objection-prefill.ts';
import type { StoredSubmission, SubmissionStore } from '../storage/submission-store.ts';
import { sendError, type ErrorField } from './api-error.ts';
import { isRecord } from './check-submission-payload.ts';
import { findSubmissionByCode } from './find-submission-by-code.ts';

/** Maximum length of the registration number and of the tracking code, in UTF-16 code units. */
const MAX_KEY_LENGTH = 300;
const BODY_KEYS = ['registrationNumber', 'trackingCode'];

/** The only form an objection (keberatan) can be lodged against. */
const REQUEST_FORM_ID = 'information-request';

export interface ObjectionPrefillRouteOptions {
  store: SubmissionStore;
  /** Look-ups per client address and time window, as @fastify/rate-limit takes them. */
  lookupRateLimit: { max: number; timeWindow: number };
}

/**
 * Registers `POST /api/v1/objection-prefill`, which returns the answers of an information
 * request that its objection repeats, for the receipt's number and tracking code. An unknown
 * number, a wrong code and a submission that is not an information request all get the same
 * 404, so the endpoint does not reveal which numbers exist or what form they are. The
 * response contains personal data: no cache keeps it, and the log records only the
 * submission id.
 */
export function registerObjectionPrefillRoute(app: FastifyInstance, { store, lookupRateLimit }: ObjectionPrefillRouteOptions): void {
  app.post('/api/v1/objection-prefill', { config: { rateLimit: lookupRateLimit } }, async (request, reply) => {
    if (request.body === undefined) return sendError(reply, 415, 'unsupportedMediaType');
    if (!isRecord(request.body)) return sendError(reply, 400, 'malformed');
    const fields = checkPrefillRequest(request.body);
    if (fields.length > 0) return sendError(reply, 422, 'invalid', fields);

    const { registrationNumber, trackingCode } = request.body as { registrationNumber: string; trackingCode: string };
    const match = await findSubmissionByCode(store, registrationNumber, trackingCode);
    if (!match || match.formId !== REQUEST_FORM_ID) return sendError(reply, 404, 'notFound');

    request.submissionId = match.id;
    return reply.header('cache-control', 'no-store').send(toPrefillResponse(match));
  });
}

function checkPrefillRequest(body: Record<string, unknown>): ErrorField[] {
  const fields: ErrorField[] = Object.keys(body)
    .filter((key) => !BODY_KEYS.includes(key))
    .map((key) => ({ field: key, code: 'unknownField' }));
  for (const key of BODY_KEYS) {
    const value = body[key];
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) fields.push({ field: key, code: 'required' });
    else if (typeof value !== 'string') fields.push({ field: key, code: 'invalid' });
    else if (value.length > MAX_KEY_LENGTH) fields.push({ field: key, code: 'tooLong', max: MAX_KEY_LENGTH });
  }
  return fields;
}

/** Copies the request's answers to the objection's field names; answers it lacks are left out. */
function toPrefillResponse(submission: StoredSubmission): ObjectionPrefillResponse {
  const values: Record<string, string> = {};
  for (const [objectionField, requestField] of Object.entries(OBJECTION_PREFILL_FIELDS)) {
    const answer = submission.values[requestField];
    if (typeof answer === 'string') values[objectionField] = answer;
  }
  return { registrationNumber: submission.registrationNumber, agency: submission.agency, values };
}
