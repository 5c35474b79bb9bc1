import { localYearIn } from '../../domain/calendar/working-days.ts';
import { findFormDefinition } from '../../domain/forms/registry.ts';
import type { FormValues } from '../../domain/forms/types.ts';
import { formatRegistrationNumber } from '../../domain/registration-number.ts';
import type { SubmissionAccepted, SubmissionPayload } from '../../domain/submission.ts';
import type { DraftAttachment } from '../attachments/types.ts';
import { takeBlockNumber } from '../numbering/number-blocks.ts';
import { ENROLMENT_KEY } from '../numbering/types.ts';
import { attachmentRows, checkAttachmentsMatch } from './attachment-store.ts';
import { getDatabase } from './db.ts';
import type { OutboxRecord, ReceiptSummary } from './types.ts';

/**
 * Queue semantics on top of the schema: what "queued", "sent" and "needs attention" mean and
 * which answers a record keeps at each stage. Screens read records through hooks.ts and never
 * touch the tables.
 */

/** The settings enqueue needs to issue an official number from this device's blocks. */
export interface NumberingContext {
  registrationPattern: string;
  /** The agency's time zone: the year of the number is the year of capture there. */
  timeZone: string;
  series: string;
}

/**
 * Writes the whole submission in one transaction, attached files included; the receipt may be
 * shown once it resolves. On an enrolled device the same transaction takes the next number
 * from a block, so the receipt carries its official number even offline, and the submission
 * carries the device's enrolled id. Without a number left, the receipt keeps its provisional
 * code. `attachments` must be the files `payload.attachments` describes, in the same order
 * (AttachmentMismatchError otherwise). If any write fails, none of them is kept.
 */
export async function enqueue(
  payload: SubmissionPayload,
  receipt: ReceiptSummary,
  now = Date.now(),
  numbering?: NumberingContext,
  attachments: readonly DraftAttachment[] = [],
): Promise<OutboxRecord> {
  checkAttachmentsMatch(payload.attachments ?? [], attachments);
  const database = getDatabase();
  return database.transaction('rw', [database.outbox, database.blocks, database.enrolment, database.attachments], async () => {
    let record: OutboxRecord = {
      id: payload.id,
      state: 'queued',
      createdAt: now,
      receipt,
      payload,
      attempts: 0,
      nextAttemptAt: now,
      ...(payload.trackingCode === undefined ? {} : { trackingCode: payload.trackingCode }),
    };
    const enrolment = await database.enrolment.get(ENROLMENT_KEY);
    if (enrolment && enrolment.revokedAt === undefined) {
      const enrolled = { ...payload, deviceId: enrolment.deviceId, channel: enrolment.channel };
      record = { ...record, payload: enrolled };
      if (numbering) {
        const year = localYearIn(payload.capturedAt, numbering.timeZone);
        const blockNumber = await takeBlockNumber(database.blocks, receipt.agency, numbering.series, year);
        if (blockNumber) {
          const registrationNumber = formatRegistrationNumber(numbering.registrationPattern, {
            seq: blockNumber.seq,
            agency: receipt.agency,
            series: numbering.series,
            year,
          });
          record = { ...record, payload: { ...enrolled, blockNumber }, registrationNumber, numberSource: 'block' };
        }
      }
    }
    // add(), not put(): a second write under the same id must fail instead of replacing a
    // submission that may already be on its way to the server.
    await database.outbox.add(record);
    // One add() per file rather than bulkAdd(), so a failure (QuotaExceededError above all)
    // reaches the caller as itself and not wrapped in a BulkError.
    for (const row of attachmentRows(record.id, attachments)) await database.attachments.add(row);
    return record;
  });
}

/** Returns queued submissions whose retry time has come, oldest first. */
export async function listDue(now: number, ignoreBackoff: boolean): Promise<OutboxRecord[]> {
  const queued = await getDatabase().outbox.where('state').equals('queued').sortBy('createdAt');
  return ignoreBackoff ? queued : queued.filter((record) => record.nextAttemptAt <= now);
}

export async function getRecord(id: string): Promise<OutboxRecord | undefined> {
  return getDatabase().outbox.get(id);
}

/** Returns what a sent submission keeps of its payload: the personal answers, without the file list. */
function sentPayload(payload: SubmissionPayload): SubmissionPayload {
  const { attachments: _attachments, ...withoutAttachments } = payload;
  return { ...withoutAttachments, values: personalValues(payload) };
}

