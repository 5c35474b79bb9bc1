import type { FastifyInstance } from 'fastify';
import { answerDeadlines } from '../../domain/calendar/working-days.ts';
import { findFormDefinition } from '../../domain/forms/registry.ts';
import { STATUSES, type StatusResponse, type SubmissionStatus } from '../../domain/submission.ts';
import type { DeploymentConfig } from '../deployment-config.ts';
import type { StoredSubmission, SubmissionStore } from '../storage/submission-store.ts';
import { isExtendable } from '../status-transitions.ts';
import { sendError } from './api-error.ts';
import { isRecord } from './check-submission-payload.ts';
import { findSubmissionByCode } from './find-submission-by-code.ts';
import { rejectUnlessStaff } from './staff-auth.ts';

export interface StatusRouteOptions {
  config: DeploymentConfig;
  store: SubmissionStore;
  now: () => Date;
  /** Bearer token for staff status changes. Without it the staff endpoint responds with 403. */
  staffToken: string | undefined;
  /** Look-ups per client address and time window, as @fastify/rate-limit takes them. */
  lookupRateLimit?: { max: number; timeWindow: number };
}

interface StatusRoute {
  Params: { registrationNumber: string };
  Querystring: Record<string, unknown>;
}

/**
 * Registers the status look-up for applicants and the status change for staff. Registration
 * numbers contain slashes, so clients put them in the path with encodeURIComponent (`%2F`);
 * Fastify's router matches the encoded path and decodes the parameter.
 */
export function registerStatusRoutes(app: FastifyInstance, { config, store, now, staffToken, lookupRateLimit }: StatusRouteOptions): void {
  const toStatusResponse = (submission: StoredSubmission) => buildStatusResponse(submission, config);

  app.get<StatusRoute>('/api/v1/submissions/:registrationNumber/status', { config: lookupRateLimit ? { rateLimit: lookupRateLimit } : {} }, async (request, reply) => {
    const code = request.query.code;
    if (code === undefined || (typeof code === 'string' && code.trim() === '')) {
      return sendError(reply, 422, 'invalid', [{ field: 'code', code: 'required' }]);
    }
    if (typeof code !== 'string') return sendError(reply, 422, 'invalid', [{ field: 'code', code: 'invalid' }]);

    // An unknown number and a wrong code get the same 404 after the same work.
    const match = await findSubmissionByCode(store, request.params.registrationNumber, code);
    if (!match) return sendError(reply, 404, 'notFound');

    request.submissionId = match.id;
    return reply.header('cache-control', 'no-store').send(toStatusResponse(match));
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
      const result = await store.appendStatus(request.params.registrationNumber, { status, at: now().toISOString() });
      if (result.outcome === 'notFound') return sendError(reply, 404, 'notFound');
      request.submissionId = result.submission.id;
      if (result.outcome === 'illegalTransition') {
        request.log.info({ from: result.submission.status, to: status }, 'status change rejected');
        return sendError(reply, 409, 'statusTransition');
      }
      return reply.header('cache-control', 'no-store').send(toStatusResponse(result.submission));
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

/**
 * Returns the public view of a submission, with its answer deadline in working days from the
 * day of receipt in the deployment's time zone. No form values, no tracking code, nothing
 * personal.
 */
export function buildStatusResponse(submission: StoredSubmission, config: Pick<DeploymentConfig, 'timeZone' | 'calendars'>): StatusResponse {
  const definition = findFormDefinition(submission.formId);
  // Form definitions are only ever added, so a stored form id is always known.
  if (!definition) throw new Error(`Submission ${submission.id} has form ${submission.formId}, which this server does not know`);
  const deadlines = definition.deadline && answerDeadlines(submission.receivedAt, config.timeZone, definition.deadline, config.calendars);
  // A form without an extension never gets an extended deadline, even from an old history.
  const extended = isExtendable(definition) && submission.history.some((change) => change.status === 'diperpanjang');
  return {
    registrationNumber: submission.registrationNumber,
    formId: submission.formId,
    agency: submission.agency,
    status: submission.status,
    receivedAt: submission.receivedAt,
    ...(deadlines ? { deadline: deadlines.due } : {}),
    ...(deadlines && extended ? { extendedDeadline: deadlines.extendedDue } : {}),
    history: submission.history.map(({ status, at }) => ({ status, at })),
  };
}
