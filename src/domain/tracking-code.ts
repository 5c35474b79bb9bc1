import { PROVISIONAL_ALPHABET, createProvisionalCode } from './provisional-code.ts';

/**
 * The code printed beside the registration number that unlocks the status look-up. The
 * device draws it when the receipt is issued, so a receipt printed offline already carries
 * it. It uses the provisional-code alphabet, because people read it aloud and type it by hand;
 * 8 symbols from 19 give about 1.7e10 codes (34 bits), drawn from the Web Crypto CSPRNG.
 */
export const TRACKING_CODE_LENGTH = 8;

/** Returns a new code without separators, such as `K7MX3PAT`. */
export function createTrackingCode(random?: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): string {
  return createProvisionalCode(random).replace('-', '');
}

/** Brings a typed code to the stored form: capitals, without the spaces and dashes people add. */
export function normalizeTrackingCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

export function isTrackingCode(code: string): boolean {
  return new RegExp(`^[${PROVISIONAL_ALPHABET}]{${TRACKING_CODE_LENGTH}}$`).test(code);
}
