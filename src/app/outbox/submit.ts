import type { SubmissionPayload } from '../../domain/submission.ts';
import { freeSignLanguageSpace } from '../../sw/sign-language-files.ts';
import { OUTBOX_RESERVE_BYTES } from '../../sw/sign-language-store.ts';
import type { DraftAttachment } from '../attachments/types.ts';
import { checkAttachmentsMatch } from './attachment-store.ts';
import { type SendOutcome, sendSubmission } from './intake-client.ts';
import { correctedReceipt, enqueue, type NumberingContext } from './outbox.ts';
import { refreshStorageHealth } from './storage-health.ts';
import { requestSync } from './sync-engine.ts';
import type { OutboxRecord, ReceiptSummary } from './types.ts';
import { uploadAttachments } from './upload-attachments.ts';

/** Time limit of a HEAD request for a file sent without the outbox. */
const DIRECT_FILE_CHECK_TIMEOUT_MS = 20_000;

export type SubmitResult =
  /** `droppedFiles` names the attached files the full storage could not keep; the text was queued without them. */
  | { kind: 'queued'; id: string; droppedFiles?: string[] }
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
 * 'queued' or 'sent' result may show a receipt. `attachments` are the files
 * `payload.attachments` describes, in the same order (AttachmentMismatchError otherwise).
 *
 * With the device's storage full, cached sign-language videos are deleted to make room and the
 * write is tried once more. When it still fails, the submission is written without its files, and the
 * result names them in `droppedFiles`, as does the receipt: the request itself is not lost
 * for want of room for a photo. When even the text does not fit, or without IndexedDB, the
 * submission goes straight to the server with its files from memory, which works only while online.
 */
export async function submitSubmission(
  payload: SubmissionPayload,
  receipt: ReceiptSummary,
  numbering?: NumberingContext,
  attachments: readonly DraftAttachment[] = [],
): Promise<SubmitResult> {
  checkAttachmentsMatch(payload.attachments ?? [], attachments);
  try {
    lastQueued = await enqueue(payload, receipt, Date.now(), numbering, attachments);
    return queued(payload.id);
  } catch (error) {
    const name = errorName(error);
    if (name && STORAGE_UNAVAILABLE.has(name)) return submitDirectly(payload, receipt, attachments);
    if (name !== 'QuotaExceededError') throw error;
  }

  // Cached sign-language videos give up the outbox's reserve: they can be downloaded again,
  // the visitor's request cannot.
  if ((await freeSignLanguageSpace(OUTBOX_RESERVE_BYTES)) > 0) {
    try {
      lastQueued = await enqueue(payload, receipt, Date.now(), numbering, attachments);
      return queued(payload.id);
    } catch (error) {
      if (errorName(error) !== 'QuotaExceededError') throw error;
    }
  }

  // A full device can still hand everything, files included, to a reachable server.
  let direct: SubmitResult | undefined;
  if (attachments.length > 0 && globalThis.navigator?.onLine !== false) {
    direct = await submitDirectly(payload, receipt, attachments);
    if (direct.kind !== 'failed' || direct.reason === 'rejected') return direct;
  }

  // Offline, keep the text and as many files as fit: the largest file goes first, because it
  // frees the most room, until the rest fit or only the text is left.
  let keptFiles = [...attachments];
  while (keptFiles.length > 0) {
    const largest = keptFiles.reduce((big, attachment) => (attachment.size > big.size ? attachment : big));
    keptFiles = keptFiles.filter((attachment) => attachment !== largest);
    const dropped = attachments.filter((attachment) => !keptFiles.includes(attachment)).map((attachment) => attachment.name);
    try {
      lastQueued = await enqueue(withFiles(payload, keptFiles), receiptWithFiles(receipt, keptFiles, dropped), Date.now(), numbering, keptFiles);
      return queued(payload.id, dropped);
    } catch (error) {
      if (errorName(error) !== 'QuotaExceededError') throw error;
    }
  }

  direct ??= await submitDirectly(payload, receipt, attachments);
  return direct.kind === 'failed' && direct.reason !== 'rejected' ? { kind: 'failed', reason: 'storageFull' } : direct;
}

function queued(id: string, droppedFiles?: string[]): SubmitResult {
  void requestSync();
  void refreshStorageHealth();
  return droppedFiles ? { kind: 'queued', id, droppedFiles } : { kind: 'queued', id };
}

/** Returns the payload naming only the kept files, in their original order. */
function withFiles(payload: SubmissionPayload, keptFiles: readonly DraftAttachment[]): SubmissionPayload {
  const { attachments: _attachments, ...rest } = payload;
  if (keptFiles.length === 0) return rest;
  return { ...rest, attachments: keptFiles.map(({ sha256, name, type, size }) => ({ sha256, name, type, size })) };
}

function receiptWithFiles(receipt: ReceiptSummary, keptFiles: readonly DraftAttachment[], dropped: string[]): ReceiptSummary {
  const { attachments: _attachments, ...rest } = receipt;
  const files = keptFiles.map(({ name, size }) => ({ name, size }));
  return { ...rest, ...(files.length > 0 ? { attachments: files } : {}), droppedAttachments: dropped };
}

/**
 * Sends the submission without queueing it: its files first, from memory, then the
 * submission. If the server lost a file between the two (409 filesMissing), the named files
 * go up once more and the submission follows once more.
 */
async function submitDirectly(payload: SubmissionPayload, receipt: ReceiptSummary, attachments: readonly DraftAttachment[]): Promise<SubmitResult> {
  const uploaded = new Set<number>();
  let outcome = await sendWithFiles(payload, attachments, uploaded);
  if (outcome.kind === 'filesMissing') {
    const missing = outcome.positions.length > 0 ? outcome.positions : [...attachments.keys()];
    for (const position of missing) uploaded.delete(position);
    outcome = await sendWithFiles(payload, attachments, uploaded);
  }

  if (outcome.kind === 'filesMissing') return { kind: 'failed', reason: 'network' };
  if (outcome.kind === 'rejected') return { kind: 'failed', reason: 'rejected', fields: outcome.fields };
  if (outcome.kind === 'retry') return { kind: 'failed', reason: offlineReason(outcome.code) };
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

/** A direct send's outcome; a file the server refused becomes a rejection that names it as a field. */
type DirectOutcome = Exclude<SendOutcome, { kind: 'rejected' }> | { kind: 'rejected'; fields?: { field: string; code: string }[] };

/** Uploads the files not in `uploaded` (adding each as it lands), then posts the submission. */
async function sendWithFiles(payload: SubmissionPayload, attachments: readonly DraftAttachment[], uploaded: Set<number>): Promise<DirectOutcome> {
  const sources = attachments.map((attachment, position) => ({
    position,
    sha256: attachment.sha256,
    size: attachment.size,
    blob: attachment.blob,
    uploaded: uploaded.has(position),
  }));
  const files = await uploadAttachments(sources, {
    timeoutMs: DIRECT_FILE_CHECK_TIMEOUT_MS,
    onUploaded: async (position) => {
      uploaded.add(position);
    },
  });
  if (files.kind === 'rejected') return { kind: 'rejected', fields: [{ field: `attachments.${files.position}`, code: files.code }] };
  if (files.kind === 'retry') return files;
  return sendSubmission(payload);
}

function offlineReason(code: string): 'offlineWithoutStorage' | 'network' {
  return code === 'network' || code === 'timeout' ? 'offlineWithoutStorage' : 'network';
}
