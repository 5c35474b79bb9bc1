import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { BlockHolding, EnrolledChannel, EnrolmentResponse } from '../../domain/numbering.ts';
import type { DeploymentConfig } from '../deployment-config.ts';
import { createDeviceToken, hashCredential, isNormalizedEnrolmentCode, normalizeEnrolmentCode } from '../device-credentials.ts';
import { planBlockExchange } from '../number-block-plan.ts';
import type { DeviceStore } from '../storage/device-store.ts';
import { sendError, type ErrorField } from './api-error.ts';
import { isRecord } from './check-submission-payload.ts';
import { findRequestDevice, sendUnauthorized } from './device-auth.ts';

/** Most blocks a device may report at once; a device holds a few per agency and year. */
export const MAX_HOLDINGS = 1000;

const ENROLLED_CHANNELS: readonly EnrolledChannel[] = ['kiosk', 'tablet'];

export interface DeviceRouteOptions {
  config: DeploymentConfig;
  devices: DeviceStore;
  now: () => Date;
}

/**
 * Registers the endpoints of enrolled devices: `POST /api/v1/devices/enrol`, which turns a
 * one-time code into a device and its bearer token, and `POST /api/v1/devices/me/blocks`, with
 * which a device reports the blocks it holds and receives its blocks after retirements and
 * top-ups. docs/numbering.md describes the design.
 */
export function registerDeviceRoutes(app: FastifyInstance, { config, devices, now }: DeviceRouteOptions): void {
  app.post('/api/v1/devices/enrol', async (request, reply) => {
    if (request.body === undefined) return sendError(reply, 415, 'unsupportedMediaType');
    if (!isRecord(request.body)) return sendError(reply, 400, 'malformed');
    const fields = checkEnrolmentRequest(request.body);
    if (fields.length > 0) return sendError(reply, 422, 'invalid', fields);

    const code = normalizeEnrolmentCode(request.body.code as string);
    const channel = request.body.channel as EnrolledChannel;
    const token = createDeviceToken();
    // A code of the wrong shape cannot be stored, so it gets the same response as an unknown,
    // used or expired one: the client learns only that this code does not work.
    const device = isNormalizedEnrolmentCode(code)
      ? await devices.enrol({ codeHash: hashCredential(code), channel, deviceId: randomUUID(), tokenHash: hashCredential(token), at: now().toISOString() })
      : undefined;
    if (!device) {
      request.log.info('enrolment rejected: the code is unknown, used or expired');
      return sendError(reply, 422, 'invalid', [{ field: 'code', code: 'enrolmentCodeInvalid' }]);
    }

    request.log.info({ deviceId: device.id, channel: device.channel }, 'device enrolled');
    const response: EnrolmentResponse = { deviceId: device.id, label: device.label, channel: device.channel, token };
    return reply.code(201).header('cache-control', 'no-store').send(response);
  });

  app.post('/api/v1/devices/me/blocks', async (request, reply) => {
    // The token is checked before the body, so strangers learn nothing about the body rules.
    const device = await findRequestDevice(request, devices);
    if (!device) return sendUnauthorized(reply);
    if (request.body === undefined) return sendError(reply, 415, 'unsupportedMediaType');
    if (!isRecord(request.body)) return sendError(reply, 400, 'malformed');
    const fields = checkBlocksRequest(request.body);
    if (fields.length > 0) return sendError(reply, 422, 'invalid', fields);

    const holdings = request.body.holdings as BlockHolding[];
    const response = await devices.exchangeBlocks(device.id, holdings, planBlockExchange(now(), config));
    request.log.info({ deviceId: device.id, blocks: response.blocks.map((block) => block.id), retired: response.retired }, 'number blocks exchanged');
    return reply.header('cache-control', 'no-store').send(response);
  });
}

function checkEnrolmentRequest(body: Record<string, unknown>): ErrorField[] {
  const fields: ErrorField[] = unknownKeys(body, ['code', 'channel']);
  if (body.code === undefined) fields.push({ field: 'code', code: 'required' });
  else if (typeof body.code !== 'string') fields.push({ field: 'code', code: 'invalid' });
  if (body.channel === undefined) fields.push({ field: 'channel', code: 'required' });
  else if (typeof body.channel !== 'string') fields.push({ field: 'channel', code: 'invalid' });
  else if (!(ENROLLED_CHANNELS as readonly string[]).includes(body.channel)) fields.push({ field: 'channel', code: 'optionInvalid' });
  return fields;
}

function checkBlocksRequest(body: Record<string, unknown>): ErrorField[] {
  const fields: ErrorField[] = unknownKeys(body, ['holdings']);
  const { holdings } = body;
  if (holdings === undefined) return [...fields, { field: 'holdings', code: 'required' }];
  if (!Array.isArray(holdings)) return [...fields, { field: 'holdings', code: 'invalid' }];
  if (holdings.length > MAX_HOLDINGS) return [...fields, { field: 'holdings', code: 'tooLong', max: MAX_HOLDINGS }];

  const seen = new Set<number>();
  holdings.forEach((holding: unknown, index) => {
    const prefix = `holdings[${index}]`;
    if (!isRecord(holding)) {
      fields.push({ field: prefix, code: 'invalid' });
      return;
    }
    fields.push(...unknownKeys(holding, ['blockId', 'nextSeq']).map(({ field, code }) => ({ field: `${prefix}.${field}`, code })));
    if (!isPositiveSafeInteger(holding.blockId)) fields.push({ field: `${prefix}.blockId`, code: 'invalid' });
    // Reporting one block twice would make its next number ambiguous.
    else if (seen.has(holding.blockId)) fields.push({ field: `${prefix}.blockId`, code: 'duplicate' });
    else seen.add(holding.blockId);
    if (!isPositiveSafeInteger(holding.nextSeq)) fields.push({ field: `${prefix}.nextSeq`, code: 'invalid' });
  });
  return fields;
}

function unknownKeys(body: Record<string, unknown>, known: readonly string[]): ErrorField[] {
  return Object.keys(body)
    .filter((key) => !known.includes(key))
    .map((key) => ({ field: key, code: 'unknownField' }));
}

function isPositiveSafeInteger(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1;
}
