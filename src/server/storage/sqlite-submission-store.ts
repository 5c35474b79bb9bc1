import type Database from 'better-sqlite3';
import type { AttachmentRef, AttachmentType } from '../../domain/attachments/file-types.ts';
import type { FormValues } from '../../domain/forms/types.ts';
import type { Channel, Locale, SubmissionStatus } from '../../domain/submission.ts';
import { findFormDefinition } from '../../domain/forms/registry.ts';
import { canChangeStatus, isExtendable } from '../status-transitions.ts';
import { openSqliteDatabase } from './sqlite-database.ts';
import { SqliteNumberBlocks } from './sqlite-number-blocks.ts';
import { SqliteRegistrationCounters } from './sqlite-registration-counters.ts';
import type {
  AcceptResult,
  AppendStatusResult,
  NewSubmission,
  RegistrationNumberFormat,
  StatusChange,
  StoredSubmission,
  SubmissionStore,
} from './submission-store.ts';

export { SQLITE_FILE_NAME } from './sqlite-database.ts';

interface SubmissionRow {
  id: string;
  registration_number: string;
  tracking_code: string;
  form_id: string;
  form_version: number;
  agency: string;
  series: string;
  year: number;
  seq: number;
  captured_at: string;
  received_at: string;
  arrived_at: string;
  channel: string;
  device_id: string;
  locale: string;
  provisional_code: string;
  payload_hash: string;
  values_json: string;
  status: string;
  arrival: number;
  block_id: number | null;
  claimed_number: string | null;
  enrolled_device_id: string | null;
}

interface AttachmentRow {
  sha256: string;
  name: string;
  type: string;
  size: number;
}

/** The source of a new submission's number: its honoured block number, or the counter with the claim kept. */
interface NumberChoice {
  seq: number;
  blockId: number | null;
  claimedNumber: string | null;
}

/** Opens the database in `dataDir` (see openSqliteDatabase) with a submission store on it. */
export function openSqliteSubmissionStore(dataDir: string): SqliteSubmissionStore {
  return new SqliteSubmissionStore(openSqliteDatabase(dataDir));
}

