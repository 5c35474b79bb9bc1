/**
 * The file types a submission may carry: photos and scans as images, documents as PDF. The
 * type is always decided from the file's content (sniffAttachmentType), never from its name
 * or the type a browser declares.
 */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** Extensions a file of each type may have; a name with another extension misleads. */
export const EXTENSIONS: Readonly<Record<AttachmentType, readonly string[]>> = {
  'image/jpeg': ['jpg', 'jpeg', 'jfif'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
};

export function isAttachmentType(value: unknown): value is AttachmentType {
  return typeof value === 'string' && (ATTACHMENT_TYPES as readonly string[]).includes(value);
}

/**
 * True when the name's extension fits the type; a name without an extension fits any type.
 * Trailing dots and spaces are ignored, because Windows drops them when it saves a file, so
 * `surat.html.` would be saved as `surat.html`. A name that is only an extension, such as
 * `.html`, has that extension.
 */
export function extensionMatches(name: string, type: AttachmentType): boolean {
  const trimmed = name.replace(/[. ]+$/, '');
  const dot = trimmed.lastIndexOf('.');
  if (dot < 0) return true;
  return EXTENSIONS[type].includes(trimmed.slice(dot + 1).toLowerCase());
}

/**
 * A file of a submission as the payload names it. The bytes travel separately, addressed by
 * their SHA-256 (lowercase hex), so a retry never sends or stores them twice.
 */
export interface AttachmentRef {
  sha256: string;
  /** File name shown on the review screen and the receipt. */
  name: string;
  type: AttachmentType;
  size: number;
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
