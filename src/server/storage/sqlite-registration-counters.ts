import type Database from 'better-sqlite3';

/**
 * The registration_counters table: the last sequence number handed out per agency, series and
 * year. Single numbers for submissions and whole blocks for devices are drawn from the same
 * row, so no number is ever handed out twice. Call draw() inside an IMMEDIATE transaction,
 * which holds the write lock from its first read, so a second server process cannot draw the
 * same range in between.
 */
export class SqliteRegistrationCounters {
  readonly #advance: Database.Statement<[string, string, number, number], { last_seq: number }>;

  constructor(db: Database.Database) {
    this.#advance = db.prepare(`
      INSERT INTO registration_counters (agency, series, year, last_seq) VALUES (?, ?, ?, ?)
      ON CONFLICT (agency, series, year) DO UPDATE SET last_seq = last_seq + excluded.last_seq
      RETURNING last_seq`);
  }

  /** Advances the counter by `count` (1 or more) and returns the range drawn, both ends included. */
  draw(agency: string, series: string, year: number, count: number): { firstSeq: number; lastSeq: number } {
    if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`Cannot draw ${count} registration numbers; draw 1 or more`);
    const row = this.#advance.get(agency, series, year, count);
    if (!row) throw new Error('The registration counter upsert returned no row');
    return { firstSeq: row.last_seq - count + 1, lastSeq: row.last_seq };
  }
}
