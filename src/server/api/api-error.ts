import type { FastifyReply } from 'fastify';
import type { ApiError } from '../../domain/submission.ts';

/**
 * Every `error` value the server sends. The domain's ApiError lacks the last three, which
 * only the server produces: 'unauthorized' (401, missing or wrong staff token), 'forbidden'
 * (403, staff endpoints switched off) and 'internal' (500, a server fault, never bad input).
 */
export type ServerErrorCode = ApiError['error'] | 'unauthorized' | 'forbidden' | 'internal';

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
