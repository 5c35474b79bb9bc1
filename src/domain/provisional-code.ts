/**
 * Provisional receipt codes: shown until the server's registration number replaces them.
 * They are read aloud and copied by hand, so the alphabet leaves out characters that look
 * or sound alike: all of 0/O/Q/D, 1/I/L/J, 2/Z, 5/S, 8/B and U/V, and G but not 6.
 */
export const PROVISIONAL_ALPHABET = 'ACEFHKMNPRTWXY34679';
const LENGTH = 8;

/** Returns a random code formatted in two groups of four, such as `K7MX-3PAT`. */
export function createProvisionalCode(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = fillRandom): string {
  const alphabet = PROVISIONAL_ALPHABET;
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % alphabet.length);
  let code = '';
  while (code.length < LENGTH) {
    for (const byte of random(new Uint8Array(LENGTH))) {
      if (byte < limit && code.length < LENGTH) code += alphabet[byte % alphabet.length];
    }
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

function fillRandom(bytes: Uint8Array<ArrayBuffer>): Uint8Array {
  return crypto.getRandomValues(bytes);
}

export function isProvisionalCode(text: string): boolean {
  return new RegExp(`^[${PROVISIONAL_ALPHABET}]{4}-[${PROVISIONAL_ALPHABET}]{4}$`).test(text);
}
