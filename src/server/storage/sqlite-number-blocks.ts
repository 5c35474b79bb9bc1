import type Database from 'better-sqlite3';
import type { BlockKey, BlockRetirementReason, StoredNumberBlock } from './device-store.ts';
import { SqliteRegistrationCounters } from './sqlite-registration-counters.ts';

export interface NumberBlockRow {
  id: number;
  device_id: string;
  agency: string;
  series: string;
  year: number;
  first_seq: number;
  last_seq: number;
  highest_seen_seq: number;
  reserved_at: string;
  retired_at: string | null;
  retired_reason: string | null;
}

/**
 * The number_blocks table, shared by the submission store (honouring block numbers) and the
 * device store (reserving and retiring blocks). Its methods do not open transactions: callers
 * run them inside their own IMMEDIATE transaction.
 */
export class SqliteNumberBlocks {
  readonly #counters: SqliteRegistrationCounters;
  readonly #selectById: Database.Statement<[number], NumberBlockRow>;
  readonly #selectByDevice: Database.Statement<[string], NumberBlockRow>;
  readonly #insert: Database.Statement<[string, string, string, number, number, number, string], NumberBlockRow>;
  readonly #retire: Database.Statement<[string, string, number]>;
  readonly #noteSeen: Database.Statement<[number, number]>;
  readonly #countUsed: Database.Statement<[number], { used: number }>;

  constructor(db: Database.Database) {
    this.#counters = new SqliteRegistrationCounters(db);
    this.#selectById = db.prepare('SELECT * FROM number_blocks WHERE id = ?');
    this.#selectByDevice = db.prepare('SELECT * FROM number_blocks WHERE device_id = ? ORDER BY id');
    this.#insert = db.prepare(`
      INSERT INTO number_blocks (device_id, agency, series, year, first_seq, last_seq, reserved_at)
      VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`);
    this.#retire = db.prepare('UPDATE number_blocks SET retired_at = ?, retired_reason = ? WHERE id = ? AND retired_at IS NULL');
    this.#noteSeen = db.prepare('UPDATE number_blocks SET highest_seen_seq = max(highest_seen_seq, ?) WHERE id = ?');
    this.#countUsed = db.prepare('SELECT count(*) AS used FROM submissions WHERE block_id = ?');
  }

  findById(id: number): NumberBlockRow | undefined {
    return this.#selectById.get(id);
  }

  /** Returns every block of the device, active and retired, ids ascending. */
  listByDevice(deviceId: string): NumberBlockRow[] {
    return this.#selectByDevice.all(deviceId);
  }

  listActiveByDevice(deviceId: string): NumberBlockRow[] {
    return this.listByDevice(deviceId).filter((row) => row.retired_at === null);
  }

  /** Draws `size` numbers from the registration counter of `key` and records them as the device's block. */
  reserve(deviceId: string, key: BlockKey, size: number, at: string): NumberBlockRow {
    const { firstSeq, lastSeq } = this.#counters.draw(key.agency, key.series, key.year, size);
    const row = this.#insert.get(deviceId, key.agency, key.series, key.year, firstSeq, lastSeq, at);
    if (!row) throw new Error('The number block insert returned no row');
    return row;
  }

  /** Retires the block unless it is retired already, in which case the first reason stays. */
  retire(id: number, reason: BlockRetirementReason, at: string): void {
    this.#retire.run(at, reason, id);
  }

  /** Records that a submission from the block's device named `seq`, honoured or not. */
  noteSeen(id: number, seq: number): void {
    this.#noteSeen.run(seq, id);
  }

  toStoredBlock(row: NumberBlockRow): StoredNumberBlock {
    return {
      id: row.id,
      deviceId: row.device_id,
      agency: row.agency,
      series: row.series,
      year: row.year,
      firstSeq: row.first_seq,
      lastSeq: row.last_seq,
      reservedAt: row.reserved_at,
      retiredAt: row.retired_at,
      retiredReason: row.retired_reason as BlockRetirementReason | null,
      used: this.#countUsed.get(row.id)?.used ?? 0,
      highestSeenSeq: row.highest_seen_seq,
    };
  }
}
