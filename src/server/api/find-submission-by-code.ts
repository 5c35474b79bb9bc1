import { normalizeTrackingCode } from '../../domain/tracking-code.ts';
import { secretsEqual } from '../secret-comparison.ts';
import type { StoredSubmission, SubmissionStore } from '../storage/submission-store.ts';

/**
 * Compared against when the receipt number matches no submission, so that an unknown number
 * and a wrong code cost the same work. It never matches, because normalizeTrackingCode
 * removes dashes from the supplied code.
 */
const UNKNOWN_NUMBER_CODE = 'UNKNOWN-NUMBER';

/**
 * Finds the submission that a receipt's number and tracking code name together, or undefined.
 * The number on a receipt is a registration number, or a block number the server replaced
 * (claimed number); several submissions can carry one claimed number. Every candidate's code
 * is compared, without stopping at a match, and an unknown number still costs one comparison,
 * so the time does not tell which candidate matched or whether any exists.
 */
export async function findSubmissionByCode(store: SubmissionStore, receiptNumber: string, code: string): Promise<StoredSubmission | undefined> {
  const candidates = await store.findByReceiptNumber(receiptNumber);
  const suppliedCode = normalizeTrackingCode(code);
  let match: StoredSubmission | undefined;
  for (const candidate of candidates) {
    if (secretsEqual(suppliedCode, candidate.trackingCode)) match ??= candidate;
  }
  if (candidates.length === 0) secretsEqual(suppliedCode, UNKNOWN_NUMBER_CODE);
  return match;
}