function personalValues(payload: SubmissionPayload): FormValues {
  const definition = findFormDefinition(payload.formId);
  const personal = new Set(definition?.fields.filter((field) => field.personal).map((field) => field.name));
  return Object.fromEntries(Object.entries(payload.values).filter(([name]) => personal.has(name)));
}

/**
 * Records the server's acknowledgement. The receipt summary already contains every non-personal
 * answer the receipt shows, so the payload keeps only the personal answers, until retention
 * ends and purgeExpired removes them. The attached files leave the device in the same
 * transaction: the server accepts a submission only once it holds them all, and the receipt
 * keeps their names.
 */
export async function markSent(id: string, accepted: SubmissionAccepted, retentionMs: number, now = Date.now()): Promise<void> {
  const database = getDatabase();
  await database.transaction('rw', database.outbox, database.attachments, async () => {
    const record = await database.outbox.get(id);
    if (!record || record.state === 'sent') return;
    await database.attachments.where('submissionId').equals(id).delete();
    const payload = record.payload ? sentPayload(record.payload) : undefined;
    // The server keeps a block number unless it cannot honour it. Otherwise the receipt shows
    // the new number and names the one it replaced.
    const issued = record.numberSource === 'block' ? record.registrationNumber : undefined;
    const replacedNumber = accepted.replacedNumber ?? (issued !== undefined && issued !== accepted.registrationNumber ? issued : undefined);
    await database.outbox.put({
      ...record,
      // The server's moment of receipt is the legal one: the capture time unless the device's
      // clock was implausible, and then the arrival. Date and deadline on the receipt follow it.
      receipt: correctedReceipt(record.receipt, accepted.receivedAt),
      state: 'sent',
      payload,
      registrationNumber: accepted.registrationNumber,
      numberSource: issued !== undefined && replacedNumber === undefined ? 'block' : 'server',
      replacedNumber,
      trackingCode: accepted.trackingCode,
      sentAt: now,
      purgeAfter: now + retentionMs,
      lastError: undefined,
    });
  });
}

/** Differences up to this are rounding and network delay, not a corrected clock. */
const CORRECTION_THRESHOLD_MS = 60_000;

/** Returns the receipt with the server's moment of receipt, noting a correction the visitor should know of. */
export function correctedReceipt(receipt: ReceiptSummary, receivedAt: string): ReceiptSummary {
  const corrected = Math.abs(Date.parse(receivedAt) - Date.parse(receipt.capturedAt)) > CORRECTION_THRESHOLD_MS;
  return { ...receipt, capturedAt: receivedAt, ...(corrected ? { correctedFrom: receipt.capturedAt } : {}) };
}

/** Schedules another attempt after a failure that retrying can fix. */
export async function markRetry(id: string, error: NonNullable<OutboxRecord['lastError']>, nextAttemptAt: number): Promise<number> {
  const database = getDatabase();
  let attempts = 0;
  await database.outbox
    .where('id')
    .equals(id)
    .modify((record) => {
      record.attempts += 1;
      attempts = record.attempts;
      record.nextAttemptAt = nextAttemptAt;
      record.lastError = error;
    });
  return attempts;
}

/** Keeps a rejected submission on the device with the server's reason; staff decide what next. */
export async function markNeedsAttention(id: string, error: NonNullable<OutboxRecord['lastError']>): Promise<void> {
  await getDatabase()
    .outbox.where('id')
    .equals(id)
    .modify((record) => {
      record.state = 'attention';
      record.attempts += 1;
      record.lastError = error;
    });
}

/**
 * Ends the retention of acknowledged submissions: the personal answers go, and so do the
 * request's own text, the names of its files and the tracking code, because the next visitor
 * at a shared kiosk can open this device's receipts. What stays is what the receipt list
 * needs: number, date, agency and form. Only sent records have a purgeAfter, so queued
 * submissions and their files are never touched.
 */
export async function purgeExpired(now = Date.now()): Promise<number> {
  return getDatabase()
    .outbox.where('purgeAfter')
    .belowOrEqual(now)
    .modify((record) => {
      delete record.payload;
      delete record.purgeAfter;
      delete record.trackingCode;
      const { applicant: _applicant, attachments: _attachments, droppedAttachments: _dropped, ...kept } = record.receipt;
      record.receipt = { ...kept, answers: {} };
    });
}

export async function countWaiting(): Promise<number> {
  return getDatabase().outbox.where('state').anyOf('queued', 'attention').count();
}

export async function listRecords(): Promise<OutboxRecord[]> {
  return getDatabase().outbox.orderBy('createdAt').reverse().toArray();
}
