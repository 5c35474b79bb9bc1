import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { EXTENSIONS, SHA256_HEX } from '../../domain/attachments/file-types.ts';
import type { AttachmentLimits } from '../../domain/attachments/limits.ts';
import { sniffAttachmentType } from '../../domain/attachments/sniff-type.ts';
import type { FileStore } from '../storage/file-store.ts';
import { sendError } from './api-error.ts';
import { rejectUnlessStaff } from './staff-auth.ts';

/** The media type of an upload body: the raw bytes, never a multipart form. */
export const UPLOAD_CONTENT_TYPE = 'application/octet-stream';

/** The body of a successful `PUT /api/v1/files/:sha256`. */
export interface StoredFile {
  sha256: string;
  size: number;
  type: string;
}

export interface FileRouteOptions {
  files: FileStore;
  limits: AttachmentLimits;
  /** Bearer token of staff, who alone may download files. Without it the download responds with 403. */
  staffToken: string | undefined;
}

interface FileRoute {
  Params: { sha256: string };
}

/** Returns the path of a file's download, as the staff export lists it. */
export function filePath(sha256: string): string {
  return `/api/v1/files/${sha256}`;
}

/**
 * Registers the attachment files, addressed by the SHA-256 of their bytes. Devices ask with
 * HEAD whether the server holds a file and upload it with PUT before they send the submission
 * that names it. Staff download files with GET. The routes sit in their own scope, because
 * only uploads accept application/octet-stream, with the per-file limit as their body limit.
 */
export function registerFileRoutes(app: FastifyInstance, { files, limits, staffToken }: FileRouteOptions): void {
  app.register(async (scope) => {
    scope.addContentTypeParser(UPLOAD_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: limits.maxFileBytes }, (_request, body, done) => {
      done(null, body);
    });

    scope.head<FileRoute>('/api/v1/files/:sha256', async (request, reply) => {
      const { sha256 } = request.params;
      if (!SHA256_HEX.test(sha256)) return sendError(reply, 400, 'malformed');
      const size = await files.size(sha256);
      if (size === undefined) return reply.code(404).header('cache-control', 'no-store').send();
      return reply.code(200).header('cache-control', 'no-store').header('content-length', String(size)).send();
    });

    scope.put<FileRoute>(
      '/api/v1/files/:sha256',
      // The hash and the media type are checked before the body is read, so a JSON or form
      // body gets 415 whatever it contains.
      { bodyLimit: limits.maxFileBytes, onRequest: async (request, reply) => rejectUnlessUpload(request, reply) },
      async (request, reply) => {
        const { sha256 } = request.params;
        const body = request.body;
        if (!Buffer.isBuffer(body)) return sendError(reply, 415, 'unsupportedMediaType');
        if (body.length === 0) return sendError(reply, 400, 'malformed');

        const actual = createHash('sha256').update(body).digest('hex');
        if (actual !== sha256) {
          // A device that sends other bytes than it named has a bug or a damaged copy: log both hashes.
          request.log.info({ sha256, actual, size: body.length }, 'upload rejected: hash mismatch');
          return sendError(reply, 422, 'hashMismatch');
        }

        const type = await sniffAttachmentType(body);
        if (type === undefined) {
          request.log.info({ sha256, size: body.length }, 'upload rejected: not an attachment type');
          return sendError(reply, 415, 'unsupportedFileType');
        }

        const { created } = await files.store(sha256, body);
        if (created) request.log.info({ sha256, size: body.length, type }, 'file stored');
        const stored: StoredFile = { sha256, size: body.length, type };
        return reply
          .code(created ? 201 : 200)
          .header('cache-control', 'no-store')
          .send(stored);
      },
    );

    scope.get<FileRoute>(
      '/api/v1/files/:sha256',
      // HEAD has its own route without the staff token, so Fastify must not derive one from GET.
      { exposeHeadRoute: false, onRequest: async (request, reply) => rejectUnlessStaff(request, reply, staffToken) },
      async (request, reply) => {
        const { sha256 } = request.params;
        if (!SHA256_HEX.test(sha256)) return sendError(reply, 400, 'malformed');
        const bytes = await files.read(sha256);
        if (bytes === undefined) return sendError(reply, 404, 'notFound');

        // Only sniffed files are stored, so the type is known. The download is an attachment
        // with nosniff, so browsers save a file crafted to look like a page instead of rendering it.
        const type = await sniffAttachmentType(bytes);
        const fileName = type === undefined ? sha256 : `${sha256}.${EXTENSIONS[type][0]}`;
        return reply
          .header('content-type', type ?? UPLOAD_CONTENT_TYPE)
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'no-store')
          .send(bytes);
      },
    );
  });
}

/**
 * Sends 400 for a malformed hash and 415 unless the request declares an octet-stream body;
 * parameters of the media type, such as charset, are ignored.
 */
function rejectUnlessUpload(request: FastifyRequest<FileRoute>, reply: FastifyReply): FastifyReply | undefined {
  if (!SHA256_HEX.test(request.params.sha256)) return sendError(reply, 400, 'malformed');
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  return mediaType === UPLOAD_CONTENT_TYPE ? undefined : sendError(reply, 415, 'unsupportedMediaType');
}
