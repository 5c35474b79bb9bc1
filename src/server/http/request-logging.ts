import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestPath } from './request-path.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Id of the submission the request concerns, set by a route once the id is known; null otherwise. */
    submissionId: string | null;
  }
}

/**
 * Logs one line per finished request: method, path without the query string, status,
 * duration and submission id. Fastify's own request logging is off because it logs the full
 * URL, tracking code included. Bodies are never logged because they carry NIK, names,
 * addresses and phone numbers.
 */
export function registerRequestLogging(app: FastifyInstance): void {
  app.decorateRequest('submissionId', null);
  app.addHook('onResponse', async (request, reply) => logRequestCompleted(request, reply));
}

/** Writes the request's line; call it directly only for replies that bypass the hooks. */
export function logRequestCompleted(request: FastifyRequest, reply: FastifyReply): void {
  request.log.info(
    {
      method: request.method,
      path: requestPath(request.url),
      statusCode: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      ...(request.submissionId ? { submissionId: request.submissionId } : {}),
    },
    'request completed',
  );
}
