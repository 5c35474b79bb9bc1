import { type AttachmentLimits, DEFAULT_ATTACHMENT_LIMITS } from '../domain/attachments/limits.ts';
import { isPlainObject } from './json-values.ts';

/**
 * Bounds of `attachments.imageMaxPixels`, chosen by judgment: a page photographed at under
 * 320 pixels is unreadable, and 8000 is about the long side of a 48-megapixel phone photo, so
 * a higher limit would not downscale anything.
 */
export const MIN_IMAGE_PIXELS = 320;
export const MAX_IMAGE_PIXELS = 8000;

const ATTACHMENT_KEYS = Object.keys(DEFAULT_ATTACHMENT_LIMITS) as (keyof AttachmentLimits)[];
const COUNT_KEYS: readonly (keyof AttachmentLimits)[] = ['maxFiles', 'maxFileBytes', 'maxSubmissionBytes'];

/**
 * Lists what is wrong with a partial override of DEFAULT_ATTACHMENT_LIMITS (`attachments` in
 * loket.json), with the defaults filling the keys it leaves out.
 */
export function findAttachmentLimitProblems(value: unknown): string[] {
  if (!isPlainObject(value)) return ['"attachments" must be an object'];

  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    if (!(ATTACHMENT_KEYS as string[]).includes(key)) problems.push(`unknown key "attachments.${key}" (allowed: ${ATTACHMENT_KEYS.join(', ')})`);
  }

  for (const key of COUNT_KEYS) {
    const setting = value[key];
    if (setting !== undefined && !isWholeNumber(setting, 1)) {
      problems.push(`"attachments.${key}" must be a whole number of 1 or more, not ${JSON.stringify(setting)}`);
    }
  }
  const pixels = value.imageMaxPixels;
  if (pixels !== undefined && !isWholeNumber(pixels, MIN_IMAGE_PIXELS, MAX_IMAGE_PIXELS)) {
    problems.push(`"attachments.imageMaxPixels" must be a whole number of pixels from ${MIN_IMAGE_PIXELS} to ${MAX_IMAGE_PIXELS}, not ${JSON.stringify(pixels)}`);
  }
  const quality = value.imageQuality;
  if (quality !== undefined && !(typeof quality === 'number' && quality > 0 && quality <= 1)) {
    problems.push(`"attachments.imageQuality" must be a number greater than 0 and at most 1, not ${JSON.stringify(quality)}`);
  }

  const fileBytes = value.maxFileBytes ?? DEFAULT_ATTACHMENT_LIMITS.maxFileBytes;
  const submissionBytes = value.maxSubmissionBytes ?? DEFAULT_ATTACHMENT_LIMITS.maxSubmissionBytes;
  if (isWholeNumber(fileBytes, 1) && isWholeNumber(submissionBytes, 1) && fileBytes > submissionBytes) {
    problems.push(
      `"attachments.maxFileBytes" ${fileBytes} must not exceed "attachments.maxSubmissionBytes" ${submissionBytes} (defaults fill whichever is not set)`,
    );
  }
  return problems;
}

function isWholeNumber(value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}
