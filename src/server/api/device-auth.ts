import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashCredential } from '../device-credentials.ts';
import type { Device, DeviceStore } from '../storage/device-store.ts';
import { sendError } from './api-error.ts';

/** Returns the token of an `Authorization: Bearer <token>` header, or undefined. */
export function readBearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/**
 * Returns the enrolled device whose token the request carries, or undefined for no token, an
 * unknown one or a revoked device. The token is looked up by its SHA-256, so the database
 * never stores the token itself.
 */
export async function findRequestDevice(request: FastifyRequest, devices: DeviceStore): Promise<Device | undefined> {
  const token = readBearerToken(request);
  return token === undefined ? undefined : devices.findActiveDeviceByTokenHash(hashCredential(token));
}

/** Sends 401 `unauthorized` with a Bearer challenge. */
export function sendUnauthorized(reply: FastifyReply): FastifyReply {
  reply.header('www-authenticate', 'Bearer');
  return sendError(reply, 401, 'unauthorized');
}
