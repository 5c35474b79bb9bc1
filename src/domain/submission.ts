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
  /** Answers as normalizeValues returns them. */
  values: FormValues;
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
  receivedAt: string;
  status: SubmissionStatus;
}

export interface StatusResponse {
  registrationNumber: string;
  formId: string;
  agency: string;
  status: SubmissionStatus;
  history: { status: SubmissionStatus; at: string }[];
}

/** Error body of every 4xx response; `fields` only with 422. */
export interface ApiError {
  error: 'invalid' | 'conflict' | 'tooLarge' | 'malformed' | 'notFound' | 'unsupportedMediaType' | 'unauthorized' | 'forbidden' | 'internal';
  fields?: { field: string; code: string; max?: number }[];
}
