import type { FastifyInstance } from 'fastify';

/** Registers `GET /api/v1/openapi.yaml`, serving the document text read at start. */
export function registerOpenApiRoute(app: FastifyInstance, document: string): void {
  app.get('/api/v1/openapi.yaml', async (_request, reply) => {
    return reply.type('application/yaml; charset=utf-8').header('cache-control', 'no-cache').send(document);
  });
}
