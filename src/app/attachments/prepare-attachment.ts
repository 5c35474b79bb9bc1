import { type AttachmentType, extensionMatches } from '../../domain/attachments/file-types.ts';
import { type AttachmentLimits, checkAttachmentLimits } from '../../domain/attachments/limits.ts';
import { sniffAttachmentType } from '../../domain/attachments/sniff-type.ts';
import { reencodeImage } from './reencode-image.ts';
import type { DraftAttachment, PrepareResult } from './types.ts';
import { uniqueAttachmentName } from './unique-attachment-name.ts';

/** Bytes file-type reads to recognise a type; the four attachment types need far fewer. */
const SNIFF_BYTES = 4100;

export interface PrepareOptions {
  /** The image step; unit tests replace it because Node and jsdom cannot decode images. */
  reencode?: typeof reencodeImage;
}

/**
 * Turns a file the visitor chose into an attachment ready to queue, or returns the problem
 * that prevents it. The content decides the type. Images are downscaled and re-encoded as JPEG (see
 * reencode-image.ts) and renamed `<name>.jpg`. A PDF keeps its bytes, and its name gets
 * `.pdf` when its extension claimed another type. A name already in `existing` gets a number
 * ("foto (2).jpg"), so the review and the remove buttons tell the files apart. Problems name the file as the visitor
 * chose it, and come in this order: unsupportedType, unreadable, duplicate (the same bytes
 * are attached already), then the first limit of checkAttachmentLimits.
 */
export async function prepareAttachment(
  file: File,
  existing: readonly DraftAttachment[],
  limits: AttachmentLimits,
  { reencode = reencodeImage }: PrepareOptions = {},
): Promise<PrepareResult> {
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  } catch {
    // The file went away after it was chosen, or the browser may not read it (NotReadableError).
    return { ok: false, problem: { code: 'unreadable', file: file.name } };
  }
  const type = await sniffAttachmentType(head);
  if (!type) return { ok: false, problem: { code: 'unsupportedType', file: file.name } };

  // A PDF over the limit fails without being read whole: the limit check below would reject
  // it anyway, and hashing tens of megabytes costs a kiosk's memory for nothing.
  if (type === 'application/pdf' && file.size > limits.maxFileBytes) {
    return { ok: false, problem: { code: 'fileTooLarge', file: file.name, limit: limits.maxFileBytes } };
  }

  let prepared: { blob: Blob; name: string; type: AttachmentType };
  let bytes: ArrayBuffer;
  try {
    prepared = type === 'application/pdf' ? asPdf(file) : await asJpeg(file, limits, reencode);
    bytes = await prepared.blob.arrayBuffer();
  } catch {
    return { ok: false, problem: { code: 'unreadable', file: file.name } };
  }

  const sha256 = await sha256Hex(bytes);
  if (existing.some((attachment) => attachment.sha256 === sha256)) return { ok: false, problem: { code: 'duplicate', file: file.name } };

  const name = uniqueAttachmentName(prepared.name, existing.map((attachment) => attachment.name));
  const attachment: DraftAttachment = { id: crypto.randomUUID(), name, type: prepared.type, size: prepared.blob.size, sha256, blob: prepared.blob };
  const [problem] = checkAttachmentLimits([...existing, { name: file.name, size: attachment.size }], limits);
  return problem ? { ok: false, problem } : { ok: true, attachment };
}

function asPdf(file: File): { blob: Blob; name: string; type: AttachmentType } {
  const type = 'application/pdf';
  // slice() gives the same bytes under the sniffed type, whatever type the browser declared.
  const blob = file.slice(0, file.size, type);
  return { blob, name: extensionMatches(file.name, type) ? file.name : `${baseName(file.name)}.pdf`, type };
}

async function asJpeg(file: File, limits: AttachmentLimits, reencode: typeof reencodeImage): Promise<{ blob: Blob; name: string; type: AttachmentType }> {
  const blob = await reencode(file, limits.imageMaxPixels, limits.imageQuality);
  return { blob, name: `${baseName(file.name)}.jpg`, type: 'image/jpeg' };
}

/** Returns the name without its last extension; a leading dot (".scan") is not an extension. */
function baseName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
