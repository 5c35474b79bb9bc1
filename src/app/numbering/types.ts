import type { EnrolledChannel, NumberBlock } from '../../domain/numbering.ts';

/** A number block on the device, with the next sequence number it will issue. */
export interface HeldBlock extends NumberBlock {
  /** lastSeq + 1 once the block is used up. */
  nextSeq: number;
}

/** The key of the one enrolment record in the `enrolment` table. */
export const ENROLMENT_KEY = 'device';

/**
 * This device's enrolment with the intake server. It lives in the same IndexedDB database as
 * the blocks, so clearing the site's data removes both together: a device that forgot its
 * blocks also forgets its token and has to be enrolled again.
 */
export interface StoredEnrolment {
  key: typeof ENROLMENT_KEY;
  deviceId: string;
  label: string;
  channel: EnrolledChannel;
  token: string;
  enrolledAt: number;
  /** Set when the server refused the token; the device then issues no block numbers. */
  revokedAt?: number;
}
