import type { AttachmentRef } from '../../domain/attachments/file-types.ts';
import type { DraftAttachment } from '../attachments/types.ts';
import { getDatabase } from './db.ts';
import type { StoredAttachment } from './types.ts';

/**
 * Raised when a payload's `attachments` and the files handed over with it differ: the payload
 * would name files the device cannot upload, and the server would never accept it.
 */
export class AttachmentMismatchError extends Error {
  override name = 'AttachmentMismatchError';
}

/** Checks that `refs` describe `drafts` one for one, in order; throws AttachmentMismatchError otherwise. */
export function checkAttachmentsMatch(refs: readonly AttachmentRef[], drafts: readonly DraftAttachment[]): void {
  if (refs.length !== drafts.length) {
    throw new AttachmentMismatchError(`payload.attachments names ${refs.length} files, but ${drafts.length} were handed over; build both from the same list`);
  }
  for (const [position, ref] of refs.entries()) {
    const draft = drafts[position];
    if (!draft || draft.sha256 !== ref.sha256 || draft.name !== ref.name || draft.type !== ref.type || draft.size !== ref.size || draft.blob.size !== ref.size) {
      throw new AttachmentMismatchError(`payload.attachments[${position}] does not describe the file handed over at that position; build both from the same list`);
    }
  }
}

/** Returns the rows that store a submission's files, not yet uploaded. */
export function attachmentRows(submissionId: string, drafts: readonly DraftAttachment[]): StoredAttachment[] {
  return drafts.map((draft, position) => ({
    submissionId,
    position,
    sha256: draft.sha256,
    name: draft.name,
    type: draft.type,
    size: draft.size,
    blob: draft.blob,
    uploaded: false,
  }));
}

/** Returns a submission's stored files in payload order. */
export async function listAttachments(submissionId: string): Promise<StoredAttachment[]> {
  return getDatabase().attachments.where('submissionId').equals(submissionId).sortBy('position');
}

/** Records that the server holds a file, so no later pass sends it again. */
export async function markAttachmentUploaded(submissionId: string, position: number): Promise<void> {
  await getDatabase().attachments.update([submissionId, position], { uploaded: true });
}

/**
 * Records that the server lacks files it was thought to hold (409 filesMissing). Without
 * positions every file of the submission is checked again; the HEAD request before each
 * upload keeps that cheap for the files that are there.
 */
export async function markAttachmentsNotUploaded(submissionId: string, positions: readonly number[]): Promise<void> {
  const missing = new Set(positions);
  await getDatabase()
    .attachments.where('submissionId')
    .equals(submissionId)
    .modify((row) => {
      if (missing.size === 0 || missing.has(row.position)) row.uploaded = false;
    });
}
