import { createEnrolmentCode, hashCredential } from './device-credentials.ts';
import type { DeviceStore } from './storage/device-store.ts';

/** Maximum length of an enrolment code's label, which becomes the device's label. */
export const MAX_DEVICE_LABEL_LENGTH = 100;

// Labels are shown to staff in lists and the CLI, so control, line-separator and bidirectional
// characters are rejected, as in deviceId.
const UNSAFE_LABEL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** An enrolment code as the administrator receives it, once. */
export interface IssuedEnrolmentCode {
  /** The code in groups, such as `K7MX-3PAT-HW9C`; the server keeps only its hash. */
  code: string;
  label: string;
  expiresAt: string;
}

/** Returns a field error code for an invalid label ('required', 'invalid' or 'tooLong'), or undefined. */
export function checkDeviceLabel(label: unknown): 'required' | 'invalid' | 'tooLong' | undefined {
  if (label === undefined) return 'required';
  if (typeof label !== 'string' || UNSAFE_LABEL_CHARACTER.test(label)) return 'invalid';
  if (label.trim() === '') return 'required';
  if (label.length > MAX_DEVICE_LABEL_LENGTH) return 'tooLong';
  return undefined;
}

/**
 * Creates a one-time enrolment code valid for `validHours` from `now`. The admin endpoint and
 * the admin CLI both use this, so a code means the same whichever made it. `label` must have
 * passed checkDeviceLabel; it is stored trimmed.
 */
export async function issueEnrolmentCode(store: DeviceStore, label: string, now: Date, validHours: number): Promise<IssuedEnrolmentCode> {
  const code = createEnrolmentCode();
  const expiresAt = new Date(now.getTime() + validHours * 3_600_000).toISOString();
  const trimmed = label.trim();
  await store.createEnrolmentCode({
    codeHash: hashCredential(code.replaceAll('-', '')),
    label: trimmed,
    createdAt: now.toISOString(),
    expiresAt,
  });
  return { code, label: trimmed, expiresAt };
}
