import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { sendError, type ServerErrorCode } from './api-error.ts';

interface ClientErrorMapping {
  statusCode: number;
  error: ServerErrorCode;
}

/** Fastify's errors for requests it could not parse or route, by FastifyError code. */
const FRAMEWORK_ERRORS: Readonly<Record<string, ClientErrorMapping>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { statusCode: 413, error: 'tooLarge' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { statusCode: 415, error: 'unsupportedMediaType' },
  FST_ERR_CTP_INVALID_JSON_BODY: { statusCode: 400, error: 'malformed' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { statusCode: 400, error: 'malformed' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { statusCode: 400, error: 'malformed' },
  FST_ERR_CTP_INVALID_TYPE: { statusCode: 400, error: 'malformed' },
  FST_ERR_BAD_URL: { statusCode: 400, error: 'malformed' },
  FST_ERR_MAX_PARAM_LENGTH: { statusCode: 404, error: 'notFound' },
};

const ERRORS_BY_STATUS: Readonly<Record<number, ServerErrorCode>> = {
  404: 'notFound',
  413: 'tooLarge',
  415: 'unsupportedMediaType',
  // @fastify/send throws 416 for a valid byte range that starts past the end of the file.
  416: 'rangeNotSatisfiable',
  // @fastify/rate-limit throws its 429 through this handler.
  429: 'tooManyRequests',
};

/**
 * Turns every thrown error into an API error body. Errors caused by the request become 4xx
 * and are logged by code only, because a message can quote the body: in Node 20, JSON.parse
 * of `abc3671…` fails with `Unexpected token 'a', "abc3671…" is not valid JSON`. Anything
 * else is a server fault, which becomes 500 'internal' and is logged with its stack.
 */
export function handleServerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const mapping = classifyClientError(error);
  if (mapping) {
    request.log.info({ errorCode: error.code ?? error.name, statusCode: mapping.statusCode }, 'request rejected');
    return sendError(reply, mapping.statusCode, mapping.error);
  }

  request.log.error({ err: error }, 'request failed with an unexpected error');
  return sendError(reply, 500, 'internal');
}

function classifyClientError(error: FastifyError): ClientErrorMapping | undefined {
  const known = error.code ? FRAMEWORK_ERRORS[error.code] : undefined;
  if (known) return known;

  // Other Fastify errors that blame the request, such as a client that aborts the upload.
  const statusCode = error.statusCode;
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
    return { statusCode, error: ERRORS_BY_STATUS[statusCode] ?? 'malformed' };
  }
  return undefined;
}
