import type { OutboxRecord } from '../outbox/types.ts';

/** Returns the code a visitor quotes: the registration number once the server gave one, else the provisional code. */
export function receiptCode(record: OutboxRecord): string {
  return record.registrationNumber ?? record.receipt.provisionalCode;
}
