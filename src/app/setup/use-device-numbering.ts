import { getEnrolment } from '../numbering/enrolment.ts';
import { listHeldBlocks } from '../numbering/number-blocks.ts';
import type { HeldBlock, StoredEnrolment } from '../numbering/types.ts';
import { useLiveQuery } from '../outbox/live-query.ts';

export interface DeviceNumbering {
  enrolment: StoredEnrolment | undefined;
  blocks: HeldBlock[];
}

/**
 * Returns the enrolment and blocks as they change, also when the sync engine of another tab tops
 * them up. Undefined while loading.
 */
export function useDeviceNumbering(): DeviceNumbering | undefined {
  return useLiveQuery(async () => ({ enrolment: await getEnrolment(), blocks: await listHeldBlocks() }), [], { enrolment: undefined, blocks: [] });
}
