import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * Scripts, connections, workers and the manifest come only from the server's own origin.
 * Inline styles, and data: and blob: images and media, stay allowed for the PWA.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; media-src 'self' blob:; " +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'";

/** Adds the same security headers to every response, API and static files alike. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    setSecurityHeaders(reply);
    return payload;
  });
}

/** Sets the headers on one reply; for replies that bypass the hooks, such as Fastify's framework errors. */
export function setSecurityHeaders(reply: FastifyReply): void {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
  reply.header('x-frame-options', 'DENY');
}
