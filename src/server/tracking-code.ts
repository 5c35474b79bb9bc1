import { randomInt } from 'node:crypto';
import { PROVISIONAL_ALPHABET } from '../domain/provisional-code.ts';

/** Length of a tracking code. 19 symbols to the 8th power is about 1.7e10 (34 bits). */
export const TRACKING_CODE_LENGTH = 8;

/**
 * Creates the code printed on the receipt that unlocks the status look-up. It uses the
 * provisional-code alphabet because people read it aloud and type it by hand, and
 * crypto.randomInt draws each symbol uniformly from a CSPRNG.
 */
export function createTrackingCode(): string {
  let code = '';
  for (let index = 0; index < TRACKING_CODE_LENGTH; index += 1) {
    code += PROVISIONAL_ALPHABET[randomInt(PROVISIONAL_ALPHABET.length)];
  }
  return code;
}

/** Brings a typed code to the stored form: capitals, without the spaces and dashes people add. */
export function normalizeTrackingCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}
