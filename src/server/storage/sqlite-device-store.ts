import type Database from 'better-sqlite3';
import type { BlockHolding, BlocksResponse, EnrolledChannel } from '../../domain/numbering.ts';
import type { BlockPlan, BlockRetirementReason, Device, DeviceStore, DeviceWithBlocks, Enrolment, NewEnrolmentCode } from './device-store.ts';
import { SqliteNumberBlocks, type NumberBlockRow } from './sqlite-number-blocks.ts';

interface DeviceRow {
  id: string;
  label: string;
  channel: string;
  token_hash: string;
  enrolled_at: string;
  revoked_at: string | null;
  last_seen_at: string | null;
}

interface EnrolmentCodeRow {
  code_hash: string;
  label: string;
  expires_at: string;
  used_at: string | null;
}

/**
 * DeviceStore on better-sqlite3, on the same connection as the SqliteSubmissionStore. It does
 * not own the connection: the submission store's close() closes it.
 */
export class SqliteDeviceStore implements DeviceStore {
  readonly #blocks: SqliteNumberBlocks;
  readonly #insertCode: Database.Statement<[string, string, string, string]>;
  readonly #selectCode: Database.Statement<[string], EnrolmentCodeRow>;
  readonly #useCode: Database.Statement<[string, string, string]>;
  readonly #insertDevice: Database.Statement<[string, string, string, string, string]>;
  readonly #selectDevice: Database.Statement<[string], DeviceRow>;
  readonly #selectActiveByToken: Database.Statement<[string], DeviceRow>;
  readonly #selectAllDevices: Database.Statement<[], DeviceRow>;
  readonly #revoke: Database.Statement<[string, string]>;
  readonly #touch: Database.Statement<[string, string]>;
  readonly #countUsage: Database.Statement<[string, string, string, string], { used: number }>;
  readonly #enrol: Database.Transaction<(enrolment: Enrolment) => Device | undefined>;
  readonly #exchange: Database.Transaction<(deviceId: string, holdings: readonly BlockHolding[], plan: BlockPlan) => BlocksResponse>;
  readonly #revokeWithBlocks: Database.Transaction<(deviceId: string, at: string) => Device | undefined>;
  readonly #list: Database.Transaction<() => DeviceWithBlocks[]>;

