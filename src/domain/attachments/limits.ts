/**
 * Limits on the files a visitor attaches to a submission. The deployment's configuration sets
 * them (`attachments` in loket.json); devices check them before anything is queued, and the
 * server checks them again on arrival.
 */
export interface AttachmentLimits {
  /** Files per submission. */
  maxFiles: number;
  /** Bytes per file, after images were downscaled and compressed on the device. */
  maxFileBytes: number;
  /** Bytes of all files of one submission together. */
  maxSubmissionBytes: number;
  /** Maximum length of an image's longer side after downscaling, in pixels. */
  imageMaxPixels: number;
  /** JPEG quality for re-encoded images, between 0 and 1. */
  imageQuality: number;
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxFiles: 5,
  maxFileBytes: 5 * 1024 * 1024,
  maxSubmissionBytes: 15 * 1024 * 1024,
  imageMaxPixels: 1600,
  imageQuality: 0.8,
};

/** Returns the configured limits, with defaults for any that an older server did not send. */
export function resolveAttachmentLimits(configured: Partial<AttachmentLimits> | undefined): AttachmentLimits {
  return { ...DEFAULT_ATTACHMENT_LIMITS, ...configured };
}

/** A limit a set of files breaks. `file` names the file for per-file limits. */
export type AttachmentLimitError =
  | { code: 'fileTooLarge'; file: string; limit: number }
  | { code: 'tooManyFiles'; limit: number }
  | { code: 'submissionTooLarge'; limit: number };

/**
 * Checks files (as they will be queued, after compression) against the limits. Every file over
 * the per-file limit is reported by name; the count and total are reported once.
 */
export function checkAttachmentLimits(files: readonly { name: string; size: number }[], limits: AttachmentLimits): AttachmentLimitError[] {
  const errors: AttachmentLimitError[] = [];
  for (const file of files) {
    if (file.size > limits.maxFileBytes) errors.push({ code: 'fileTooLarge', file: file.name, limit: limits.maxFileBytes });
  }
  if (files.length > limits.maxFiles) errors.push({ code: 'tooManyFiles', limit: limits.maxFiles });
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > limits.maxSubmissionBytes) errors.push({ code: 'submissionTooLarge', limit: limits.maxSubmissionBytes });
  return errors;
}
