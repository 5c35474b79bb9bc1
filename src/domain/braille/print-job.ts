/**
 * `POST /api/v1/braille/print`: a device requests that the intake server send a BRF file to the
 * embosser on the server's raw print queue. The server answers 202 with BraillePrintAccepted
 * once the queue took the job, 503 `embosserNotConfigured` when no queue is set, 502
 * `embosserFailed` when the print command failed, and 422 `invalid` for a body that is not
 * BRF (Braille ASCII lines, CRLF and form feeds only).
 */
export interface BraillePrintRequest {
  /** Job title for the print queue, such as "Tanda bukti PI-…"; never personal data. */
  title: string;
  /** The document as toBrf returns it. */
  brf: string;
}

export interface BraillePrintAccepted {
  /** The queue's job id, as `lp` reported it, when it reported one. */
  jobId?: string;
}

/** The largest BRF the server accepts: about 60 pages of 40 × 25, more than any receipt or form. */
export const MAX_BRF_BYTES = 64 * 1024;

/** True when the text uses only Braille ASCII (space to underscore), CR, LF and form feed. */
export function isBrailleAscii(text: string): boolean {
  return /^[\x20-\x5f\r\n\f]*$/.test(text);
}
