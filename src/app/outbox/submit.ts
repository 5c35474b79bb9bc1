import type { SubmissionPayload } from '../../domain/submission.ts';
import { sendSubmission } from './intake-client.ts';
import { correctedReceipt, enqueue, type NumberingContext } from './outbox.ts';
import { refreshStorageHealth } from './storage-health.ts';
import { requestSync } from './sync-engine.ts';
import type { OutboxRecord, ReceiptSummary } from './types.ts';

export type SubmitResult =
  | { kind: 'queued'; id: string }
  | { kind: 'sent'; record: OutboxRecord }
  | {
      kind: 'failed';
      reason: 'storageFull' | 'offlineWithoutStorage' | 'rejected' | 'network';
      fields?: { field: string; code: string; max?: number }[];
    };

/** Errors Dexie raises when this browser gives the page no IndexedDB (private modes, policy). */
const STORAGE_UNAVAILABLE = new Set(['MissingAPIError', 'OpenFailedError', 'InvalidStateError', 'SecurityError', 'DatabaseClosedError']);

function errorName(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  // Dexie wraps the DOMException of an aborted transaction; the cause is in `inner`.
  const inner = (error as Error & { inner?: unknown }).inner;
  return inner instanceof Error && error.name === 'AbortError' ? inner.name : error.name;
}

/**
 * The record just written, so its receipt shows at once instead of after reading it back from
 * IndexedDB (30 to 70 ms on a throttled kiosk, measured by `npm run bench`).
 */
let lastQueued: OutboxRecord | undefined;

export function justQueuedRecord(id: string): OutboxRecord | undefined {
  return lastQueued?.id === id ? lastQueued : undefined;
}

/** Submissions sent without IndexedDB, kept in memory so their receipt can be shown. */
const directlySent = new Map<string, OutboxRecord>();

export function directlySentRecord(id: string): OutboxRecord | undefined {
  return directlySent.get(id);
}

export function directlySentRecords(): OutboxRecord[] {
  return [...directlySent.values()];
}

/**
 * Writes the submission to the device before anything else, then starts sending it. Only a
 * 'queued' or 'sent' result may show a receipt. Without IndexedDB, or with the device's storage
 * full, the submission goes straight to the server, which works only while online.
 */
export async function submitSubmission(payload: SubmissionPayload, receipt: ReceiptSummary, numbering?: NumberingContext): Promise<SubmitResult> {
  try {
    lastQueued = await enqueue(payload, receipt, Date.now(), numbering);
  } catch (error) {
    const name = errorName(error);
    if (name && STORAGE_UNAVAILABLE.has(name)) return submitDirectly(payload, receipt);
    if (name !== 'QuotaExceededError') throw error;
    // A full device can still hand the request to a reachable server.
    const direct = await submitDirectly(payload, receipt);
    return direct.kind === 'failed' && direct.reason !== 'rejected' ? { kind: 'failed', reason: 'storageFull' } : direct;
  }
  void requestSync();
  void refreshStorageHealth();
  return { kind: 'queued', id: payload.id };
}

async function submitDirectly(payload: SubmissionPayload, receipt: ReceiptSummary): Promise<SubmitResult> {
  const outcome = await sendSubmission(payload);
  if (outcome.kind === 'rejected') return { kind: 'failed', reason: 'rejected', fields: outcome.fields };
  if (outcome.kind === 'retry') {
    const offline = outcome.code === 'network' || outcome.code === 'timeout';
    return { kind: 'failed', reason: offline ? 'offlineWithoutStorage' : 'network' };
  }
  const now = Date.now();
  const record: OutboxRecord = {
    id: payload.id,
    state: 'sent',
    createdAt: now,
    receipt: correctedReceipt(receipt, outcome.accepted.receivedAt),
    attempts: 1,
    nextAttemptAt: now,
    registrationNumber: outcome.accepted.registrationNumber,
    numberSource: 'server',
    trackingCode: outcome.accepted.trackingCode,
    sentAt: now,
  };
  directlySent.set(record.id, record);
  return { kind: 'sent', record };
}
