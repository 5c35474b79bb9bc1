import type { FastifyReply } from 'fastify';
import type { ApiError } from '../../domain/submission.ts';

/**
 * Every `error` value the server sends. The domain's ApiError lacks 'rangeNotSatisfiable'
 * (416, a byte range that starts past the end of a static file), because the app's API
 * routes never send it.
 */
export type ServerErrorCode = ApiError['error'] | 'rangeNotSatisfiable';

/** One entry of a 422 body: which field failed and why, never its value. */
export interface ErrorField {
  field: string;
  code: string;
  max?: number;
}

export interface ServerErrorBody {
  error: ServerErrorCode;
  fields?: ErrorField[];
}

/** Sends an error body; `fields` only accompanies 422 `invalid` and 409 `filesMissing`. */
export function sendError(reply: FastifyReply, statusCode: number, error: ServerErrorCode, fields?: ErrorField[]): FastifyReply {
  const body: ServerErrorBody = fields ? { error, fields } : { error };
  return reply.code(statusCode).header('cache-control', 'no-store').send(body);
}
