import type { BlockHolding, BlocksRequest, BlocksResponse } from '../../domain/numbering.ts';
import type { BlockNumber } from '../../domain/submission.ts';
import { type LoketDatabase, getDatabase } from '../outbox/db.ts';
import { activeToken, markEnrolmentRevoked } from './enrolment.ts';
import type { HeldBlock } from './types.ts';

export const BLOCKS_URL = '/api/v1/devices/me/blocks';
const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * Takes the next number of the oldest block for this agency, series and year, or returns
 * undefined when none is left. Call it inside the read-write transaction that also writes the
 * submission. IndexedDB runs such transactions one after another across all tabs, so two tabs
 * can never take the same number. A number is also used up only together with the submission
 * that carries it.
 */
export async function takeBlockNumber(blocks: LoketDatabase['blocks'], agency: string, series: string, year: number): Promise<BlockNumber | undefined> {
  const candidates = await blocks.where('[agency+series+year]').equals([agency, series, year]).sortBy('id');
  const block = candidates.find((candidate) => candidate.nextSeq <= candidate.lastSeq);
  if (!block) return undefined;
  await blocks.update(block.id, { nextSeq: block.nextSeq + 1 });
  return { blockId: block.id, seq: block.nextSeq };
}

export async function listHeldBlocks(): Promise<HeldBlock[]> {
  return getDatabase().blocks.orderBy('id').toArray();
}

export type BlockRefreshOutcome = 'updated' | 'notEnrolled' | 'revoked' | 'offline' | 'failed';

/**
 * Reports the blocks this device holds and stores what the server answers: new blocks, and
 * none of the retired ones. The device's own `nextSeq` is kept for blocks it already has,
 * because only the device knows which numbers it has issued offline. The caller holds the sync
 * lock, so two tabs never report at once and one tab's new block is never reported missing by
 * the other.
 */
export async function refreshNumberBlocks({ baseUrl = '', timeoutMs = DEFAULT_TIMEOUT_MS } = {}): Promise<BlockRefreshOutcome> {
  const token = await activeToken();
  if (!token) return 'notEnrolled';
  const held = await listHeldBlocks();
  const request: BlocksRequest = { holdings: held.map((block): BlockHolding => ({ blockId: block.id, nextSeq: block.nextSeq })) };

  let response: Response;
  try {
    response = await fetch(`${baseUrl}${BLOCKS_URL}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(timeoutMs),
      cache: 'no-store',
    });
  } catch {
    return 'offline';
  }
  if (response.status === 401) {
    await markEnrolmentRevoked();
    return 'revoked';
  }
  if (!response.ok) return 'failed';
  const answer = (await response.json()) as BlocksResponse;
  await applyBlocksResponse(answer);
  return 'updated';
}

async function applyBlocksResponse(answer: BlocksResponse): Promise<void> {
  const database = getDatabase();
  await database.transaction('rw', database.blocks, async () => {
    const current = new Map((await database.blocks.toArray()).map((block) => [block.id, block]));
    const active = new Set(answer.blocks.map((block) => block.id));
    // A block the server no longer lists as active is retired: issuing from it would only
    // produce numbers that the server replaces.
    const dropped = [...current.keys()].filter((id) => !active.has(id) || answer.retired.includes(id));
    await database.blocks.bulkDelete(dropped);
    const added = answer.blocks
      .filter((block) => !current.has(block.id) && !answer.retired.includes(block.id))
      .map((block): HeldBlock => ({ ...block, nextSeq: block.firstSeq }));
    await database.blocks.bulkAdd(added);
  });
}
