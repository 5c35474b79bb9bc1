import { createHash, randomBytes, randomInt } from 'node:crypto';
import { PROVISIONAL_ALPHABET } from '../domain/provisional-code.ts';

/**
 * Enrolment codes and device tokens. An enrolment code is typed by hand on the device, so it
 * uses the provisional-code alphabet: 12 symbols from 19 are about 2.2e15 codes (51 bits),
 * enough for a code that works once and expires within hours. The device token that replaces
 * it is 32 random bytes. The server stores only the SHA-256 of either; both are long random
 * values, so a plain hash without salt does not make them guessable.
 */
export const ENROLMENT_CODE_LENGTH = 12;

/** Returns a new code in three groups of four, such as `K7MX-3PAT-HW9C`, drawn with crypto.randomInt. */
export function createEnrolmentCode(): string {
  let code = '';
  for (let index = 0; index < ENROLMENT_CODE_LENGTH; index += 1) {
    code += PROVISIONAL_ALPHABET[randomInt(PROVISIONAL_ALPHABET.length)];
  }
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** Brings a typed code to the hashed form: capitals, without spaces and dashes. */
export function normalizeEnrolmentCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/** True for a normalised code of the right length and alphabet. */
export function isNormalizedEnrolmentCode(code: string): boolean {
  return new RegExp(`^[${PROVISIONAL_ALPHABET}]{${ENROLMENT_CODE_LENGTH}}$`).test(code);
}

/** Returns a new device bearer token: 32 random bytes in base64url, 43 characters. */
export function createDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Returns the SHA-256 of a code or token as lowercase hex, the form the database keeps. */
export function hashCredential(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