  constructor(db: Database.Database) {
    this.#blocks = new SqliteNumberBlocks(db);
    this.#insertCode = db.prepare('INSERT INTO enrolment_codes (code_hash, label, created_at, expires_at) VALUES (?, ?, ?, ?)');
    this.#selectCode = db.prepare('SELECT code_hash, label, expires_at, used_at FROM enrolment_codes WHERE code_hash = ?');
    this.#useCode = db.prepare('UPDATE enrolment_codes SET used_at = ?, device_id = ? WHERE code_hash = ?');
    this.#insertDevice = db.prepare('INSERT INTO devices (id, label, channel, token_hash, enrolled_at) VALUES (?, ?, ?, ?, ?)');
    this.#selectDevice = db.prepare('SELECT * FROM devices WHERE id = ?');
    this.#selectActiveByToken = db.prepare('SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL');
    this.#selectAllDevices = db.prepare('SELECT * FROM devices ORDER BY enrolled_at, id');
    this.#revoke = db.prepare('UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?');
    this.#touch = db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?');
    this.#countUsage = db.prepare(`
      SELECT count(*) AS used FROM submissions
      WHERE enrolled_device_id = ? AND agency = ? AND series = ? AND received_at >= ?`);

    this.#enrol = db.transaction((enrolment) => this.#enrolInTransaction(enrolment));
    this.#exchange = db.transaction((deviceId, holdings, plan) => this.#exchangeInTransaction(deviceId, holdings, plan));
    this.#revokeWithBlocks = db.transaction((deviceId, at) => this.#revokeInTransaction(deviceId, at));
    this.#list = db.transaction(() => this.#selectAllDevices.all().map((row) => this.#withBlocks(row)));
  }

  async createEnrolmentCode(code: NewEnrolmentCode): Promise<void> {
    this.#insertCode.run(code.codeHash, code.label, code.createdAt, code.expiresAt);
  }

  async enrol(enrolment: Enrolment): Promise<Device | undefined> {
    // IMMEDIATE, so two devices racing with one code cannot both read it as unused.
    return this.#enrol.immediate(enrolment);
  }

  async findActiveDeviceByTokenHash(tokenHash: string): Promise<Device | undefined> {
    const row = this.#selectActiveByToken.get(tokenHash);
    return row ? toDevice(row) : undefined;
  }

  async exchangeBlocks(deviceId: string, holdings: readonly BlockHolding[], plan: BlockPlan): Promise<BlocksResponse> {
    return this.#exchange.immediate(deviceId, holdings, plan);
  }

  async listDevices(): Promise<DeviceWithBlocks[]> {
    // A read transaction gives one consistent snapshot across the devices and block queries.
    return this.#list.deferred();
  }

  async revokeDevice(deviceId: string, at: string): Promise<Device | undefined> {
    return this.#revokeWithBlocks.immediate(deviceId, at);
  }

  #enrolInTransaction(enrolment: Enrolment): Device | undefined {
    const code = this.#selectCode.get(enrolment.codeHash);
    // ISO 8601 UTC strings of one format compare in time order.
    if (!code || code.used_at !== null || code.expires_at <= enrolment.at) return undefined;
    this.#insertDevice.run(enrolment.deviceId, code.label, enrolment.channel, enrolment.tokenHash, enrolment.at);
    this.#useCode.run(enrolment.at, enrolment.deviceId, enrolment.codeHash);
    const row = this.#selectDevice.get(enrolment.deviceId);
    if (!row) throw new Error('The enrolled device was not found after its insert');
    return toDevice(row);
  }

  /**
   * First settles every block the device reported, then retires active blocks it did not
   * report, then tops up each key of the plan, so a block retired in this exchange never
   * counts towards the reserve.
   */
  #exchangeInTransaction(deviceId: string, holdings: readonly BlockHolding[], plan: BlockPlan): BlocksResponse {
    const retired = new Set<number>();
    const nextSeqs = new Map<number, number>();
    for (const holding of holdings) {
      const block = this.#blocks.findById(holding.blockId);
      if (!block || block.device_id !== deviceId || block.retired_at !== null) {
        retired.add(holding.blockId);
        continue;
      }
      const reason = findRetirementReason(block, holding.nextSeq, plan.currentYear);
      if (reason) {
        this.#blocks.retire(block.id, reason, plan.at);
        retired.add(block.id);
      } else {
        nextSeqs.set(block.id, holding.nextSeq);
      }
    }

    for (const block of this.#blocks.listActiveByDevice(deviceId)) {
      if (!nextSeqs.has(block.id)) this.#blocks.retire(block.id, 'notHeld', plan.at);
    }

    const active = this.#blocks.listActiveByDevice(deviceId);
    for (const key of plan.keys) {
      const used = this.#countUsage.get(deviceId, key.agency, key.series, plan.usageSince)?.used ?? 0;
      const size = plan.blockSize(used);
      const remaining = active
        .filter((block) => block.agency === key.agency && block.series === key.series && block.year === key.year)
        .reduce((sum, block) => sum + block.last_seq - (nextSeqs.get(block.id) ?? block.first_seq) + 1, 0);
      if (remaining < plan.topUpBelow(size)) this.#blocks.reserve(deviceId, key, size, plan.at);
    }

    this.#touch.run(plan.at, deviceId);
    const blocks = this.#blocks.listActiveByDevice(deviceId).map((row) => ({
      id: row.id,
      agency: row.agency,
      series: row.series,
      year: row.year,
      firstSeq: row.first_seq,
      lastSeq: row.last_seq,
    }));
    return { blocks, retired: [...retired].sort((a, b) => a - b) };
  }

  #revokeInTransaction(deviceId: string, at: string): Device | undefined {
    const row = this.#selectDevice.get(deviceId);
    if (!row) return undefined;
    this.#revoke.run(at, deviceId);
    for (const block of this.#blocks.listActiveByDevice(deviceId)) this.#blocks.retire(block.id, 'revoked', at);
    return toDevice({ ...row, revoked_at: row.revoked_at ?? at });
  }

  #withBlocks(row: DeviceRow): DeviceWithBlocks {
    const blocks = this.#blocks.listByDevice(row.id).map((block) => this.#blocks.toStoredBlock(block));
    return {
      ...toDevice(row),
      blocks: blocks.filter((block) => block.retiredAt === null),
      retiredBlocks: blocks.filter((block) => block.retiredAt !== null),
    };
  }
}

/**
 * Decides whether a block the device reported must retire. `nextSeq` is the number the device
 * would issue next, so a value at or below a number the server has already seen from the
 * block means the device went back to an older state, such as a restored backup.
 */
function findRetirementReason(block: NumberBlockRow, nextSeq: number, currentYear: number): BlockRetirementReason | undefined {
  if (nextSeq < block.first_seq || nextSeq > block.last_seq + 1 || nextSeq <= block.highest_seen_seq) return 'staleState';
  if (nextSeq > block.last_seq) return 'exhausted';
  if (block.year < currentYear) return 'yearEnded';
  return undefined;
}

function toDevice(row: DeviceRow): Device {
  return {
    id: row.id,
    label: row.label,
    channel: row.channel as EnrolledChannel,
    enrolledAt: row.enrolled_at,
    revokedAt: row.revoked_at,
    lastSeenAt: row.last_seen_at,
  };
}
