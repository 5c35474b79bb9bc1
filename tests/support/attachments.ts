import { createHash } from 'node:crypto';
import type { DraftAttachment } from '../../src/app/attachments/types.ts';
import type { ReceiptSummary } from '../../src/app/outbox/types.ts';
import type { AttachmentType } from '../../src/domain/attachments/file-types.ts';
import type { SubmissionPayload } from '../../src/domain/submission.ts';
import { samplePayload, sampleReceipt } from './payloads.ts';

/** Returns bytes that start like a JPEG (SOI and a JFIF APP0 marker), padded to `size`. */
export function jpegBytes(size = 2_000, fill = 1): Uint8Array {
  const bytes = new Uint8Array(size).fill(fill);
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
  return bytes;
}

/** Returns bytes that start like a PDF, padded to `size`. */
export function pdfBytes(size = 2_000, fill = 0x20): Uint8Array {
  const bytes = new Uint8Array(size).fill(fill);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}

/** Returns a draft attachment of the given bytes, with their real SHA-256. */
export function draftAttachment(bytes: Uint8Array, name = 'foto-ktp.jpg', type: AttachmentType = 'image/jpeg'): DraftAttachment {
  return {
    id: crypto.randomUUID(),
    name,
    type,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }),
  };
}

/** Returns a payload and receipt that name the drafts, as the UI's buildSubmission does. */
export function submissionWith(drafts: readonly DraftAttachment[]): { payload: SubmissionPayload; receipt: ReceiptSummary } {
  const attachments = drafts.map(({ sha256, name, type, size }) => ({ sha256, name, type, size }));
  const payload = samplePayload(attachments.length > 0 ? { attachments } : {});
  const receipt: ReceiptSummary = {
    ...sampleReceipt(payload),
    ...(attachments.length > 0 ? { attachments: attachments.map(({ name, size }) => ({ name, size })) } : {}),
  };
  return { payload, receipt };
}
