import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';

/**
 * Responds to requests that Node's HTTP parser rejects before Fastify sees them (a Content-Length
 * that is not a number, broken headers) with the API's own error body instead of Fastify's
 * default one, and logs the parser's error code. Nothing of the request is logged, because the
 * bytes that failed to parse may hold personal data.
 */
export function createClientErrorHandler(log: () => FastifyBaseLogger | undefined) {
  return (error: Error & { code?: string }, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    log()?.warn({ code: error.code ?? 'unknown' }, 'request rejected by the HTTP parser');
    const body = JSON.stringify({ error: tooLarge ? 'tooLarge' : 'malformed' });
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  };
}
