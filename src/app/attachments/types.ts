import type { AttachmentLimitError } from '../../domain/attachments/limits.ts';
import type { AttachmentType } from '../../domain/attachments/file-types.ts';

/**
 * A file the visitor attached, ready to queue: images already downscaled and re-encoded, the
 * type taken from the content, the name's extension fitting that type, and the SHA-256 of the
 * bytes that will be sent.
 */
export interface DraftAttachment {
  /** Random id for lists and removal; not sent. */
  id: string;
  name: string;
  type: AttachmentType;
  size: number;
  /** Lowercase hex SHA-256 of `blob`. */
  sha256: string;
  blob: Blob;
}

/** Reason a chosen file cannot be attached, naming the file when one file is the cause. */
export type AttachmentProblem =
  | AttachmentLimitError
  | { code: 'unsupportedType'; file: string }
  | { code: 'unreadable'; file: string }
  | { code: 'duplicate'; file: string };

export type PrepareResult = { ok: true; attachment: DraftAttachment } | { ok: false; problem: AttachmentProblem };
