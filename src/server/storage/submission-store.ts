import type { AttachmentRef } from '../../domain/attachments/file-types.ts';
import type { FormValues } from '../../domain/forms/types.ts';
import type { RegistrationParts } from '../../domain/registration-number.ts';
import type { BlockNumber, Channel, Locale, SubmissionStatus } from '../../domain/submission.ts';

/** One entry of a submission's status history; `at` is an ISO 8601 UTC timestamp. */
export interface StatusChange {
  status: SubmissionStatus;
  at: string;
}

/** A submission as the server received it, before it has a registration number. */
export interface NewSubmission {
  /** Client-generated UUID in lowercase; the idempotency key. */
  id: string;
  formId: string;
  formVersion: number;
  /** Agency code and form series: with `year` they select the sequence the number comes from. */
  agency: string;
  series: string;
  /** Calendar year of `receivedAt` in the deployment's time zone. */
  year: number;
  capturedAt: string;
  /**
   * The legal moment of receipt, ISO 8601 UTC: the capture on the device, unless the device's
   * clock is implausible, and then the arrival (see effective-receipt.ts).
   */
  receivedAt: string;
  /** When the server received the request, ISO 8601 UTC. */
  arrivedAt: string;
  channel: Channel;
  deviceId: string;
  locale: Locale;
  provisionalCode: string;
  /** Form values as normalizeValues returned them; they contain personal data. */
  values: FormValues;
  /**
   * The attached files in the visitor's order, already checked against the stored files.
   * Their names may contain personal data. Absent means none.
   */
  attachments?: AttachmentRef[];
  /** SHA-256 of the canonical JSON of the payload without its id, to tell a retry from a conflict. */
  payloadHash: string;
  trackingCode: string;
  /**
   * The block number the device issued. acceptSubmission honours it (stores the submission
   * under that sequence number, without drawing one) only when `enrolledDeviceId` owns the
   * block, the block's agency, series and year match, the number lies in the block and no
   * other submission has it. Otherwise it draws a number and keeps the claim as `claimedNumber`.
   * On a stored submission it is present only when it was honoured.
   */
  blockNumber?: BlockNumber;
  /** The device whose bearer token came with the request; absent for web visitors and unknown or revoked tokens. */
  enrolledDeviceId?: string;
  /** The registration number the device printed, when the server did not honour it; set by the store. */
  claimedNumber?: string;
}

/** A stored submission with its registration number and status history. */
export interface StoredSubmission extends NewSubmission {
  /** Position in the (agency, series, year) sequence, starting at 1. */
  seq: number;
  /** Position among all stored submissions in the order they arrived, starting at 1. */
  arrival: number;
  registrationNumber: string;
  /** The latest entry of `history`. */
  status: SubmissionStatus;
  /** Oldest first; the first entry is 'diterima' at `receivedAt`. */
  history: StatusChange[];
  /** The attached files in their order; empty when there are none. */
  attachments: AttachmentRef[];
}

/**
 * The result of acceptSubmission: `created` is false when a submission with the same id was
 * already stored, and then `submission` is that earlier one, unchanged.
 */
export interface AcceptResult {
  created: boolean;
  submission: StoredSubmission;
}

/** Turns the parts of a number into the registration number, as formatRegistrationNumber does with the deployment's pattern. */
export type RegistrationNumberFormat = (parts: RegistrationParts) => string;

/**
 * The result of appendStatus: 'notFound' for an unknown number, 'illegalTransition' when the
 * current status may not change to the requested one (see status-transitions.ts).
 */
export type AppendStatusResult =
  | { outcome: 'appended'; submission: StoredSubmission }
  | { outcome: 'notFound' }
  | { outcome: 'illegalTransition'; submission: StoredSubmission };

/**
 * Durable storage of submissions. Every implementation must pass tests/server/submission-store.test.ts.
 * Methods are async so that a networked database can implement the same interface.
 */
export interface SubmissionStore {
  /**
   * Stores a new submission under the next sequence number of its (agency, series, year), or
   * under its block number when that can be honoured (see NewSubmission.blockNumber), unless
   * its id is already stored. Checking the block, allocating the number and inserting the row
   * happen in one transaction, so concurrent calls never share a number, and a number is never
   * reused. A claim on a number that another submission already has retires the block
   * ('numberReused') when the claiming device owns it. The attachments are stored in the same
   * transaction, so a stored submission always lists all of its files.
   */
  acceptSubmission(submission: NewSubmission, formatRegistrationNumber: RegistrationNumberFormat): Promise<AcceptResult>;

  /** Returns the submission with this registration number, or undefined. */
  findByRegistrationNumber(registrationNumber: string): Promise<StoredSubmission | undefined>;

  /**
   * Returns the submissions a receipt number can stand for: the one whose registration number
   * it is, then those whose device printed it before the server gave them another number
   * (`claimedNumber`), then those whose receipt carried it as the provisional code. The status
   * look-up compares the tracking code against each.
   */
  findByReceiptNumber(number: string): Promise<StoredSubmission[]>;

  /**
   * Returns up to `limit` submissions whose `arrival` is greater than `afterArrival`, in
   * arrival order; 0 starts from the first. A submission stored later always gets a greater
   * `arrival`, so a reader that continues after the last one it saw misses none.
   */
  listByArrival(afterArrival: number, limit: number): Promise<StoredSubmission[]>;

  /**
   * Appends a status change to the history when canChangeStatus allows it from the current
   * status, with the extension allowed only for forms whose deadline has one (isExtendable). The check and the write happen in one transaction, so two staff members cannot
   * both extend a deadline.
   */
  appendStatus(registrationNumber: string, change: StatusChange): Promise<AppendStatusResult>;

  /** Releases the connection; the store must not be used afterwards. */
  close(): Promise<void>;
}
