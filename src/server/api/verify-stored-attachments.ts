import { type AttachmentRef, extensionMatches } from '../../domain/attachments/file-types.ts';
import { sniffAttachmentType } from '../../domain/attachments/sniff-type.ts';
import type { FileStore } from '../storage/file-store.ts';
import type { ErrorField } from './api-error.ts';

/**
 * The outcome of comparing a submission's attachments with the stored files: 'missing' lists
 * the entries whose file the server does not hold (code `missing`), 'mismatch' the entries
 * whose file is not what the entry declares (code typeMismatch or sizeMismatch).
 */
export type StoredAttachmentCheck = { ok: true } | { ok: false; problem: 'missing' | 'mismatch'; fields: ErrorField[] };

/**
 * Compares each entry with its stored file. Every missing file is reported before any
 * mismatch, so a device uploads all of them before it learns of a wrong declaration. The type
 * is sniffed from the stored bytes again, and the entry's name must have an extension of that
 * type, so a PDF cannot reach staff as `foto.jpg`.
 */
export async function verifyStoredAttachments(refs: readonly AttachmentRef[], files: FileStore): Promise<StoredAttachmentCheck> {
  const sizes = await Promise.all(refs.map((ref) => files.size(ref.sha256)));
  const missing: ErrorField[] = [];
  sizes.forEach((size, index) => {
    if (size === undefined) missing.push({ field: `attachments.${index}`, code: 'missing' });
  });
  if (missing.length > 0) return { ok: false, problem: 'missing', fields: missing };

  const mismatches: ErrorField[] = [];
  for (const [index, ref] of refs.entries()) {
    const field = `attachments.${index}`;
    if (sizes[index] !== ref.size) {
      mismatches.push({ field, code: 'sizeMismatch' });
      continue;
    }
    // Read one file at a time: a submission's files together may reach maxSubmissionBytes.
    const bytes = await files.read(ref.sha256);
    const type = bytes === undefined ? undefined : await sniffAttachmentType(bytes);
    if (type !== ref.type || !extensionMatches(ref.name, type)) mismatches.push({ field, code: 'typeMismatch' });
  }
  return mismatches.length > 0 ? { ok: false, problem: 'mismatch', fields: mismatches } : { ok: true };
}
