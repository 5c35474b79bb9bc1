import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares two secrets in time that does not depend on where they differ. Hashing first
 * gives both sides the same length, which timingSafeEqual requires, so the length of the
 * stored secret does not leak either.
 */
export function secretsEqual(supplied: string, expected: string): boolean {
  const suppliedDigest = createHash('sha256').update(supplied).digest();
  const expectedDigest = createHash('sha256').update(expected).digest();
  return timingSafeEqual(suppliedDigest, expectedDigest);
}
