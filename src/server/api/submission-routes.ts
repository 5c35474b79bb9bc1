import type { FastifyInstance } from 'fastify';
import { normalizeValues } from '../../domain/forms/engine.ts';
import { formContextFrom } from '../../domain/forms/form-context.ts';
import { formatRegistrationNumber } from '../../domain/registration-number.ts';
import type { SubmissionAccepted } from '../../domain/submission.ts';
import { createTrackingCode } from '../../domain/tracking-code.ts';
import { calendarYearIn } from '../calendar-year.ts';
import { hashCanonicalJson } from '../canonical-json.ts';
import type { DeploymentConfig } from '../deployment-config.ts';
import { effectiveReceipt } from '../effective-receipt.ts';
import type { DeviceStore } from '../storage/device-store.ts';
import type { FileStore } from '../storage/file-store.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import { sendError } from './api-error.ts';
import { checkSubmissionPayload, isRecord } from './check-submission-payload.ts';
import { findRequestDevice } from './device-auth.ts';
import { isIsoDateTime } from './iso-date-time.ts';
import { verifyStoredAttachments } from './verify-stored-attachments.ts';

/**
 * The device's clock reading when it sent the request, so the server can correct a capture
 * time taken by the same wrong clock. A header, not a payload field: retries send a new reading,
 * and the payload must stay the same for idempotency.
 */
export const DEVICE_TIME_HEADER = 'loket-device-time';

/** Returns a valid ISO 8601 date-time from the header, or undefined for a missing or malformed one. */
function deviceTime(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && isIsoDateTime(header) ? header : undefined;
}

export interface SubmissionRouteOptions {
  config: DeploymentConfig;
  store: SubmissionStore;
  devices: DeviceStore;
  files: FileStore;
  now: () => Date;
}

/**
 * Days added to the server's today for the date checks of forms. A device whose clock runs
 * ahead may capture a complaint about an event that is still tomorrow for the server.
 */
const TODAY_SLACK_DAYS = 1;

/**
 * Registers `POST /api/v1/submissions`. The submission id is the idempotency key. The first
 * request stores the submission and returns 201. A retry of the same payload returns 200 with
 * the stored answer, and a different payload under a stored id returns 409.
 *
 * A submission with attachments is accepted only once every file it names is stored (see
 * file-routes.ts) and is what the entry declares. Otherwise the server returns 409
 * `filesMissing`, after which the device uploads the files and sends the submission again.
 *
 * A device's bearer token is optional here: web visitors have none, and a queued submission
 * must land even after its device was revoked. Without a valid token the server cannot honour
 * a block number, and gives the submission a number of its own (`replacedNumber`).
 */
export function registerSubmissionRoutes(app: FastifyInstance, { config, store, devices, files, now }: SubmissionRouteOptions): void {
  app.post('/api/v1/submissions', async (request, reply) => {
    // Fastify leaves the body undefined only when the request had no body and no content type.
    if (request.body === undefined) return sendError(reply, 415, 'unsupportedMediaType');
    if (!isRecord(request.body)) return sendError(reply, 400, 'malformed');

    const arrival = now();
    // Retired agencies count too: devices no longer offer them, but requests that devices
    // queued offline before the agency retired must still be accepted.
    const context = formContextFrom(config, config.agencies, arrival, TODAY_SLACK_DAYS);
    const check = checkSubmissionPayload(request.body, context, config.attachments);
    if (!check.ok) return sendError(reply, 422, 'invalid', check.fields);

    const { payload, definition } = check;
    request.submissionId = payload.id;
    const attachments = payload.attachments ?? [];
    const stored = await verifyStoredAttachments(attachments, files);
    if (!stored.ok && stored.problem === 'missing') {
      request.log.info({ missing: stored.fields.length }, 'submission waits for attachment files');
      return sendError(reply, 409, 'filesMissing', stored.fields);
    }
    if (!stored.ok) return sendError(reply, 422, 'invalid', stored.fields);

    const values = normalizeValues(definition, payload.values);
    const { id, ...withoutId } = payload;
    // The hash covers trackingCode and blockNumber too, so a retry that changes either is a conflict.
    const payloadHash = hashCanonicalJson({ ...withoutId, values });

    const device = await findRequestDevice(request, devices);
    const { receivedAt, arrivedAt } = effectiveReceipt(payload.capturedAt, arrival, deviceTime(request.headers[DEVICE_TIME_HEADER]));
    const agency = values[definition.agencyField] as string;
    const year = calendarYearIn(config.timeZone, new Date(receivedAt));
    const result = await store.acceptSubmission(
      {
        id,
        formId: payload.formId,
        formVersion: payload.formVersion,
        agency,
        series: definition.series,
        year,
        capturedAt: payload.capturedAt,
        receivedAt,
        arrivedAt,
        channel: payload.channel,
        deviceId: payload.deviceId,
        locale: payload.locale,
        provisionalCode: payload.provisionalCode,
        values,
        attachments,
        payloadHash,
        trackingCode: payload.trackingCode ?? createTrackingCode(),
        ...(payload.blockNumber === undefined ? {} : { blockNumber: payload.blockNumber }),
        ...(device === undefined ? {} : { enrolledDeviceId: device.id }),
      },
      (parts) => formatRegistrationNumber(config.registrationPattern, parts),
    );

    const submission = result.submission;
    if (!result.created && submission.payloadHash !== payloadHash) return sendError(reply, 409, 'conflict');
    if (result.created && submission.claimedNumber !== undefined) {
      request.log.info({ blockId: payload.blockNumber?.blockId ?? null, deviceId: device?.id ?? null }, 'block number replaced');
    }

    const accepted: SubmissionAccepted = {
      id: submission.id,
      registrationNumber: submission.registrationNumber,
      trackingCode: submission.trackingCode,
      receivedAt: submission.receivedAt,
      status: submission.status,
      ...(submission.claimedNumber === undefined ? {} : { replacedNumber: submission.claimedNumber }),
    };
    return reply
      .code(result.created ? 201 : 200)
      .header('cache-control', 'no-store')
      .send(accepted);
  });
}
