import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DeploymentConfig } from '../deployment-config.ts';
import { checkDeviceLabel, issueEnrolmentCode, MAX_DEVICE_LABEL_LENGTH } from '../enrolment-codes.ts';
import type { DeviceStore } from '../storage/device-store.ts';
import { sendError, type ErrorField } from './api-error.ts';
import { isRecord } from './check-submission-payload.ts';
import { rejectUnlessStaff } from './staff-auth.ts';

export interface AdminRouteOptions {
  config: DeploymentConfig;
  devices: DeviceStore;
  now: () => Date;
  /** Bearer token of staff. Without it the endpoints respond with 403. */
  staffToken: string | undefined;
}

interface RevokeRoute {
  Params: { deviceId: string };
}

/**
 * Registers the administrator's device endpoints under `/api/v1/admin`: create an enrolment
 * code, list devices with their blocks, and revoke a device. They take the staff token; the
 * admin CLI (admin-cli.ts) does the same on the database directly.
 */
export function registerAdminRoutes(app: FastifyInstance, { config, devices, now, staffToken }: AdminRouteOptions): void {
  // Checking the token in onRequest rejects strangers before their body is even read.
  const onRequest = async (request: FastifyRequest, reply: FastifyReply) => rejectUnlessStaff(request, reply, staffToken);

  app.post('/api/v1/admin/enrolment-codes', { onRequest }, async (request, reply) => {
    if (request.body === undefined) return sendError(reply, 415, 'unsupportedMediaType');
    if (!isRecord(request.body)) return sendError(reply, 400, 'malformed');
    const fields: ErrorField[] = Object.keys(request.body)
      .filter((key) => key !== 'label')
      .map((key) => ({ field: key, code: 'unknownField' }));
    const labelError = checkDeviceLabel(request.body.label);
    if (labelError === 'tooLong') fields.push({ field: 'label', code: labelError, max: MAX_DEVICE_LABEL_LENGTH });
    else if (labelError) fields.push({ field: 'label', code: labelError });
    if (fields.length > 0) return sendError(reply, 422, 'invalid', fields);

    const issued = await issueEnrolmentCode(devices, request.body.label as string, now(), config.numberBlocks.enrolmentCodeHours);
    request.log.info({ label: issued.label, expiresAt: issued.expiresAt }, 'enrolment code created');
    return reply.code(201).header('cache-control', 'no-store').send(issued);
  });

  app.get('/api/v1/admin/devices', { onRequest }, async (_request, reply) => {
    return reply.header('cache-control', 'no-store').send({ devices: await devices.listDevices() });
  });

  app.post<RevokeRoute>('/api/v1/admin/devices/:deviceId/revoke', { onRequest }, async (request, reply) => {
    const device = await devices.revokeDevice(request.params.deviceId, now().toISOString());
    if (!device) return sendError(reply, 404, 'notFound');
    request.log.info({ deviceId: device.id }, 'device revoked');
    return reply.header('cache-control', 'no-store').send(device);
  });
}
