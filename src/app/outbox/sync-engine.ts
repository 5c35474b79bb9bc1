import { getDeviceIdentity } from '../device.ts';
import { activeToken } from '../numbering/enrolment.ts';
import { type BlockRefreshOutcome, listHeldBlocks, refreshNumberBlocks } from '../numbering/number-blocks.ts';
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
  /** The outcome of the pass's number-block refresh; absent when none ran. */
  blocks?: BlockRefreshOutcome;
}

export interface SyncEngineOptions {
  retentionMs: number;
  baseUrl?: string;
  timeoutMs?: number;
  /** How often the timer looks for submissions whose backoff has passed. */
  intervalMs?: number;
  now?: () => number;
  random?: () => number;
  /** How long the device goes without asking for number blocks while it issues none. */
  blockRefreshIntervalMs?: number;
}

const DEFAULT_BLOCK_REFRESH_INTERVAL_MS = 10 * 60_000;

export const SYNC_LOCK_NAME = 'loket-outbox-sync';
const NETWORK_CODES = new Set(['network', 'timeout']);

export class SyncEngine {
  private current: Promise<SyncReport> | null = null;
  private requested = false;
  private requestedIgnoreBackoff = false;
  private requestedBlocks = false;
  private lastBlockRefresh = Number.NEGATIVE_INFINITY;
  /** The holdings at the last refresh; a change means numbers were issued since. */
  private lastHoldings = '';

  constructor(private readonly options: SyncEngineOptions) {}

  /**
   * Runs a pass, or joins the running one and adds a pass after it. `refreshBlocks` requests
   * number blocks from the server in this pass even if nothing was issued since the last time.
   */
  sync({ ignoreBackoff = false, refreshBlocks = false }: { ignoreBackoff?: boolean; refreshBlocks?: boolean } = {}): Promise<SyncReport> {
    this.requested = true;
    this.requestedIgnoreBackoff ||= ignoreBackoff;
    this.requestedBlocks ||= refreshBlocks;
    this.current ??= this.drain().finally(() => {
      this.current = null;
      // A trigger that came after the last pass checked for more work still gets its pass.
      if (this.requested) void this.sync();
    });
    return this.current;
  }

  /** Starts the triggers; returns a function that stops them. */
  start(): () => void {
    const onOnline = () => void this.sync({ ignoreBackoff: true, refreshBlocks: true });
    window.addEventListener('online', onOnline);
    const timer = setInterval(() => void this.sync(), this.options.intervalMs ?? 30_000);
    void this.sync({ ignoreBackoff: true, refreshBlocks: true });
    return () => {
      window.removeEventListener('online', onOnline);
      clearInterval(timer);
    };
  }

  private async drain(): Promise<SyncReport> {
    const report: SyncReport = { sent: [], retried: [], rejected: [] };
    while (this.requested) {
      const ignoreBackoff = this.requestedIgnoreBackoff;
      const forceBlocks = this.requestedBlocks;
      this.requested = false;
      this.requestedIgnoreBackoff = false;
      this.requestedBlocks = false;
      await withLock(SYNC_LOCK_NAME, () => this.pass(ignoreBackoff, forceBlocks, report));
    }
    return report;
  }

  private async pass(ignoreBackoff: boolean, forceBlocks: boolean, report: SyncReport): Promise<void> {
    const now = this.options.now ?? Date.now;
    await purgeExpired(now());
    const token = await activeToken();
    let offline = false;

    for (const due of await listDue(now(), ignoreBackoff)) {
      // Another tab may have sent it between the query and now: read it again under the lock.
      const record = await getRecord(due.id);
      if (!record || record.state !== 'queued' || !record.payload) continue;

      const outcome = await sendSubmission(record.payload, { baseUrl: this.options.baseUrl, timeoutMs: this.options.timeoutMs, token });
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
        if (NETWORK_CODES.has(outcome.code)) {
          offline = true;
          break;
        }
      }
    }
    if (token && !offline) report.blocks = await this.refreshBlocksIfDue(forceBlocks, now());
  }

  /**
   * Tops up number blocks after numbers were issued, when asked, and otherwise every
   * blockRefreshIntervalMs. Running inside the sync lock keeps the holdings this tab reports
   * consistent with what every other tab has issued and sent.
   */
  private async refreshBlocksIfDue(force: boolean, now: number): Promise<BlockRefreshOutcome | undefined> {
    const holdings = JSON.stringify((await listHeldBlocks()).map((block) => [block.id, block.nextSeq]));
    const interval = this.options.blockRefreshIntervalMs ?? DEFAULT_BLOCK_REFRESH_INTERVAL_MS;
    if (!force && holdings === this.lastHoldings && now - this.lastBlockRefresh < interval) return undefined;
    const outcome = await refreshNumberBlocks({ baseUrl: this.options.baseUrl, timeoutMs: this.options.timeoutMs });
    if (outcome === 'updated') {
      this.lastBlockRefresh = now;
      this.lastHoldings = JSON.stringify((await listHeldBlocks()).map((block) => [block.id, block.nextSeq]));
    }
    return outcome;
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

/** Sends what is queued and requests number blocks now: the setup screen's refresh. */
export async function requestBlockRefresh(): Promise<SyncReport | undefined> {
  return engine?.sync({ ignoreBackoff: true, refreshBlocks: true });
}
