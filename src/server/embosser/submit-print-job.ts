import { spawn } from 'node:child_process';

/**
 * Milliseconds lp may take before it is stopped. lp returns once it has sent the whole
 * document to the CUPS scheduler, which for a BRF of at most 64 KiB should take well under a
 * second (an estimate), so 15 s means CUPS is stuck or unreachable. The kiosk app stops
 * waiting for the server after 20 s, so the server's 502 must come before that: a job that
 * lp queued after the device gave up would be printed while the screen reports a failure.
 */
export const DEFAULT_LP_TIMEOUT_MS = 15_000;

/** Milliseconds between SIGTERM and SIGKILL, for an lp that ignores SIGTERM. */
const KILL_GRACE_MS = 2_000;

/** Characters of lp's output kept for parsing and logging; lp writes one or two short lines. */
const MAX_OUTPUT_CHARS = 4_096;

export interface PrintJob {
  /** The lp program: a name looked up on PATH or an absolute path. */
  lpCommand: string;
  /** CUPS queue name, already checked with isCupsQueueName. */
  queue: string;
  /** Job title for the queue (`lp -t`); lp takes the next argument as the title even when it starts with `-`. */
  title: string;
  /** The bytes to print, written to lp's standard input. */
  data: Buffer;
  timeoutMs: number;
}

export type PrintJobOutcome =
  | { outcome: 'queued'; jobId: string | undefined }
  | {
      outcome: 'failed';
      /** `exited`: non-zero exit; `timedOut`: stopped after timeoutMs; `notStarted`: spawn failed. */
      reason: 'exited' | 'timedOut' | 'notStarted';
      exitCode: number | null;
      signal: NodeJS.Signals | null;
      /** lp's standard error, trimmed to its first 4,096 characters. */
      stderr: string;
      /** The system error code when lp could not start, such as ENOENT. */
      errorCode?: string;
    };

/**
 * Submits a raw print job with `lp -o raw -d QUEUE -t TITLE`, the data on standard input.
 * The arguments go to lp as an argument vector without a shell, so neither the queue nor the
 * title can run anything. Resolves, never rejects: a failure is an outcome the caller reports.
 */
export function submitPrintJob(job: PrintJob): Promise<PrintJobOutcome> {
  return new Promise((resolve) => {
    // LC_ALL=C keeps lp's "request id is QUEUE-12 (1 file(s))" in English, because CUPS
    // translates that line for the locale and the job id is parsed from it.
    const child = spawn(job.lpCommand, ['-o', 'raw', '-d', job.queue, '-t', job.title], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    });

    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;

    const finish = (outcome: PrintJobOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timeoutTimer);
      clearTimeout(killTimer);
      resolve(outcome);
    };

    const timeoutTimer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
    }, job.timeoutMs);

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout = (stdout + chunk).slice(0, MAX_OUTPUT_CHARS)));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(0, MAX_OUTPUT_CHARS)));
    // An lp that exits before reading everything (an unknown queue, say) closes the pipe, and
    // the write fails with EPIPE. The exit code already reports that failure.
    child.stdin.on('error', () => {});
    child.stdin.end(job.data);

    child.on('error', (error: NodeJS.ErrnoException) => {
      if (child.pid !== undefined) return;
      finish({ outcome: 'failed', reason: 'notStarted', exitCode: null, signal: null, stderr: '', errorCode: error.code ?? error.message });
    });
    // After a timeout the result is known at exit. A child that lp started could keep the
    // pipes open, and 'close' would then wait for it.
    child.on('exit', (exitCode, signal) => {
      if (timedOut) finish({ outcome: 'failed', reason: 'timedOut', exitCode, signal, stderr: stderr.trim() });
    });
    child.on('close', (exitCode, signal) => {
      if (exitCode === 0) finish({ outcome: 'queued', jobId: parseJobId(stdout) });
      else finish({ outcome: 'failed', reason: 'exited', exitCode, signal, stderr: stderr.trim() });
    });
  });
}

/** Reads the job id from lp's "request id is EMBOSSER-12 (1 file(s))". */
function parseJobId(stdout: string): string | undefined {
  return /request id is (\S+)/.exec(stdout)?.[1];
}
