import { existsSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SIGN_LANGUAGE_BASE_PATH } from '../../domain/sign-language/manifest.ts';
import { sendError } from '../api/api-error.ts';
import { requestPath } from './request-path.ts';
import { registerSignLanguageFiles, type SignLanguageSource } from './sign-language-files.ts';

/** Vite puts content-hashed files under assets/, so a changed file always gets a new URL. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, sw.js, manifest.webmanifest, icons) is revalidated by ETag. */
const REVALIDATE = 'no-cache';

/**
 * Serves the built PWA from `staticDir` when that directory exists, and the sign-language
 * folder at /sign-language/ when there is one. Installs the 404 handler: a GET for an unknown
 * page that accepts HTML gets index.html so client-side routes work. Anything else, including
 * every unknown `/api/` and `/sign-language/` path, gets 404 JSON. Returns whether the PWA is
 * served.
 */
export function registerStaticFiles(app: FastifyInstance, staticDir: string | undefined, signLanguage?: SignLanguageSource): boolean {
  const serving = staticDir !== undefined && existsSync(staticDir) && statSync(staticDir).isDirectory();
  if (serving) {
    app.register(fastifyStatic, {
      root: staticDir,
      prefix: '/',
      index: 'index.html',
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        const inAssets = relative(staticDir, filePath).startsWith(`assets${sep}`);
        reply.header('cache-control', inAssets ? IMMUTABLE : REVALIDATE);
      },
    });
  }
  if (signLanguage) registerSignLanguageFiles(app, signLanguage.folder, { decorateReply: !serving });

  app.setNotFoundHandler((request, reply) => {
    if (serving && isPageRequest(request)) return sendIndexHtml(reply);
    return sendError(reply, 404, 'notFound');
  });
  return serving;
}

function isPageRequest(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = requestPath(request.url);
  // A missing clip must stay a 404: the service worker would otherwise cache index.html as a video.
  if (path.startsWith('/api/') || path.startsWith(SIGN_LANGUAGE_BASE_PATH)) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

function sendIndexHtml(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', REVALIDATE).sendFile('index.html');
}
