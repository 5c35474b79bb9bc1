import type { FastifyReply, FastifyRequest } from 'fastify';
import { secretsEqual } from '../secret-comparison.ts';
import { sendError } from './api-error.ts';

/**
 * Checks the staff bearer token. Use it in a route's onRequest hook, so that strangers are
 * rejected before their body is read. Sends 403 when no token is configured, because staff
 * endpoints are then switched off, and 401 for a missing or wrong token. Returns undefined
 * to let the request through.
 */
export function rejectUnlessStaff(request: FastifyRequest, reply: FastifyReply, staffToken: string | undefined): FastifyReply | undefined {
  if (staffToken === undefined) return sendError(reply, 403, 'forbidden');

  const match = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? '');
  if (!match || !secretsEqual(match[1] as string, staffToken)) {
    reply.header('www-authenticate', 'Bearer');
    return sendError(reply, 401, 'unauthorized');
  }
  return undefined;
}
