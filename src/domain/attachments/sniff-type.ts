import { fileTypeFromBuffer } from 'file-type';
import { type AttachmentType, isAttachmentType } from './file-types.ts';

/**
 * Decides a file's type from its first bytes (file-type reads the magic numbers), the only
 * evidence a device or the server trusts, because a sender sets the name and declared type freely. Returns
 * undefined for content that is none of the attachment types.
 */
export async function sniffAttachmentType(bytes: Uint8Array): Promise<AttachmentType | undefined> {
  const detected = await fileTypeFromBuffer(bytes);
  return detected && isAttachmentType(detected.mime) ? detected.mime : undefined;
}
