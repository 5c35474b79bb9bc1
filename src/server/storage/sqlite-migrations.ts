import type Database from 'better-sqlite3';

/**
 * Schema migrations, applied in order. PRAGMA user_version records how many have run, so
 * entry N upgrades a version-N database to version N+1. Append new entries; never edit one
 * that has shipped, because existing databases have already run it.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE submissions (
    id TEXT PRIMARY KEY,
    registration_number TEXT NOT NULL UNIQUE,
    tracking_code TEXT NOT NULL,
    form_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    agency TEXT NOT NULL,
    series TEXT NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    captured_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    device_id TEXT NOT NULL,
    locale TEXT NOT NULL,
    provisional_code TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
    values_json TEXT NOT NULL,
    status TEXT NOT NULL,
    UNIQUE (agency, series, year, seq)
  ) STRICT;

  -- The last number handed out per sequence. Kept apart from submissions so that a number
  -- stays used even if its submission row is ever deleted.
  CREATE TABLE registration_counters (
    agency TEXT NOT NULL,
    series TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (agency, series, year)
  ) STRICT;

  CREATE TABLE status_history (
    id INTEGER PRIMARY KEY,
    submission_id TEXT NOT NULL REFERENCES submissions (id),
    status TEXT NOT NULL,
    at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX status_history_by_submission ON status_history (submission_id, id);
  `,
  // Arrival position for the staff export's cursor. The implicit rowid is not used because
  // VACUUM may renumber it in a table without an INTEGER PRIMARY KEY. Existing rows are
  // numbered in rowid order, which is still their insertion order at this point. Receive
  // times are not used, because a clock correction can make them run backwards.
  `
  ALTER TABLE submissions ADD COLUMN arrival INTEGER NOT NULL DEFAULT 0;
  UPDATE submissions SET arrival = ranked.position
    FROM (SELECT id, row_number() OVER (ORDER BY rowid) AS position FROM submissions) AS ranked
    WHERE ranked.id = submissions.id;
  CREATE UNIQUE INDEX submissions_by_arrival ON submissions (arrival);
  `,
  // Number blocks for enrolled devices. Codes and tokens are stored only as SHA-256 hashes,
  // so a copy of the database does not let anyone enrol or act as a device. Blocks draw from
  // registration_counters, so a block never overlaps another block or a server-drawn number.
  // highest_seen_seq is the largest sequence number of the block that a submission from its
  // device has named, honoured or not. A device that reports a next number at or below it has
  // lost state. Existing submissions arrived when they were received, so arrived_at copies it.
  `
  CREATE TABLE enrolment_codes (
    code_hash TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    device_id TEXT
  ) STRICT;

  CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    channel TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT,
    last_seen_at TEXT
  ) STRICT;

  CREATE TABLE number_blocks (
    id INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL REFERENCES devices (id),
    agency TEXT NOT NULL,
    series TEXT NOT NULL,
    year INTEGER NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    highest_seen_seq INTEGER NOT NULL DEFAULT 0,
    reserved_at TEXT NOT NULL,
    retired_at TEXT,
    retired_reason TEXT
  ) STRICT;
  CREATE INDEX number_blocks_by_device ON number_blocks (device_id, id);

  ALTER TABLE submissions ADD COLUMN arrived_at TEXT NOT NULL DEFAULT '';
  UPDATE submissions SET arrived_at = received_at;
  ALTER TABLE submissions ADD COLUMN block_id INTEGER REFERENCES number_blocks (id);
  ALTER TABLE submissions ADD COLUMN claimed_number TEXT;
  ALTER TABLE submissions ADD COLUMN enrolled_device_id TEXT REFERENCES devices (id);
  CREATE INDEX submissions_by_claimed_number ON submissions (claimed_number) WHERE claimed_number IS NOT NULL;
  CREATE INDEX submissions_by_provisional_code ON submissions (provisional_code);
  CREATE INDEX submissions_by_block ON submissions (block_id) WHERE block_id IS NOT NULL;
  CREATE INDEX submissions_by_enrolled_device ON submissions (enrolled_device_id, agency, series, received_at)
    WHERE enrolled_device_id IS NOT NULL;
  `,
  // Attachments of submissions, in the visitor's order. The bytes live in files named by
  // their SHA-256 outside the database (file-store.ts), so one file that two submissions
  // attach is stored once. The index on sha256 finds the submissions that use a file.
  `
  CREATE TABLE submission_attachments (
    submission_id TEXT NOT NULL REFERENCES submissions (id),
    position INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY (submission_id, position)
  ) STRICT;
  CREATE INDEX submission_attachments_by_sha256 ON submission_attachments (sha256);
  `,
];

/**
 * Brings the database schema up to the latest version in one transaction. The version is read
 * inside that IMMEDIATE transaction, so when two servers start on a new file at once, the
 * second waits for the first and then finds nothing left to do.
 */
export function migrateSqlite(db: Database.Database): void {
  const migrate = db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > SQLITE_MIGRATIONS.length) {
      throw new Error(
        `Database ${db.name} has schema version ${current}, but this server knows only ${SQLITE_MIGRATIONS.length}. ` +
          'Run the newer server release that wrote it, or restore a backup.',
      );
    }
    for (const migration of SQLITE_MIGRATIONS.slice(current)) db.exec(migration);
    db.pragma(`user_version = ${SQLITE_MIGRATIONS.length}`);
  });
  migrate.immediate();
}
