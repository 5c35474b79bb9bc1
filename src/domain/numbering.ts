import type { Channel } from './submission.ts';

/**
 * Number blocks: ranges of registration numbers that the server reserves for one enrolled
 * device, so that a receipt issued offline already carries its final official number. The
 * server draws a block from the same counter as the numbers it allocates itself, so blocks
 * never overlap each other or the server's own numbers. docs/numbering.md has the design.
 */
export interface NumberBlock {
  /** The server's id of the block; submissions name it in `blockNumber.blockId`. */
  id: number;
  agency: string;
  series: string;
  /** The calendar year (agency time zone) whose numbers the block holds. */
  year: number;
  firstSeq: number;
  lastSeq: number;
}

/** The part of one block a device still holds: the next sequence number it would issue. */
export interface BlockHolding {
  blockId: number;
  nextSeq: number;
}

/** Body of `POST /api/v1/devices/me/blocks`. */
export interface BlocksRequest {
  holdings: BlockHolding[];
}

/**
 * Answer to `POST /api/v1/devices/me/blocks`: every block the device may issue from, old and
 * new, and the ids of blocks it reported that are retired and must be dropped.
 */
export interface BlocksResponse {
  blocks: NumberBlock[];
  retired: number[];
}

/** Channels that enrol: a web visitor's phone never holds number blocks. */
export type EnrolledChannel = Exclude<Channel, 'web'>;

/** Body of `POST /api/v1/devices/enrol`. */
export interface EnrolmentRequest {
  /** The one-time code an administrator created; dashes, spaces and case do not matter. */
  code: string;
  channel: EnrolledChannel;
}

/** Answer to a successful enrolment (201). The token is shown once and stored on the device. */
export interface EnrolmentResponse {
  deviceId: string;
  /** The label the administrator gave the enrolment code, such as "Kiosk lobi Diskominfo". */
  label: string;
  channel: EnrolledChannel;
  /** Bearer token for the device's own endpoints and its submissions. */
  token: string;
}
