import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { BrailleSettings, KioskConfig } from '../../domain/config.ts';
import { formDefinitions } from '../../domain/forms/registry.ts';
import type { DeploymentConfig } from '../deployment-config.ts';

/** The body of `GET /api/v1/config`: what devices need, without server-only settings. */
export interface ConfigResponse extends KioskConfig {
  braille: BrailleSettings;
  formIds: string[];
}

export interface ConfigRouteOptions {
  /** The server has an embosser queue, so devices may send braille print jobs. */
  embosser: boolean;
}

/**
 * Registers `GET /api/v1/config`. The body is fixed for the life of the process, so it is
 * serialised once with a strong ETag. `no-cache` makes kiosks revalidate on every start, and
 * an unchanged config costs them only a 304.
 */
export function registerConfigRoute(app: FastifyInstance, config: DeploymentConfig, { embosser }: ConfigRouteOptions): void {
  const response: ConfigResponse = {
    body: config.body,
    timeZone: config.timeZone,
    timeZoneLabel: config.timeZoneLabel,
    agencies: config.agencies,
    registrationPattern: config.registrationPattern,
    calendars: config.calendars,
    ...(config.publicUrl === undefined ? {} : { publicUrl: config.publicUrl }),
    kiosk: config.kiosk,
    ...(config.attachments === undefined ? {} : { attachments: config.attachments }),
    ...(config.complaintCategories === undefined ? {} : { complaintCategories: config.complaintCategories }),
    ...(config.districts === undefined ? {} : { districts: config.districts }),
    braille: { pageSize: config.braille.pageSize, embosser },
    formIds: Object.keys(formDefinitions),
  };
  const text = JSON.stringify(response);
  const etag = `"${createHash('sha256').update(text).digest('base64url')}"`;

  app.get('/api/v1/config', async (request, reply) => {
    reply.header('cache-control', 'no-cache').header('etag', etag);
    if (ifNoneMatchIncludes(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(text);
  });
}

function ifNoneMatchIncludes(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}
