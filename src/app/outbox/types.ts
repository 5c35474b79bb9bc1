import type { AttachmentType } from '../../domain/attachments/file-types.ts';
import type { SubmissionPayload } from '../../domain/submission.ts';

/**
 * State of a submission on the device. `attention` means the server rejected it with a 4xx that
 * retrying cannot fix; it stays on the device until staff resolve it, never dropped.
 */
export type OutboxState = 'queued' | 'sent' | 'attention';

/** Receipt contents. When retention ends, `answers` is emptied and the rest remains. */
export interface ReceiptSummary {
  formId: string;
  agency: string;
  capturedAt: string;
  provisionalCode: string;
  /** The definition's receiptFields: non-personal answers such as rincian and delivery. */
  answers: Record<string, string | string[]>;
  /**
   * What the visitor's own printed receipt shows of them: the name and the masked NIK
   * (`3671 **** **** 0001`). Removed with the other personal answers when retention ends.
   */
  applicant?: { name: string; nikMasked?: string };
  /**
   * The capture time the device showed before the server corrected it for a wrong device
   * clock; absent when the server kept it. The receipt then notes that the date was corrected.
   */
  correctedFrom?: string;
  /** Files queued with the submission, by the names the visitor saw. */
  attachments?: { name: string; size: number }[];
  /**
   * Files the visitor attached that the device could not keep because its storage was full;
   * the text was queued without them, and the receipt names them.
   */
  droppedAttachments?: string[];
}

export interface OutboxRecord {
  /** The submission id (client UUID), also the idempotency key on the server. */
  id: string;
  state: OutboxState;
  createdAt: number;
  receipt: ReceiptSummary;
  /** The whole submission while queued; after the server acknowledges, only its personal
   * answers stay, until purgeAfter, and then the payload is removed. */
  payload?: SubmissionPayload;
  attempts: number;
  /** Epoch ms before which the sync engine does not retry. */
  nextAttemptAt: number;
  /** The server's reason for the last failure: HTTP status and error code, or 'network'. */
  lastError?: { status?: number; code: string; fields?: { field: string; code: string }[] };
  /**
   * The official number: issued on the device from a number block (numberSource 'block'), or
   * given by the server when the receipt carried the provisional code (numberSource 'server').
   */
  registrationNumber?: string;
  numberSource?: 'block' | 'server';
  /** The block number the device printed, when the server replaced it with another. */
  replacedNumber?: string;
  /** Drawn on the device at capture; older records get it from the server on sync. */
  trackingCode?: string;
  sentAt?: number;
  purgeAfter?: number;
}

/**
 * One attached file of a queued submission, stored beside its outbox record until the server
 * acknowledges the submission. `position` is the file's index in `payload.attachments`, which
 * is also how the server names it in errors (`attachments.N`).
 */
export interface StoredAttachment {
  submissionId: string;
  position: number;
  /** Lowercase hex SHA-256 of `blob`; the address of the file on the server. */
  sha256: string;
  name: string;
  type: AttachmentType;
  size: number;
  blob: Blob;
  /** Whether the server holds the file, as far as the device knows; cleared by a 409 filesMissing. */
  uploaded: boolean;
}
