import { checkFile, uploadFile, uploadTimeoutMs } from './file-client.ts';
import type { RetryOutcome } from './http-outcome.ts';

/** A file to put on the server before its submission: from IndexedDB while syncing, from memory when sent directly. */
export interface UploadSource {
  /** Index in `payload.attachments`. */
  position: number;
  sha256: string;
  size: number;
  /** Undefined when the device no longer has the bytes; then only the server's copy can help. */
  blob: Blob | undefined;
  /** Known to be on the server already; skipped without asking. */
  uploaded: boolean;
}

export interface UploadOptions {
  baseUrl?: string;
  token?: string;
  /** Time limit of a HEAD request. */
  timeoutMs: number;
  /** Time limit of one PUT for a file of `size` bytes. */
  uploadTimeoutMs?: (size: number) => number;
  /** Called as each file is known to be on the server, before the next one starts. */
  onUploaded: (position: number) => Promise<void>;
}

/**
 * `rejected` names the file the server refused by its position; `fileLost` means the device
 * has no bytes for a file the server lacks, which no retry can fix.
 */
export type UploadAllOutcome = { kind: 'uploaded' } | RetryOutcome | { kind: 'rejected'; status?: number; code: string; position: number };

/**
 * Puts every file that is not yet known to be on the server there, one after another, asking
 * first whether the server already has it (another submission carried the same file, or the
 * response to an earlier upload was lost). Stops at the first file that fails.
 */
export async function uploadAttachments(sources: readonly UploadSource[], options: UploadOptions): Promise<UploadAllOutcome> {
  const request = { baseUrl: options.baseUrl, token: options.token };
  const timeoutFor = options.uploadTimeoutMs ?? uploadTimeoutMs;

  for (const source of sources) {
    if (source.uploaded) continue;

    const check = await checkFile(source.sha256, { ...request, timeoutMs: options.timeoutMs });
    if (check.kind === 'retry') return check;
    if (check.kind === 'absent') {
      if (!source.blob) return { kind: 'rejected', code: 'fileLost', position: source.position };
      const upload = await uploadFile(source.sha256, source.blob, { ...request, timeoutMs: timeoutFor(source.size) });
      if (upload.kind === 'retry') return upload;
      if (upload.kind === 'rejected') return { ...upload, position: source.position };
    }
    await options.onUploaded(source.position);
  }
  return { kind: 'uploaded' };
}
