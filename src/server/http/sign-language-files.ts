import { existsSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyError, FastifyInstance } from 'fastify';
import { isSafeContentPath, SIGN_LANGUAGE_BASE_PATH } from '../../domain/sign-language/manifest.ts';
import { sendError } from '../api/api-error.ts';
import { handleServerError } from '../api/error-handler.ts';
import { normalizeRangeHeader } from './normalize-range-header.ts';
import { requestPath } from './request-path.ts';

/** Thrown when LOKET_SIGN_LANGUAGE_DIR names no folder. The message names the fix. */
export class SignLanguageDirError extends Error {
  override name = 'SignLanguageDirError';
}

/** The folder served at /sign-language/, and whether the deployment configured it or the built PWA ships it. */
export interface SignLanguageSource {
  folder: string;
  origin: 'LOKET_SIGN_LANGUAGE_DIR' | 'built app';
}

/**
 * Decides which folder to serve at /sign-language/: the configured one, which must exist, or
 * else `sign-language/` inside the built PWA when it is there. Undefined when neither exists.
 */
export function resolveSignLanguageSource(configuredDir: string | undefined, staticDir: string | undefined): SignLanguageSource | undefined {
  if (configuredDir !== undefined) {
    if (!isDirectory(configuredDir)) {
      throw new SignLanguageDirError(
        `LOKET_SIGN_LANGUAGE_DIR ${configuredDir} is not a folder. Create it with manifest.json and the clips (docs/sign-language.md), or unset LOKET_SIGN_LANGUAGE_DIR to serve the sample clips of the built app.`,
      );
    }
    return { folder: configuredDir, origin: 'LOKET_SIGN_LANGUAGE_DIR' };
  }
  if (staticDir === undefined) return undefined;
  const builtFolder = join(staticDir, 'sign-language');
  return isDirectory(builtFolder) ? { folder: builtFolder, origin: 'built app' } : undefined;
}

/**
 * Serves the sign-language folder at /sign-language/ with its own @fastify/static
 * registration. Its route is more specific than the PWA's `/*`, so it also takes over the copy
 * inside dist/app. Range requests get 206 (kiosks seek in clips), decided as the service
 * worker decides them offline, and every response is revalidated by ETag, because a city may
 * replace a clip under the same name.
 *
 * Only paths the manifest format allows (isSafeContentPath) and no dotfiles are served:
 * anything else, including `..` in any encoding, gets 404 before @fastify/send receives it
 * (send would return 403 for some of them). `decorateReply` must be false when the PWA's
 * registration has already added reply.sendFile.
 */
export function registerSignLanguageFiles(app: FastifyInstance, folder: string, options: { decorateReply: boolean }): void {
  app.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      const path = decodedContentPath(request.url);
      if (!isServablePath(path)) return sendError(reply, 404, 'notFound');
      await normalizeRange(request.raw, join(folder, path));
    });
    // @fastify/send puts `Content-Range: bytes */<size>` on its 416 error. The shared handler
    // would drop it, and RFC 9110 §15.5.17 recommends it because it gives a client the size.
    scope.setErrorHandler((error: FastifyError & { headers?: Record<string, string> }, request, reply) => {
      const contentRange = error.headers?.['Content-Range'];
      if (error.statusCode === 416 && contentRange) reply.header('content-range', contentRange);
      return handleServerError(error, request, reply);
    });
    await scope.register(fastifyStatic, {
      root: folder,
      prefix: SIGN_LANGUAGE_BASE_PATH,
      decorateReply: options.decorateReply,
      index: false,
      list: false,
      acceptRanges: true,
      etag: true,
      lastModified: true,
      cacheControl: false,
      dotfiles: 'ignore',
      // @fastify/static passes the path with its leading slash.
      allowedPath: (pathName) => pathName.startsWith('/') && isServablePath(pathName.slice(1)),
      setHeaders: (reply) => {
        reply.header('cache-control', 'no-cache');
      },
    });
  });
}

/**
 * Replaces the request's Range header with the range decideRange picks for `file`, or removes
 * it when the response is the whole file, before @fastify/send reads it. A file that cannot be
 * read keeps the header, and send then responds with 404.
 */
async function normalizeRange(request: IncomingMessage, file: string): Promise<void> {
  const header = request.headers.range;
  if (header === undefined) return;
  let size: number;
  try {
    const stats = await stat(file);
    if (!stats.isFile()) return;
    size = stats.size;
  } catch {
    return;
  }
  const normalized = normalizeRangeHeader(header, size);
  if (normalized === undefined) delete request.headers.range;
  else request.headers.range = normalized;
}

/** Returns the part of a request URL after /sign-language/, percent-decoded once, or '' when it does not decode. */
function decodedContentPath(url: string): string {
  const path = requestPath(url).slice(SIGN_LANGUAGE_BASE_PATH.length);
  try {
    return decodeURIComponent(path);
  } catch {
    return '';
  }
}

/** Tells whether a decoded path relative to the folder, such as `bisindo/screen.start.webm`, may be served. */
export function isServablePath(path: string): boolean {
  return isSafeContentPath(path) && path.split('/').every((part) => !part.startsWith('.'));
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
