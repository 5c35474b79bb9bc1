import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_ATTACHMENT_LIMITS } from '../../domain/attachments/limits.ts';
import { getDatabase } from './db.ts';

export interface StorageHealth {
  indexedDb: 'checking' | 'ok' | 'unavailable';
  nearlyFull: boolean;
  /** Whether the browser promised not to evict the data; undefined where the browser cannot tell. */
  persisted: boolean | undefined;
}

/**
 * Storage counts as nearly full at 90 % of the quota, or when the space left would not hold
 * one more submission with the most files it may carry (2 MB for the text and the database's
 * own growth). The notice then asks for staff before the next visitor's files have to be dropped.
 * navigator.storage.estimate() counts queued files too: Blobs in IndexedDB are part of the
 * origin's usage in Chromium and Firefox.
 */
const NEARLY_FULL_RATIO = 0.9;
// NOTE: this uses the default limit, not the deployment's `attachments.maxSubmissionBytes`,
// which this module does not read. A deployment with a higher limit gets the notice later.
const NEARLY_FULL_FREE_BYTES = 2 * 1024 * 1024 + DEFAULT_ATTACHMENT_LIMITS.maxSubmissionBytes;

let health: StorageHealth = { indexedDb: 'checking', nearlyFull: false, persisted: undefined };
const listeners = new Set<(value: StorageHealth) => void>();
let started: Promise<void> | undefined;

function publish(next: StorageHealth): void {
  health = next;
  for (const listener of listeners) listener(health);
}

async function isNearlyFull(): Promise<boolean> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  if (!estimate?.quota || estimate.usage === undefined) return false;
  return estimate.usage / estimate.quota >= NEARLY_FULL_RATIO || estimate.quota - estimate.usage < NEARLY_FULL_FREE_BYTES;
}

/**
 * Opens the database once and asks for persistent storage, so the browser does not evict
 * queued submissions under storage pressure (Chromium grants it to installed apps and sites
 * with high engagement; others may say no, which the notice then reports).
 */
async function checkOnce(): Promise<void> {
  let indexedDb: StorageHealth['indexedDb'] = 'ok';
  try {
    await getDatabase().open();
  } catch {
    indexedDb = 'unavailable';
  }
  let persisted: boolean | undefined;
  if (navigator.storage?.persist) {
    persisted = (await navigator.storage.persisted().catch(() => false)) || (await navigator.storage.persist().catch(() => false));
  }
  publish({ indexedDb, persisted, nearlyFull: await isNearlyFull() });
}

/** Measures usage again, for example after a submission was written. */
export async function refreshStorageHealth(): Promise<void> {
  await (started ??= checkOnce());
  publish({ ...health, nearlyFull: await isNearlyFull() });
}

export function useStorageHealth(): StorageHealth {
  const [value, setValue] = useState(health);
  useEffect(() => {
    listeners.add(setValue);
    void (started ??= checkOnce());
    setValue(health);
    return () => {
      listeners.delete(setValue);
    };
  }, []);
  return value;
}
