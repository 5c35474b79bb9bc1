import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FormValues } from '../../domain/forms/types.ts';
import type { Channel, Locale, SubmissionStatus } from '../../domain/submission.ts';
import { migrateSqlite } from './sqlite-migrations.ts';
import type { AcceptResult, NewSubmission, StatusChange, StoredSubmission, SubmissionStore } from './submission-store.ts';

/** File name of the database inside the data directory. */
export const SQLITE_FILE_NAME = 'loket.sqlite';

/** Milliseconds a write waits for another connection's lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Permissions of a data directory that this server creates, and of the database files. The
 * database contains personal data (NIK, names, addresses) that UU 27/2022 (Pelindungan Data
 * Pribadi) requires to be protected, so only the server's own user may read it.
 */
const DATA_DIR_MODE = 0o700;
const DATABASE_FILE_MODE = 0o600;

/** The database file and the files SQLite keeps beside it in WAL mode. */
const DATABASE_FILE_SUFFIXES = ['', '-wal', '-shm'];

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
  channel: string;
  device_id: string;
  locale: string;
  provisional_code: string;
  payload_hash: string;
  values_json: string;
  status: string;
  arrival: number;
}

/**
 * Opens (creating if needed) `<dataDir>/loket.sqlite` and migrates its schema. The data
 * directory is created too, with mode 0700, so a first start needs no setup. The database
 * file and its -wal and -shm files get mode 0600, including files left by an older release.
 * An existing data directory keeps its mode. Modes apply on POSIX systems only.
 */
