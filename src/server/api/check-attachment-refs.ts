import { type AttachmentRef, isAttachmentType, SHA256_HEX } from '../../domain/attachments/file-types.ts';
import type { AttachmentLimits } from '../../domain/attachments/limits.ts';
import type { ErrorField } from './api-error.ts';

/** Maximum length of an attachment's name, in characters (code points). */
export const MAX_ATTACHMENT_NAME_LENGTH = 200;

const REF_KEYS = ['sha256', 'name', 'type', 'size'];

// A name is shown on screens, receipts and the staff export, and staff may save the file
// under it, so control characters, line and bidirectional controls, and path separators
// (which could place a saved file in another folder) are rejected.
const FORBIDDEN_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069/\\]/;

/**
 * Checks the `attachments` envelope key of a submission against the deployment's limits, without
 * looking at the stored files. Errors name `attachments` for the list as a whole (invalid,
 * tooMany, tooLarge) and `attachments.N` for one entry (invalid, tooLarge, duplicate).
 */
export function checkAttachmentRefs(value: unknown, limits: AttachmentLimits): ErrorField[] {
  if (!Array.isArray(value)) return [{ field: 'attachments', code: 'invalid' }];

  const fields: ErrorField[] = [];
  if (value.length > limits.maxFiles) fields.push({ field: 'attachments', code: 'tooMany', max: limits.maxFiles });

  const seen = new Set<string>();
  let total = 0;
  value.forEach((entry: unknown, index) => {
    const field = `attachments.${index}`;
    if (!isAttachmentRef(entry)) {
      fields.push({ field, code: 'invalid' });
      return;
    }
    total += entry.size;
    if (entry.size > limits.maxFileBytes) fields.push({ field, code: 'tooLarge', max: limits.maxFileBytes });
    else if (seen.has(entry.sha256)) fields.push({ field, code: 'duplicate' });
    seen.add(entry.sha256);
  });
  if (total > limits.maxSubmissionBytes) fields.push({ field: 'attachments', code: 'tooLarge', max: limits.maxSubmissionBytes });
  return fields;
}

/** True for `{sha256, name, type, size}` with valid values and no other key. */
function isAttachmentRef(value: unknown): value is AttachmentRef {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entry = value as Record<string, unknown>;
  if (!Object.keys(entry).every((key) => REF_KEYS.includes(key))) return false;
  return (
    typeof entry.sha256 === 'string' &&
    SHA256_HEX.test(entry.sha256) &&
    isAttachmentName(entry.name) &&
    isAttachmentType(entry.type) &&
    Number.isSafeInteger(entry.size) &&
    (entry.size as number) >= 1
  );
}

function isAttachmentName(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '' || !value.isWellFormed()) return false;
  return [...value].length <= MAX_ATTACHMENT_NAME_LENGTH && !FORBIDDEN_IN_NAME.test(value);
}
