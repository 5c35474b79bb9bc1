import type { FastifyInstance } from 'fastify';
import { STATUSES, type StatusResponse, type SubmissionStatus } from '../../domain/submission.ts';
import { secretsEqual } from '../secret-comparison.ts';
import type { StoredSubmission, SubmissionStore } from '../storage/submission-store.ts';
import { normalizeTrackingCode } from '../tracking-code.ts';
import { sendError } from './api-error.ts';
import { isRecord } from './check-submission-payload.ts';
import { rejectUnlessStaff } from './staff-auth.ts';

export interface StatusRouteOptions {
  store: SubmissionStore;
  now: () => Date;
  /** Bearer token for staff status changes. Without it the staff endpoint responds with 403. */
  staffToken: string | undefined;
}

interface StatusRoute {
  Params: { registrationNumber: string };
  Querystring: Record<string, unknown>;
}

/**
 * Compared against when the registration number is unknown, so that an unknown number and a
 * wrong code cost the same work and get the same 404. It never matches, because
 * normalizeTrackingCode removes dashes from the supplied code.
 */
const UNKNOWN_NUMBER_CODE = 'UNKNOWN-NUMBER';

/**
 * Registers the status look-up for applicants and the status change for staff. Registration
 * numbers contain slashes, so clients put them in the path with encodeURIComponent (`%2F`);
 * Fastify's router matches the encoded path and decodes the parameter.
 */
export function registerStatusRoutes(app: FastifyInstance, { store, now, staffToken }: StatusRouteOptions): void {
  app.get<StatusRoute>('/api/v1/submissions/:registrationNumber/status', async (request, reply) => {
    const code = request.query.code;
    if (code === undefined || (typeof code === 'string' && code.trim() === '')) {
      return sendError(reply, 422, 'invalid', [{ field: 'code', code: 'required' }]);
    }
    if (typeof code !== 'string') return sendError(reply, 422, 'invalid', [{ field: 'code', code: 'invalid' }]);

    const submission = await store.findByRegistrationNumber(request.params.registrationNumber);
    const codeMatches = secretsEqual(normalizeTrackingCode(code), submission?.trackingCode ?? UNKNOWN_NUMBER_CODE);
    if (!submission || !codeMatches) return sendError(reply, 404, 'notFound');

    request.submissionId = submission.id;
    return reply.header('cache-control', 'no-store').send(toStatusResponse(submission));
  });

  app.post<StatusRoute>(
    '/api/v1/submissions/:registrationNumber/status',
    // Checking the token in onRequest rejects strangers before their body is even read.
    { onRequest: async (request, reply) => rejectUnlessStaff(request, reply, staffToken) },
    async (request, reply) => {
      if (request.body === undefined) return sendError(reply, 415, 'unsupportedMediaType');
      if (!isRecord(request.body)) return sendError(reply, 400, 'malformed');

      const fields = checkStatusChange(request.body);
      if (fields.length > 0) return sendError(reply, 422, 'invalid', fields);

      const status = request.body.status as SubmissionStatus;
      const updated = await store.appendStatus(request.params.registrationNumber, { status, at: now().toISOString() });
      if (!updated) return sendError(reply, 404, 'notFound');

      request.submissionId = updated.id;
      return reply.header('cache-control', 'no-store').send(toStatusResponse(updated));
    },
  );
}

function checkStatusChange(body: Record<string, unknown>): { field: string; code: string }[] {
  const fields = Object.keys(body)
    .filter((key) => key !== 'status')
    .map((key) => ({ field: key, code: 'unknownField' }));
  if (body.status === undefined) fields.push({ field: 'status', code: 'required' });
  else if (typeof body.status !== 'string' || !(STATUSES as readonly string[]).includes(body.status)) {
    fields.push({ field: 'status', code: 'optionInvalid' });
  }
  return fields;
}

/** Returns the public view of a submission: no form values, no tracking code, nothing personal. */
function toStatusResponse(submission: StoredSubmission): StatusResponse {
  return {
    registrationNumber: submission.registrationNumber,
    formId: submission.formId,
    agency: submission.agency,
    status: submission.status,
    history: submission.history.map(({ status, at }) => ({ status, at })),
  };
}
