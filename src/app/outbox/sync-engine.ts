import { getDeviceIdentity } from '../device.ts';
import { backoffDelay } from './backoff.ts';
import { sendSubmission } from './intake-client.ts';
import { getRecord, listDue, markNeedsAttention, markRetry, markSent, purgeExpired } from './outbox.ts';
import { withLock } from './with-lock.ts';

/**
 * Sends queued submissions to the intake server: at start, on the `online` event, on a timer
 * and when asked ("Kirim sekarang"). One pass runs at a time across all tabs (Web Locks), and
 * triggers that arrive during a pass are folded into one more pass, so a submission is never
 * in flight twice. Nothing is dropped: a rejection marks the record as needing attention.
 */

export interface SyncReport {
  sent: string[];
  retried: string[];
  rejected: string[];
}

export interface SyncEngineOptions {
  retentionMs: number;
  baseUrl?: string;
  timeoutMs?: number;
  /** How often the timer looks for submissions whose backoff has passed. */
  intervalMs?: number;
  now?: () => number;
  random?: () => number;
}

export const SYNC_LOCK_NAME = 'loket-outbox-sync';
const NETWORK_CODES = new Set(['network', 'timeout']);

export class SyncEngine {
  private current: Promise<SyncReport> | null = null;
  private requested = false;
  private requestedIgnoreBackoff = false;

  constructor(private readonly options: SyncEngineOptions) {}

  /** Runs a pass, or joins the running one and adds a pass after it. */
  sync({ ignoreBackoff = false }: { ignoreBackoff?: boolean } = {}): Promise<SyncReport> {
    this.requested = true;
    this.requestedIgnoreBackoff ||= ignoreBackoff;
    this.current ??= this.drain().finally(() => {
      this.current = null;
      // A trigger that came after the last pass checked for more work still gets its pass.
      if (this.requested) void this.sync();
    });
    return this.current;
  }

  /** Starts the triggers; returns a function that stops them. */
  start(): () => void {
    const onOnline = () => void this.sync({ ignoreBackoff: true });
    window.addEventListener('online', onOnline);
    const timer = setInterval(() => void this.sync(), this.options.intervalMs ?? 30_000);
    void this.sync({ ignoreBackoff: true });
    return () => {
      window.removeEventListener('online', onOnline);
      clearInterval(timer);
    };
  }

  private async drain(): Promise<SyncReport> {
    const report: SyncReport = { sent: [], retried: [], rejected: [] };
    while (this.requested) {
      const ignoreBackoff = this.requestedIgnoreBackoff;
      this.requested = false;
      this.requestedIgnoreBackoff = false;
      await withLock(SYNC_LOCK_NAME, () => this.pass(ignoreBackoff, report));
    }
    return report;
  }

  private async pass(ignoreBackoff: boolean, report: SyncReport): Promise<void> {
    const now = this.options.now ?? Date.now;
    await purgeExpired(now());

    for (const due of await listDue(now(), ignoreBackoff)) {
      // Another tab may have sent it between the query and now: read it again under the lock.
      const record = await getRecord(due.id);
      if (!record || record.state !== 'queued' || !record.payload) continue;

      const outcome = await sendSubmission(record.payload, { baseUrl: this.options.baseUrl, timeoutMs: this.options.timeoutMs });
      if (outcome.kind === 'accepted') {
        await markSent(record.id, outcome.accepted, this.options.retentionMs, now());
        report.sent.push(record.id);
      } else if (outcome.kind === 'rejected') {
        await markNeedsAttention(record.id, { status: outcome.status, code: outcome.code, fields: outcome.fields });
        report.rejected.push(record.id);
      } else {
        const delay = Math.max(backoffDelay(record.attempts + 1, this.options.random), outcome.retryAfterMs ?? 0);
        await markRetry(record.id, { status: outcome.status, code: outcome.code }, now() + delay);
        report.retried.push(record.id);
        // Without a network every other submission would fail the same way.
        if (NETWORK_CODES.has(outcome.code)) break;
      }
    }
  }
}

let engine: SyncEngine | undefined;

/** Starts the app's one sync engine; call once at startup. */
export function startSyncEngine(options: Partial<SyncEngineOptions> = {}): () => void {
  const retentionMs = getDeviceIdentity().retentionHours * 3_600_000;
  engine = new SyncEngine({ retentionMs, ...options });
  return engine.start();
}

/** Sends what is queued now, ignoring backoff: the "Kirim sekarang" button. */
export async function requestSync(): Promise<SyncReport | undefined> {
  return engine?.sync({ ignoreBackoff: true });
}
