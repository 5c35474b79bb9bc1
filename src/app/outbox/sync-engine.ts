import type { ApiError, SubmissionPayload } from '../../domain/submission.ts';
import { getDeviceIdentity } from '../device.ts';
import { activeToken } from '../numbering/enrolment.ts';
import { type BlockRefreshOutcome, listHeldBlocks, refreshNumberBlocks } from '../numbering/number-blocks.ts';
import { backoffDelay } from './backoff.ts';
import { listAttachments, markAttachmentsNotUploaded, markAttachmentUploaded } from './attachment-store.ts';
import type { RetryOutcome } from './http-outcome.ts';
import { type SendOutcome, sendSubmission } from './intake-client.ts';
import { getRecord, listDue, markNeedsAttention, markRetry, markSent, purgeExpired } from './outbox.ts';
import { uploadAttachments } from './upload-attachments.ts';
import { withLock } from './with-lock.ts';

/**
 * Sends queued submissions to the intake server: at start, on the `online` event, on a timer
 * and when asked ("Kirim sekarang"). One pass runs at a time across all tabs (Web Locks), and
 * triggers that arrive during a pass are folded into one more pass, so a submission is never
 * in flight twice. A submission's attached files go up first (upload-attachments.ts), because
 * the server accepts a submission only once it has stored them all. Nothing is dropped: a
 * rejection marks the record as needing attention.
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
  /** Time limit of one file upload by its size in bytes; file-client.ts uploadTimeoutMs when absent. */
  uploadTimeoutMs?: (size: number) => number;
}

const DEFAULT_BLOCK_REFRESH_INTERVAL_MS = 10 * 60_000;

export const SYNC_LOCK_NAME = 'loket-outbox-sync';
/** Time limit of a HEAD request for a file when the options set none. */
const DEFAULT_FILE_CHECK_TIMEOUT_MS = 20_000;

/**
 * The outcome of sending one record with its files. A retry's `stage` is where it failed, at
 * a file or at the submission. A file's rejection has no status when the device lost its bytes.
 */
type RecordOutcome =
  | Extract<SendOutcome, { kind: 'accepted' | 'filesMissing' }>
  | { kind: 'rejected'; status?: number; code: string; fields?: ApiError['fields'] }
  | (RetryOutcome & { stage: 'files' | 'submission' });

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

      const outcome = await this.sendRecord(record.id, record.payload, token);
      if (outcome.kind === 'accepted') {
        // On a nearly full device even this smaller write can fail. The record then stays
        // queued and the server returns the stored result on its next attempt. The records
        // behind it still get their turn in this pass.
        try {
          await markSent(record.id, outcome.accepted, this.options.retentionMs, now());
          report.sent.push(record.id);
        } catch (error) {
          console.error(`Recording submission ${record.id} as sent failed; it stays queued`, error);
          report.retried.push(record.id);
        }
      } else if (outcome.kind === 'rejected') {
        await markNeedsAttention(record.id, { status: outcome.status, code: outcome.code, fields: outcome.fields });
        report.rejected.push(record.id);
      } else {
        const error = outcome.kind === 'filesMissing' ? { status: 409, code: 'filesMissing' } : { status: outcome.status, code: outcome.code };
        const retryAfter = outcome.kind === 'retry' ? outcome.retryAfterMs : undefined;
        const delay = Math.max(backoffDelay(record.attempts + 1, this.options.random), retryAfter ?? 0);
        await markRetry(record.id, error, now() + delay);
        report.retried.push(record.id);
        // Without a network every other submission would fail the same way. A file upload
        // that timed out shows only that this file is too big for the link right now, so the
        // submissions behind it still get their turn.
        if (outcome.kind === 'retry' && (outcome.code === 'network' || (outcome.code === 'timeout' && outcome.stage === 'submission'))) {
          offline = true;
          break;
        }
      }
    }
    if (token && !offline) report.blocks = await this.refreshBlocksIfDue(forceBlocks, now());
  }

  /**
   * Uploads the record's files that the server may not have yet, then posts the submission.
   * Each file is marked uploaded as soon as the server has stored it, so a pass cut short by a
   * crash or a lost response never sends it again. A 409 filesMissing marks the named files
   * as not uploaded, for the next attempt.
   */
  private async sendRecord(id: string, payload: SubmissionPayload, token: string | undefined): Promise<RecordOutcome> {
    const refs = payload.attachments ?? [];
    if (refs.length > 0) {
      const rows = await listAttachments(id);
      const sources = refs.map((ref, position) => {
        const row = rows.find((candidate) => candidate.position === position);
        return { position, sha256: ref.sha256, size: ref.size, blob: row?.blob, uploaded: row?.uploaded ?? false };
      });
      const upload = await uploadAttachments(sources, {
        baseUrl: this.options.baseUrl,
        token,
        timeoutMs: this.options.timeoutMs ?? DEFAULT_FILE_CHECK_TIMEOUT_MS,
        uploadTimeoutMs: this.options.uploadTimeoutMs,
        onUploaded: (position) => markAttachmentUploaded(id, position),
      });
      if (upload.kind === 'retry') return { ...upload, stage: 'files' };
      if (upload.kind === 'rejected') {
        const fields = [{ field: `attachments.${upload.position}`, code: upload.code }];
        return { kind: 'rejected', status: upload.status, code: upload.code, fields };
      }
    }

    const outcome = await sendSubmission(payload, { baseUrl: this.options.baseUrl, timeoutMs: this.options.timeoutMs, token });
    if (outcome.kind === 'filesMissing') await markAttachmentsNotUploaded(id, outcome.positions);
    return outcome.kind === 'retry' ? { ...outcome, stage: 'submission' } : outcome;
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