/** SubmissionStore on better-sqlite3. Its calls are synchronous underneath and resolve at once. close() closes the database. */
export class SqliteSubmissionStore implements SubmissionStore {
  readonly #db: Database.Database;
  readonly #counters: SqliteRegistrationCounters;
  readonly #blocks: SqliteNumberBlocks;
  readonly #selectById: Database.Statement<[string], SubmissionRow>;
  readonly #selectByNumber: Database.Statement<[string], SubmissionRow>;
  readonly #selectByClaimedNumber: Database.Statement<[string], SubmissionRow>;
  readonly #selectByProvisionalCode: Database.Statement<[string], SubmissionRow>;
  readonly #selectBySeq: Database.Statement<[string, string, number, number], { id: string }>;
  readonly #selectHistory: Database.Statement<[string], StatusChange>;
  readonly #selectAttachments: Database.Statement<[string], AttachmentRow>;
  readonly #insertAttachment: Database.Statement<[string, number, string, string, string, number]>;
  readonly #selectAfterArrival: Database.Statement<[number, number], SubmissionRow>;
  readonly #nextArrival: Database.Statement<[], { arrival: number }>;
  readonly #insertSubmission: Database.Statement<[SubmissionRow]>;
  readonly #insertHistory: Database.Statement<[string, string, string]>;
  readonly #updateStatus: Database.Statement<[string, string]>;
  readonly #accept: Database.Transaction<(submission: NewSubmission, format: RegistrationNumberFormat) => AcceptResult>;
  readonly #append: Database.Transaction<(registrationNumber: string, change: StatusChange) => AppendStatusResult>;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#counters = new SqliteRegistrationCounters(db);
    this.#blocks = new SqliteNumberBlocks(db);
    this.#selectById = db.prepare('SELECT * FROM submissions WHERE id = ?');
    this.#selectByNumber = db.prepare('SELECT * FROM submissions WHERE registration_number = ?');
    this.#selectByClaimedNumber = db.prepare('SELECT * FROM submissions WHERE claimed_number = ? ORDER BY arrival');
    this.#selectByProvisionalCode = db.prepare('SELECT * FROM submissions WHERE provisional_code = ? ORDER BY arrival');
    this.#selectBySeq = db.prepare('SELECT id FROM submissions WHERE agency = ? AND series = ? AND year = ? AND seq = ?');
    this.#selectHistory = db.prepare('SELECT status, at FROM status_history WHERE submission_id = ? ORDER BY id');
    this.#selectAttachments = db.prepare('SELECT sha256, name, type, size FROM submission_attachments WHERE submission_id = ? ORDER BY position');
    this.#insertAttachment = db.prepare(
      'INSERT INTO submission_attachments (submission_id, position, sha256, name, type, size) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.#selectAfterArrival = db.prepare('SELECT * FROM submissions WHERE arrival > ? ORDER BY arrival LIMIT ?');
    this.#nextArrival = db.prepare('SELECT coalesce(max(arrival), 0) + 1 AS arrival FROM submissions');
    this.#insertSubmission = db.prepare(`
      INSERT INTO submissions (id, registration_number, tracking_code, form_id, form_version, agency, series, year, seq,
        captured_at, received_at, arrived_at, channel, device_id, locale, provisional_code, payload_hash, values_json, status,
        arrival, block_id, claimed_number, enrolled_device_id)
      VALUES (@id, @registration_number, @tracking_code, @form_id, @form_version, @agency, @series, @year, @seq,
        @captured_at, @received_at, @arrived_at, @channel, @device_id, @locale, @provisional_code, @payload_hash, @values_json, @status,
        @arrival, @block_id, @claimed_number, @enrolled_device_id)`);
    this.#insertHistory = db.prepare('INSERT INTO status_history (submission_id, status, at) VALUES (?, ?, ?)');
    this.#updateStatus = db.prepare('UPDATE submissions SET status = ? WHERE id = ?');

    this.#accept = db.transaction((submission, format) => this.#acceptInTransaction(submission, format));
    this.#append = db.transaction((registrationNumber, change) => this.#appendInTransaction(registrationNumber, change));
  }

  async acceptSubmission(submission: NewSubmission, formatRegistrationNumber: RegistrationNumberFormat): Promise<AcceptResult> {
    // IMMEDIATE takes the write lock before the first read, so a second server process
    // cannot read the same counter value, or honour the same block number, in between.
    return this.#accept.immediate(submission, formatRegistrationNumber);
  }

  async findByRegistrationNumber(registrationNumber: string): Promise<StoredSubmission | undefined> {
    const row = this.#selectByNumber.get(registrationNumber);
    return row ? this.#toStoredSubmission(row) : undefined;
  }

  async findByReceiptNumber(number: string): Promise<StoredSubmission[]> {
    const registered = this.#selectByNumber.get(number);
    const claimed = this.#selectByClaimedNumber.all(number);
    const provisional = this.#selectByProvisionalCode.all(number);
    return [...(registered ? [registered] : []), ...claimed, ...provisional].map((row) => this.#toStoredSubmission(row));
  }

  async listByArrival(afterArrival: number, limit: number): Promise<StoredSubmission[]> {
    return this.#selectAfterArrival.all(afterArrival, limit).map((row) => this.#toStoredSubmission(row));
  }

  async appendStatus(registrationNumber: string, change: StatusChange): Promise<AppendStatusResult> {
    return this.#append.immediate(registrationNumber, change);
  }

  async close(): Promise<void> {
    this.#db.close();
  }

  #acceptInTransaction(submission: NewSubmission, format: RegistrationNumberFormat): AcceptResult {
    const existing = this.#selectById.get(submission.id);
    if (existing) return { created: false, submission: this.#toStoredSubmission(existing) };

    const { seq, blockId, claimedNumber } = this.#chooseNumber(submission, format);
    // The IMMEDIATE transaction holds the write lock, so no other connection can take the
    // same arrival, and arrivals grow in commit order.
    const arrival = this.#nextArrival.get()?.arrival;
    if (arrival === undefined) throw new Error('The arrival query returned no row');
    const status: SubmissionStatus = 'diterima';
    const row: SubmissionRow = {
      id: submission.id,
      registration_number: format({ seq, agency: submission.agency, series: submission.series, year: submission.year }),
      tracking_code: submission.trackingCode,
      form_id: submission.formId,
      form_version: submission.formVersion,
      agency: submission.agency,
      series: submission.series,
      year: submission.year,
      seq,
      captured_at: submission.capturedAt,
      received_at: submission.receivedAt,
      arrived_at: submission.arrivedAt,
      channel: submission.channel,
      device_id: submission.deviceId,
      locale: submission.locale,
      provisional_code: submission.provisionalCode,
      payload_hash: submission.payloadHash,
      values_json: JSON.stringify(submission.values),
      status,
      arrival,
      block_id: blockId,
      claimed_number: claimedNumber,
      enrolled_device_id: submission.enrolledDeviceId ?? null,
    };
    this.#insertSubmission.run(row);
    this.#insertHistory.run(submission.id, status, submission.receivedAt);
    for (const [position, attachment] of (submission.attachments ?? []).entries()) {
      this.#insertAttachment.run(submission.id, position, attachment.sha256, attachment.name, attachment.type, attachment.size);
    }
    return { created: true, submission: this.#toStoredSubmission(row) };
  }

  /**
   * Honours the submission's block number when its device owns the block, the block's agency,
   * series and year are the submission's, the number lies in the block and no submission has
   * it yet. Otherwise draws the next number from the counter and keeps the claim, formatted
   * with the block's parts (or the submission's, for a block the server does not know).
   */
  #chooseNumber(submission: NewSubmission, format: RegistrationNumberFormat): NumberChoice {
    const claim = submission.blockNumber;
    const draw = (claimedNumber: string | null): NumberChoice => ({
      seq: this.#counters.draw(submission.agency, submission.series, submission.year, 1).firstSeq,
      blockId: null,
      claimedNumber,
    });
    if (!claim) return draw(null);

    const block = this.#blocks.findById(claim.blockId);
    if (!block) return draw(format({ ...submission, seq: claim.seq }));
    const claimedNumber = format({ seq: claim.seq, agency: block.agency, series: block.series, year: block.year });

    const owned = submission.enrolledDeviceId !== undefined && block.device_id === submission.enrolledDeviceId;
    const inBlock = claim.seq >= block.first_seq && claim.seq <= block.last_seq;
    const alreadyUsed = inBlock && this.#selectBySeq.get(block.agency, block.series, block.year, claim.seq) !== undefined;
    if (owned) this.#blocks.noteSeen(block.id, claim.seq);
    if (owned && alreadyUsed) this.#blocks.retire(block.id, 'numberReused', submission.arrivedAt);

    const matches = block.agency === submission.agency && block.series === submission.series && block.year === submission.year;
    if (owned && inBlock && !alreadyUsed && matches) return { seq: claim.seq, blockId: block.id, claimedNumber: null };
    return draw(claimedNumber);
  }

  #appendInTransaction(registrationNumber: string, change: StatusChange): AppendStatusResult {
    const row = this.#selectByNumber.get(registrationNumber);
    if (!row) return { outcome: 'notFound' };
    if (!canChangeStatus(row.status as SubmissionStatus, change.status, isExtendable(findFormDefinition(row.form_id)))) {
      return { outcome: 'illegalTransition', submission: this.#toStoredSubmission(row) };
    }
    this.#insertHistory.run(row.id, change.status, change.at);
    this.#updateStatus.run(change.status, row.id);
    return { outcome: 'appended', submission: this.#toStoredSubmission({ ...row, status: change.status }) };
  }

  #toStoredSubmission(row: SubmissionRow): StoredSubmission {
    return {
      id: row.id,
      registrationNumber: row.registration_number,
      trackingCode: row.tracking_code,
      formId: row.form_id,
      formVersion: row.form_version,
      agency: row.agency,
      series: row.series,
      year: row.year,
      seq: row.seq,
      arrival: row.arrival,
      capturedAt: row.captured_at,
      receivedAt: row.received_at,
      arrivedAt: row.arrived_at,
      channel: row.channel as Channel,
      deviceId: row.device_id,
      locale: row.locale as Locale,
      provisionalCode: row.provisional_code,
      payloadHash: row.payload_hash,
      values: JSON.parse(row.values_json) as FormValues,
      status: row.status as SubmissionStatus,
      history: this.#selectHistory.all(row.id),
      attachments: this.#selectAttachments.all(row.id).map(toAttachmentRef),
      ...(row.block_id === null ? {} : { blockNumber: { blockId: row.block_id, seq: row.seq } }),
      ...(row.enrolled_device_id === null ? {} : { enrolledDeviceId: row.enrolled_device_id }),
      ...(row.claimed_number === null ? {} : { claimedNumber: row.claimed_number }),
    };
  }
}

function toAttachmentRef({ sha256, name, type, size }: AttachmentRow): AttachmentRef {
  return { sha256, name, type: type as AttachmentType, size };
}
