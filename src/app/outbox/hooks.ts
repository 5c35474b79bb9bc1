import { useLiveQuery } from './live-query.ts';
import { countWaiting, getRecord, listRecords } from './outbox.ts';
import { directlySentRecord, directlySentRecords, justQueuedRecord } from './submit.ts';
import type { OutboxRecord } from './types.ts';

/** Returns one record, live: undefined while loading, null when this device has no such record. */
export function useOutboxRecord(id: string | undefined): OutboxRecord | null | undefined {
  const stored = useLiveQuery(async () => (id ? ((await getRecord(id)) ?? null) : null), [id], null);
  if (stored === undefined && id) return justQueuedRecord(id);
  // Without IndexedDB a submission sent straight to the server lives only in memory.
  if (stored === null && id) return directlySentRecord(id) ?? null;
  return stored;
}

/** Returns every record on this device, newest first, with those sent directly while IndexedDB failed. */
export function useOutboxRecords(): OutboxRecord[] | undefined {
  const stored = useLiveQuery(listRecords, [], []);
  const direct = directlySentRecords();
  if (stored === undefined || direct.length === 0) return stored;
  return [...stored, ...direct].sort((a, b) => b.createdAt - a.createdAt);
}

/** Submissions not yet acknowledged by the server: queued or needing attention. */
export function useWaitingCount(): number {
  return useLiveQuery(countWaiting, [], 0) ?? 0;
}
