import Dexie, { type EntityTable, type Table } from 'dexie';
import type { HeldBlock, StoredEnrolment } from '../numbering/types.ts';
import type { OutboxRecord, StoredAttachment } from './types.ts';

/**
 * The device's IndexedDB schema and every upgrade it has had. Add a version here, never edit
 * an old one: devices in the field may still hold a database at any earlier version with
 * queued submissions inside, and the upgrade test opens each old version in turn.
 */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string>; upgrade?: (tx: import('dexie').Transaction) => Promise<void> }[] = [
  { version: 1, stores: { outbox: 'id, state, createdAt' } },
  {
    // Indexes for the sync engine's "due now" query and the retention purge; records from
    // version 1 lacked the retry bookkeeping, which starts at zero.
    version: 2,
    stores: { outbox: 'id, state, createdAt, nextAttemptAt, purgeAfter' },
    upgrade: async (tx) => {
      await tx
        .table('outbox')
        .toCollection()
        .modify((record: Partial<OutboxRecord>) => {
          record.attempts ??= 0;
          record.nextAttemptAt ??= 0;
        });
    },
  },
  {
    // Number blocks and the device's enrolment, kept beside the outbox so that one transaction
    // can take a number and queue the submission that carries it.
    version: 3,
    stores: { outbox: 'id, state, createdAt, nextAttemptAt, purgeAfter', blocks: 'id, [agency+series+year]', enrolment: 'key' },
  },
  {
    // Attached files, one row per file, written in the transaction that queues their
    // submission and kept out of the outbox record, so the receipt list never reads them. The
    // bytes stay a Blob: Chromium and Firefox keep a stored Blob's bytes in a file apart from
    // the row, and read them only when the Blob itself is read.
    version: 4,
    stores: {
      outbox: 'id, state, createdAt, nextAttemptAt, purgeAfter',
      blocks: 'id, [agency+series+year]',
      enrolment: 'key',
      attachments: '[submissionId+position], submissionId',
    },
  },
];

export const DATABASE_NAME = 'loket';

export class LoketDatabase extends Dexie {
  outbox!: EntityTable<OutboxRecord, 'id'>;
  blocks!: EntityTable<HeldBlock, 'id'>;
  enrolment!: EntityTable<StoredEnrolment, 'key'>;
  attachments!: Table<StoredAttachment, [string, number]>;

  constructor(name = DATABASE_NAME, upToVersion = Number.POSITIVE_INFINITY) {
    super(name);
    for (const schema of SCHEMA_VERSIONS) {
      if (schema.version > upToVersion) break;
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}

let shared: LoketDatabase | undefined;

/** Returns the app's one database connection, created on first use; Dexie opens it on the first query. */
export function getDatabase(): LoketDatabase {
  shared ??= new LoketDatabase();
  return shared;
}

/** Replaces the shared connection; tests use it to start each case with a fresh database. */
export function setDatabaseForTesting(database: LoketDatabase | undefined): void {
  shared = database;
}
