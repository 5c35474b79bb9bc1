import type { FastifyInstance } from 'fastify';
import { normalizeValues } from '../../domain/forms/engine.ts';
import { formatRegistrationNumber } from '../../domain/registration-number.ts';
import type { SubmissionAccepted } from '../../domain/submission.ts';
import { calendarYearIn } from '../calendar-year.ts';
import { hashCanonicalJson } from '../canonical-json.ts';
import type { DeploymentConfig } from '../deployment-config.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import { createTrackingCode } from '../tracking-code.ts';
import { sendError } from './api-error.ts';
import { checkSubmissionPayload, isRecord } from './check-submission-payload.ts';

export interface SubmissionRouteOptions {
  config: DeploymentConfig;
  store: SubmissionStore;
  now: () => Date;
}

/**
 * Registers `POST /api/v1/submissions`. The submission id is the idempotency key. The first
 * request stores the submission and returns 201. A retry of the same payload returns 200 with
 * the stored number, and a different payload under a stored id returns 409.
 */
export function registerSubmissionRoutes(app: FastifyInstance, { config, store, now }: SubmissionRouteOptions): void {
  // Retired agencies count too: devices no longer offer them, but requests that devices
  // queued offline before the agency retired must still be accepted.
  const agencyCodes = config.agencies.map((agency) => agency.code);

  app.post('/api/v1/submissions', async (request, reply) => {
    // Fastify leaves the body undefined only when the request had no body and no content type.
    if (request.body === undefined) return sendError(reply, 415, 'unsupportedMediaType');
    if (!isRecord(request.body)) return sendError(reply, 400, 'malformed');

    const check = checkSubmissionPayload(request.body, agencyCodes);
    if (!check.ok) return sendError(reply, 422, 'invalid', check.fields);

    const { payload, definition } = check;
    request.submissionId = payload.id;
    const values = normalizeValues(definition, payload.values);
    const { id, ...withoutId } = payload;
    const payloadHash = hashCanonicalJson({ ...withoutId, values });

    const receivedAt = now();
    const agency = values[definition.agencyField] as string;
    const year = calendarYearIn(config.timeZone, receivedAt);
    const result = await store.acceptSubmission(
      {
        id,
        formId: payload.formId,
        formVersion: payload.formVersion,
        agency,
        series: definition.series,
        year,
        capturedAt: payload.capturedAt,
        receivedAt: receivedAt.toISOString(),
        channel: payload.channel,
        deviceId: payload.deviceId,
        locale: payload.locale,
        provisionalCode: payload.provisionalCode,
        values,
        payloadHash,
        trackingCode: createTrackingCode(),
      },
      (seq) => formatRegistrationNumber(config.registrationPattern, { seq, agency, series: definition.series, year }),
    );

    const stored = result.submission;
    if (!result.created && stored.payloadHash !== payloadHash) return sendError(reply, 409, 'conflict');

    const accepted: SubmissionAccepted = {
      id: stored.id,
      registrationNumber: stored.registrationNumber,
      trackingCode: stored.trackingCode,
      receivedAt: stored.receivedAt,
      status: stored.status,
    };
    return reply
      .code(result.created ? 201 : 200)
      .header('cache-control', 'no-store')
      .send(accepted);
  });
}