export function openSqliteSubmissionStore(dataDir: string): SqliteSubmissionStore {
  prepareDataDirectory(dataDir);
  const db = new Database(join(dataDir, SQLITE_FILE_NAME));
  try {
    // The busy timeout comes first so that the pragmas and migrations below wait for a second
    // server process instead of failing. WAL lets status reads proceed while a submission is
    // written. synchronous=FULL syncs every commit, because a device deletes its queued copy
    // once it receives the 201, so an acknowledged submission must survive a power cut.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrateSqlite(db);
    // SQLite creates -wal and -shm with the database file's mode, but files from an older
    // release may already exist with a wider one.
    restrictDatabaseFiles(dataDir);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteSubmissionStore(db);
}

/**
 * Creates the data directory (0700) and an empty database file (0600) when they are missing.
 * Creating the file here, rather than letting SQLite create it with 0644, means it is never
 * readable by others, not even for a moment. SQLite treats an empty file as a new database.
 */
function prepareDataDirectory(dataDir: string): void {
  const firstCreated = mkdirSync(dataDir, { recursive: true, mode: DATA_DIR_MODE });
  // mkdir applies the process umask to the mode, so set the mode itself on the directory.
  if (firstCreated !== undefined) chmodSync(dataDir, DATA_DIR_MODE);
  try {
    writeFileSync(join(dataDir, SQLITE_FILE_NAME), '', { flag: 'wx', mode: DATABASE_FILE_MODE });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

function restrictDatabaseFiles(dataDir: string): void {
  for (const suffix of DATABASE_FILE_SUFFIXES) {
    const path = join(dataDir, SQLITE_FILE_NAME + suffix);
    if (!existsSync(path)) continue;
    try {
      chmodSync(path, DATABASE_FILE_MODE);
    } catch (error) {
      throw new Error(
        `Cannot restrict ${path} to mode 0600: ${(error as Error).message}. Run the server as the owner of its data directory, or run chmod 600 on the file.`,
      );
    }
  }
}

/** SubmissionStore on better-sqlite3. Its calls are synchronous underneath and resolve at once. */
export class SqliteSubmissionStore implements SubmissionStore {
  readonly #db: Database.Database;
  readonly #selectById: Database.Statement<[string], SubmissionRow>;
  readonly #selectByNumber: Database.Statement<[string], SubmissionRow>;
  readonly #selectHistory: Database.Statement<[string], StatusChange>;
  readonly #selectAfterArrival: Database.Statement<[number, number], SubmissionRow>;
  readonly #nextArrival: Database.Statement<[], { arrival: number }>;
  readonly #nextSeq: Database.Statement<[string, string, number], { last_seq: number }>;
  readonly #insertSubmission: Database.Statement<[SubmissionRow]>;
  readonly #insertHistory: Database.Statement<[string, string, string]>;
  readonly #updateStatus: Database.Statement<[string, string]>;
  readonly #accept: Database.Transaction<(submission: NewSubmission, format: (seq: number) => string) => AcceptResult>;
  readonly #append: Database.Transaction<(registrationNumber: string, change: StatusChange) => StoredSubmission | undefined>;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#selectById = db.prepare('SELECT * FROM submissions WHERE id = ?');
    this.#selectByNumber = db.prepare('SELECT * FROM submissions WHERE registration_number = ?');
    this.#selectHistory = db.prepare('SELECT status, at FROM status_history WHERE submission_id = ? ORDER BY id');
    this.#selectAfterArrival = db.prepare('SELECT * FROM submissions WHERE arrival > ? ORDER BY arrival LIMIT ?');
    this.#nextArrival = db.prepare('SELECT coalesce(max(arrival), 0) + 1 AS arrival FROM submissions');
    this.#nextSeq = db.prepare(`
      INSERT INTO registration_counters (agency, series, year, last_seq) VALUES (?, ?, ?, 1)
      ON CONFLICT (agency, series, year) DO UPDATE SET last_seq = last_seq + 1
      RETURNING last_seq`);
    this.#insertSubmission = db.prepare(`
      INSERT INTO submissions (id, registration_number, tracking_code, form_id, form_version, agency, series, year, seq,
        captured_at, received_at, channel, device_id, locale, provisional_code, payload_hash, values_json, status, arrival)
      VALUES (@id, @registration_number, @tracking_code, @form_id, @form_version, @agency, @series, @year, @seq,
        @captured_at, @received_at, @channel, @device_id, @locale, @provisional_code, @payload_hash, @values_json, @status, @arrival)`);
    this.#insertHistory = db.prepare('INSERT INTO status_history (submission_id, status, at) VALUES (?, ?, ?)');
    this.#updateStatus = db.prepare('UPDATE submissions SET status = ? WHERE id = ?');

    this.#accept = db.transaction((submission, format) => this.#acceptInTransaction(submission, format));
    this.#append = db.transaction((registrationNumber, change) => this.#appendInTransaction(registrationNumber, change));
  }

  async acceptSubmission(submission: NewSubmission, formatRegistrationNumber: (seq: number) => string): Promise<AcceptResult> {
    // IMMEDIATE takes the write lock before the first read, so a second server process
    // cannot read the same counter value in between.
    return this.#accept.immediate(submission, formatRegistrationNumber);
  }

  async findByRegistrationNumber(registrationNumber: string): Promise<StoredSubmission | undefined> {
    const row = this.#selectByNumber.get(registrationNumber);
    return row ? this.#toStoredSubmission(row) : undefined;
  }

  async listByArrival(afterArrival: number, limit: number): Promise<StoredSubmission[]> {
    return this.#selectAfterArrival.all(afterArrival, limit).map((row) => this.#toStoredSubmission(row));
  }

  async appendStatus(registrationNumber: string, change: StatusChange): Promise<StoredSubmission | undefined> {
    return this.#append.immediate(registrationNumber, change);
  }

  async close(): Promise<void> {
    this.#db.close();
  }

  #acceptInTransaction(submission: NewSubmission, format: (seq: number) => string): AcceptResult {
    const existing = this.#selectById.get(submission.id);
    if (existing) return { created: false, submission: this.#toStoredSubmission(existing) };

    const counter = this.#nextSeq.get(submission.agency, submission.series, submission.year);
    if (!counter) throw new Error('The registration counter upsert returned no row');
    const seq = counter.last_seq;
    // The IMMEDIATE transaction holds the write lock, so no other connection can take the
    // same arrival, and arrivals grow in commit order.
    const arrival = this.#nextArrival.get()?.arrival;
    if (arrival === undefined) throw new Error('The arrival query returned no row');
    const status: SubmissionStatus = 'diterima';
    const row: SubmissionRow = {
      id: submission.id,
      registration_number: format(seq),
      tracking_code: submission.trackingCode,
      form_id: submission.formId,
      form_version: submission.formVersion,
      agency: submission.agency,
      series: submission.series,
      year: submission.year,
      seq,
      captured_at: submission.capturedAt,
      received_at: submission.receivedAt,
      channel: submission.channel,
      device_id: submission.deviceId,
      locale: submission.locale,
      provisional_code: submission.provisionalCode,
      payload_hash: submission.payloadHash,
      values_json: JSON.stringify(submission.values),
      status,
      arrival,
    };
    this.#insertSubmission.run(row);
    this.#insertHistory.run(submission.id, status, submission.receivedAt);
    return { created: true, submission: this.#toStoredSubmission(row) };
  }

  #appendInTransaction(registrationNumber: string, change: StatusChange): StoredSubmission | undefined {
    const row = this.#selectByNumber.get(registrationNumber);
    if (!row) return undefined;
    this.#insertHistory.run(row.id, change.status, change.at);
    this.#updateStatus.run(change.status, row.id);
    return this.#toStoredSubmission({ ...row, status: change.status });
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
      channel: row.channel as Channel,
      deviceId: row.device_id,
      locale: row.locale as Locale,
      provisionalCode: row.provisional_code,
      payloadHash: row.payload_hash,
      values: JSON.parse(row.values_json) as FormValues,
      status: row.status as SubmissionStatus,
      history: this.#selectHistory.all(row.id),
    };
  }
}
