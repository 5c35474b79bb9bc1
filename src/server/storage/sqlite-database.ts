import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrateSqlite } from './sqlite-migrations.ts';

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

/**
 * Opens (creating if needed) `<dataDir>/loket.sqlite` and migrates its schema. The data
 * directory is created too, with mode 0700, so a first start needs no setup. The database
 * file and its -wal and -shm files get mode 0600, including files left by an older release.
 * An existing data directory keeps its mode. Modes apply on POSIX systems only.
 */
export function openSqliteDatabase(dataDir: string): Database.Database {
  prepareDataDirectory(dataDir);
  const db = new Database(join(dataDir, SQLITE_FILE_NAME));
  try {
    // The busy timeout comes first so that the pragmas and migrations below wait for a second
    // server process instead of failing. WAL lets status reads proceed while a submission is
    // written. synchronous=FULL syncs every commit, because a device deletes its queued copy
    // once it receives the 201, so an acknowledged submission must survive a power cut.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    retryWhileBusy(() => db.pragma('journal_mode = WAL'));
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    retryWhileBusy(() => migrateSqlite(db));
    // SQLite creates -wal and -shm with the database file's mode, but files from an older
    // release may already exist with a wider one.
    restrictDatabaseFiles(dataDir);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
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

/**
 * Runs a start-up step again while SQLite answers SQLITE_BUSY, for up to BUSY_TIMEOUT_MS. Two
 * servers starting on a new file can each hold a shared lock and want the exclusive one (to
 * switch to WAL, or to migrate). SQLite then fails one of them at once instead of calling the
 * busy handler, because waiting could deadlock. Retrying after the other has finished works.
 */
function retryWhileBusy<T>(step: () => T): T {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      return step();
    } catch (error) {
      const busy = (error as { code?: string }).code?.startsWith('SQLITE_BUSY') === true;
      if (!busy || Date.now() > deadline) throw error;
      // A synchronous pause: the server is still starting, and nothing else runs yet.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 + Math.random() * 30);
    }
  }
}
