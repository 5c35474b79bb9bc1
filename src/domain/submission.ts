import type { AttachmentRef } from './attachments/file-types.ts';
import type { DeadlineDate } from './calendar/holiday-calendar.ts';
import type { FormValues } from './forms/types.ts';

export const CHANNELS = ['kiosk', 'tablet', 'web'] as const;
/** Channel a submission was captured on, so the city can count requests per channel. */
export type Channel = (typeof CHANNELS)[number];

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The body of `POST /api/v1/submissions`, exactly as the device queued it. */
export interface SubmissionPayload {
  /** Client-generated UUID; the idempotency key of the submission. */
  id: string;
  formId: string;
  formVersion: number;
  /** Moment of capture on the device, ISO 8601 with offset. */
  capturedAt: string;
  channel: Channel;
  deviceId: string;
  locale: Locale;
  /** The code on the receipt until the server's registration number replaces it. */
  provisionalCode: string;
  /**
   * The code that unlocks the status look-up, drawn on the device so that a receipt printed
   * offline already carries it. Absent from submissions queued by older releases; the server
   * then draws one.
   */
  trackingCode?: string;
  /**
   * The registration number the device issued from one of its number blocks. Absent when the
   * device had no number left and the receipt carries the provisional code.
   */
  blockNumber?: BlockNumber;
  /** Answers as normalizeValues returns them. */
  values: FormValues;
  /**
   * Files the visitor attached, in their order. The device uploads each file's bytes before
   * it posts the submission, and the server accepts the submission only when it has stored them all.
   */
  attachments?: AttachmentRef[];
}

/** A number taken from a block: the block's id on the server and the sequence number. */
export interface BlockNumber {
  blockId: number;
  seq: number;
}

export const STATUSES = ['diterima', 'diproses', 'diperpanjang', 'selesai', 'ditolak'] as const;
/** Request status as the PPID reports it; the Indonesian terms are the legal ones. */
export type SubmissionStatus = (typeof STATUSES)[number];

/** The server's response to an accepted submission (201 first time, 200 on a repeat). */
export interface SubmissionAccepted {
  id: string;
  registrationNumber: string;
  /** Short code printed on the receipt; required to read the status. */
  trackingCode: string;
  /** The legal moment of receipt: the capture on the device (see effective receipt on the server). */
  receivedAt: string;
  status: SubmissionStatus;
  /**
   * The number the device issued, when the server could not honour it (a block that is not
   * this device's, a number already used, a year that does not match). The submission then
   * has a new number from the server, and the old one still finds it in the status look-up.
   */
  replacedNumber?: string;
}

export interface StatusResponse {
  registrationNumber: string;
  formId: string;
  agency: string;
  status: SubmissionStatus;
  /** The legal moment of receipt, ISO 8601 UTC. */
  receivedAt: string;
  /**
   * Answer deadline: working days after the day of receipt in the agency's time zone. Absent
   * for forms without a confirmed deadline (complaints).
   */
  deadline?: DeadlineDate;
  /** The deadline after the extension, once the status history contains 'diperpanjang'. */
  extendedDeadline?: DeadlineDate;
  history: { status: SubmissionStatus; at: string }[];
}

/**
 * Error body of every 4xx response; `fields` only with 422 `invalid` and 409 `filesMissing`.
 *
 * - filesMissing (409): a submission names attachments the server does not hold. Each is
 *   listed as `{ field: 'attachments.N', code: 'missing' }`, so the device uploads them and
 *   sends the submission again.
 * - hashMismatch (422): an uploaded file's SHA-256 is not the one in its URL.
 * - unsupportedFileType (415): an uploaded file's content is not JPEG, PNG, WebP or PDF.
 */
export interface ApiError {
  error:
    | 'invalid'
    | 'conflict'
    | 'tooLarge'
    | 'malformed'
    | 'notFound'
    | 'unsupportedMediaType'
    | 'unauthorized'
    | 'forbidden'
    | 'internal'
    | 'statusTransition'
    | 'tooManyRequests'
    | 'filesMissing'
    | 'hashMismatch'
    | 'unsupportedFileType'
    | 'embosserNotConfigured'
    | 'embosserFailed';
  fields?: { field: string; code: string; max?: number }[];
}
