import type { AttachmentLimits } from '../../domain/attachments/limits.ts';
import type { DraftAttachment, PrepareResult } from './types.ts';

/**
 * Turns a chosen file into a DraftAttachment: type from content, images downscaled and
 * re-encoded, SHA-256, limits checked against the files already attached.
 *
 * TODO: placeholder with the agreed signature so the screens compile on the ui branch. The
 * outbox branch's implementation replaces this file at merge.
 */
export async function prepareAttachment(file: File, _existing: readonly DraftAttachment[], _limits: AttachmentLimits): Promise<PrepareResult> {
  return { ok: false, problem: { code: 'unreadable', file: file.name } };
}
