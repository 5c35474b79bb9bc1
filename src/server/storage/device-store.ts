import type { BlockHolding, BlocksResponse, EnrolledChannel, NumberBlock } from '../../domain/numbering.ts';

/** Reason a block is no longer issued from; docs/numbering.md describes each case. */
export type BlockRetirementReason =
  /** The administrator revoked the device. */
  | 'revoked'
  /** The device did not report the block: it was wiped, or the response that carried the block was lost. */
  | 'notHeld'
  /** The device reported a next number the server has already seen used, or one outside the block. */
  | 'staleState'
  /** A submission from the device claimed a number of the block that another submission already had. */
  | 'numberReused'
  /** The device reported that it issued the block's last number. */
  | 'exhausted'
  /** The block's year is over in the deployment's time zone. */
  | 'yearEnded';

/** An enrolled kiosk or tablet. Its bearer token is stored only as a hash. */
export interface Device {
  id: string;
  label: string;
  channel: EnrolledChannel;
  enrolledAt: string;
  revokedAt: string | null;
  /** The last block exchange, ISO 8601 UTC; null before the first. */
  lastSeenAt: string | null;
}

/** A block as staff see it: with its device, its life and how far it was used. */
export interface StoredNumberBlock extends NumberBlock {
  deviceId: string;
  reservedAt: string;
  retiredAt: string | null;
  retiredReason: BlockRetirementReason | null;
  /** Submissions stored under a number of this block. */
  used: number;
  /** The largest sequence number of the block that a submission from its device named; 0 before any. */
  highestSeenSeq: number;
}

export interface DeviceWithBlocks extends Device {
  /** Blocks the device may issue from, ids ascending. */
  blocks: StoredNumberBlock[];
  /** Blocks no longer issued from; their unused numbers are the gaps staff see in the sequence. */
  retiredBlocks: StoredNumberBlock[];
}

export interface NewEnrolmentCode {
  /** SHA-256 of the normalised code, lowercase hex (see enrolment-code.ts). */
  codeHash: string;
  label: string;
  createdAt: string;
  expiresAt: string;
}

export interface Enrolment {
  codeHash: string;
  channel: EnrolledChannel;
  /** The new device's id, a UUID. */
  deviceId: string;
  /** SHA-256 of the new bearer token, lowercase hex. */
  tokenHash: string;
  at: string;
}

/** An agency, form series and year whose numbers a device should hold in reserve. */
export interface BlockKey {
  agency: string;
  series: string;
  year: number;
}

/** Settings of one block exchange, derived from the deployment configuration by number-block-plan.ts. */
export interface BlockPlan {
  at: string;
  /** Calendar year of `at` in the deployment's time zone; blocks of earlier years retire. */
  currentYear: number;
  keys: BlockKey[];
  /** Start of the usage window, ISO 8601 UTC: submissions received from then on count as use. */
  usageSince: string;
  /** Size of a new block, given how many numbers the device used for the key's agency and series in the window. */
  blockSize(usedInWindow: number): number;
  /** A new block is reserved when the device holds fewer unissued numbers of a key than this. */
  topUpBelow(blockSize: number): number;
}

/**
 * Durable storage of enrolment codes, devices and their number blocks. It shares the database
 * with the SubmissionStore, because accepting a block number and reserving a block must see
 * the same counters in one transaction.
 */
export interface DeviceStore {
  createEnrolmentCode(code: NewEnrolmentCode): Promise<void>;

  /**
   * Uses an enrolment code that is unused and not expired at `enrolment.at`, and creates the
   * device with its label. Returns undefined for an unknown, used or expired code alike.
   */
  enrol(enrolment: Enrolment): Promise<Device | undefined>;

  /** Returns the device with this token hash unless it is revoked. */
  findActiveDeviceByTokenHash(tokenHash: string): Promise<Device | undefined>;

  /**
   * Compares what the device reports holding with its blocks, retires blocks it no longer
   * holds or holds in a stale state, reserves new blocks where its reserve runs low, and
   * records the exchange as the device's last contact. All in one transaction.
   */
  exchangeBlocks(deviceId: string, holdings: readonly BlockHolding[], plan: BlockPlan): Promise<BlocksResponse>;

  /** Every device, oldest enrolment first, with its active and retired blocks. */
  listDevices(): Promise<DeviceWithBlocks[]>;

  /** Revokes the device and retires its active blocks; undefined for an unknown id. Revoking twice keeps the first time. */
  revokeDevice(deviceId: string, at: string): Promise<Device | undefined>;
}
