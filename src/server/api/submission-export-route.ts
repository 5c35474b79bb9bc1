import type { FastifyInstance } from 'fastify';
import type { FormValues } from '../../domain/forms/types.ts';
import type { Channel, Locale, SubmissionStatus } from '../../domain/submission.ts';
import type { StoredSubmission, SubmissionStore } from '../storage/submission-store.ts';
import { sendError, type ErrorField } from './api-error.ts';
import { filePath } from './file-routes.ts';
import { rejectUnlessStaff } from './staff-auth.ts';

/** Page size when the request gives no `limit`, and the largest `limit` accepted. */
export const DEFAULT_EXPORT_LIMIT = 50;
export const MAX_EXPORT_LIMIT = 200;

const QUERY_KEYS = ['after', 'limit'];
const WHOLE_NUMBER = /^(0|[1-9]\d*)$/;

/** One submission as the staff export returns it, values included. */
export interface ExportedSubmission {
  id: string;
  registrationNumber: string;
  trackingCode: string;
  formId: string;
  formVersion: number;
  agency: string;
  /** The legal moment of receipt: the capture on the device unless its clock was implausible. */
  receivedAt: string;
  capturedAt: string;
  /** When the server received the request. */
  arrivedAt: string;
  /** The number the device printed when the server replaced it; null otherwise. */
  claimedNumber: string | null;
  /** The number block the registration number came from; null when the server drew it. */
  blockId: number | null;
  channel: Channel;
  deviceId: string;
  locale: Locale;
  provisionalCode: string;
  status: SubmissionStatus;
  /** Form values as stored, which contain personal data. */
  values: FormValues;
  /** The attached files in the visitor's order; empty when there are none. */
  attachments: ExportedAttachment[];
}

/** An attached file as the staff export lists it. */
export interface ExportedAttachment {
  /** The name the visitor saw; it may contain personal data, so the server never logs it. */
  name: string;
  type: string;
  size: number;
  sha256: string;
  /** Path of `GET /api/v1/files/:sha256`, which serves the bytes to staff. */
  path: string;
}

/** The body of `GET /api/v1/submissions`. */
export interface SubmissionExportPage {
  submissions: ExportedSubmission[];
  /** Pass as `after` to read what arrived after this page; the request's `after` when the page is empty. */
  nextCursor: string | null;
}

export interface SubmissionExportRouteOptions {
  store: SubmissionStore;
  /** Bearer token of staff. Without it the endpoint responds with 403. */
  staffToken: string | undefined;
}

interface ExportRoute {
  Querystring: Record<string, unknown>;
}

/**
 * Registers `GET /api/v1/submissions`, with which a PPID reads the submissions that arrived,
 * in arrival order, a page at a time. The cursor is a submission's arrival position as a
 * decimal string; clients should treat it as opaque. The body contains personal data, so it
 * needs the staff token, no cache may keep it, and the log line records only counts and
 * cursors.
 */
export function registerSubmissionExportRoute(app: FastifyInstance, { store, staffToken }: SubmissionExportRouteOptions): void {
  app.get<ExportRoute>(
    '/api/v1/submissions',
    { onRequest: async (request, reply) => rejectUnlessStaff(request, reply, staffToken) },
    async (request, reply) => {
      const query = parseExportQuery(request.query);
      if (!query.ok) return sendError(reply, 422, 'invalid', query.fields);

      const submissions = await store.listByArrival(query.after ?? 0, query.limit);
      const last = submissions.at(-1);
      let nextCursor: string | null = null;
      if (last) nextCursor = String(last.arrival);
      else if (query.after !== undefined) nextCursor = String(query.after);
      request.log.info({ count: submissions.length, after: query.after ?? null, nextCursor }, 'submissions exported to staff');

      const page: SubmissionExportPage = { submissions: submissions.map(toExportedSubmission), nextCursor };
      return reply.header('cache-control', 'no-store').send(page);
    },
  );
}

type ExportQuery = { ok: true; after: number | undefined; limit: number } | { ok: false; fields: ErrorField[] };

function parseExportQuery(query: Record<string, unknown>): ExportQuery {
  const fields: ErrorField[] = Object.keys(query)
    .filter((key) => !QUERY_KEYS.includes(key))
    .map((key) => ({ field: key, code: 'unknownField' }));

  const after = query.after === undefined ? undefined : parseWholeNumber(query.after);
  if (after === null) fields.push({ field: 'after', code: 'invalid' });

  const limit = query.limit === undefined ? DEFAULT_EXPORT_LIMIT : parseWholeNumber(query.limit);
  if (limit === null || limit < 1 || limit > MAX_EXPORT_LIMIT) fields.push({ field: 'limit', code: 'invalid' });

  if (fields.length > 0 || after === null || limit === null) return { ok: false, fields };
  return { ok: true, after, limit };
}

/** Returns the number for a string of decimal digits within the safe integer range, or null. */
function parseWholeNumber(value: unknown): number | null {
  if (typeof value !== 'string' || !WHOLE_NUMBER.test(value)) return null;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : null;
}

function toExportedSubmission(submission: StoredSubmission): ExportedSubmission {
  return {
    id: submission.id,
    registrationNumber: submission.registrationNumber,
    trackingCode: submission.trackingCode,
    formId: submission.formId,
    formVersion: submission.formVersion,
    agency: submission.agency,
    receivedAt: submission.receivedAt,
    capturedAt: submission.capturedAt,
    arrivedAt: submission.arrivedAt,
    claimedNumber: submission.claimedNumber ?? null,
    blockId: submission.blockNumber?.blockId ?? null,
    channel: submission.channel,
    deviceId: submission.deviceId,
    locale: submission.locale,
    provisionalCode: submission.provisionalCode,
    status: submission.status,
    values: submission.values,
    attachments: submission.attachments.map(({ name, type, size, sha256 }) => ({ name, type, size, sha256, path: filePath(sha256) })),
  };
}
