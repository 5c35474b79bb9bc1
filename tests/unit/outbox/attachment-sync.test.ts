import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftAttachment } from '../../../src/app/attachments/types.ts';
import { listAttachments } from '../../../src/app/outbox/attachment-store.ts';
import { getDatabase } from '../../../src/app/outbox/db.ts';
import { uploadTimeoutMs } from '../../../src/app/outbox/file-client.ts';
import { enqueue, getRecord, purgeExpired } from '../../../src/app/outbox/outbox.ts';
import { SyncEngine } from '../../../src/app/outbox/sync-engine.ts';
import { draftAttachment, jpegBytes, pdfBytes, submissionWith } from '../../support/attachments.ts';
import { dropDatabase, useFreshDatabase } from '../../support/fresh-database.ts';
import { FileIntakeServer } from '../../support/file-intake-server.ts';

const HOUR = 3_600_000;
let server: FileIntakeServer;
let baseUrl: string;
let clock: number;

function engine(overrides: Partial<ConstructorParameters<typeof SyncEngine>[0]> = {}): SyncEngine {
  return new SyncEngine({ retentionMs: 24 * HOUR, baseUrl, timeoutMs: 2_000, now: () => clock, random: () => 0.5, ...overrides });
}

async function queueWith(...drafts: DraftAttachment[]): Promise<string> {
  const { payload, receipt } = submissionWith(drafts);
  await enqueue(payload, receipt, clock, undefined, drafts);
  clock += 1;
  return payload.id;
}

/** Lists the requests as `METHOD file N` (N its index in `drafts`) or `METHOD submission`. */
function trace(drafts: readonly DraftAttachment[]): string[] {
  return server.log.map(({ method, sha256 }) => `${method} ${sha256 ? `file ${drafts.findIndex((draft) => draft.sha256 === sha256)}` : 'submission'}`);
}

beforeEach(async () => {
  clock = Date.parse('2026-12-04T03:00:00Z');
  useFreshDatabase('attachment-sync');
  server = new FileIntakeServer();
  baseUrl = await server.start();
});

afterEach(async () => {
  await server.stop();
  await dropDatabase();
});

describe('sync engine with attachments', () => {
  it('uploads files in order before the submission', async () => {
    const drafts = [draftAttachment(jpegBytes(3_000, 1)), draftAttachment(pdfBytes(4_000), 'surat-kuasa.pdf', 'application/pdf')];
    const id = await queueWith(...drafts);

    const report = await engine().sync();

    expect(report.sent).toEqual([id]);
    expect(trace(drafts)).toEqual(['HEAD file 0', 'PUT file 0', 'HEAD file 1', 'PUT file 1', 'POST submission']);
    expect(server.files.get(drafts[0]!.sha256)).toEqual(Buffer.from(jpegBytes(3_000, 1)));
    expect(server.files.get(drafts[1]!.sha256)).toEqual(Buffer.from(pdfBytes(4_000)));
    expect(server.accepted.get(id)?.attachments?.map((ref) => ref.sha256)).toEqual(drafts.map((draft) => draft.sha256));
  });

  it('skips the upload of a file the server holds', async () => {
    const drafts = [draftAttachment(jpegBytes(3_000, 2))];
    server.files.set(drafts[0]!.sha256, Buffer.from(jpegBytes(3_000, 2)));
    await queueWith(...drafts);

    await engine().sync();

    expect(trace(drafts)).toEqual(['HEAD file 0', 'POST submission']);
  });

  it('sends no finished file again after a failure', async () => {
    const drafts = [draftAttachment(jpegBytes(3_000, 3)), draftAttachment(jpegBytes(3_000, 4), 'foto-2.jpg')];
    const id = await queueWith(...drafts);
    let failures = 1;
    server.override = (request) => (request.method === 'PUT' && request.sha256 === drafts[1]!.sha256 && failures-- > 0 ? { status: 503, body: { error: 'unavailable' } } : undefined);

    const first = await engine().sync();
    expect(first.retried).toEqual([id]);
    expect((await listAttachments(id)).map((row) => row.uploaded)).toEqual([true, false]);
    expect((await getRecord(id))?.lastError).toEqual({ status: 503, code: 'unavailable' });

    server.log.length = 0;
    const second = await engine().sync({ ignoreBackoff: true });
    expect(second.sent).toEqual([id]);
    expect(trace(drafts)).toEqual(['HEAD file 1', 'PUT file 1', 'POST submission']);
  });

  it('checks before re-uploading after a lost response', async () => {
    const drafts = [draftAttachment(jpegBytes(3_000, 5))];
    const id = await queueWith(...drafts);
    // The server stores the file, but its response comes after the device gave up.
    server.delayResponse = (request) => (request.method === 'PUT' ? 1_000 : 0);

    const first = await engine({ uploadTimeoutMs: () => 200 }).sync();
    expect(first.retried).toEqual([id]);
    expect((await getRecord(id))?.lastError?.code).toBe('timeout');
    expect(server.files.has(drafts[0]!.sha256)).toBe(true);

    server.delayResponse = () => 0;
    server.log.length = 0;
    await engine().sync({ ignoreBackoff: true });
    expect(trace(drafts)).toEqual(['HEAD file 0', 'POST submission']);
    expect((await getRecord(id))?.state).toBe('sent');
  });

  it('sends the next submission past a stalled upload', async () => {
    const big = draftAttachment(jpegBytes(400_000, 6), 'scan-besar.jpg');
    const small = draftAttachment(jpegBytes(2_000, 7), 'foto-kecil.jpg');
    const stalledId = await queueWith(big);
    const textOnlyId = await queueWith();
    const smallId = await queueWith(small);
    server.delayResponse = (request) => (request.sha256 === big.sha256 && request.method === 'PUT' ? 1_500 : 0);

    const report = await engine({ uploadTimeoutMs: (size) => (size > 100_000 ? 200 : 2_000) }).sync();

    expect(report.retried).toEqual([stalledId]);
    expect(report.sent).toEqual([textOnlyId, smallId]);
    const stalled = await getRecord(stalledId);
    expect(stalled?.state).toBe('queued');
    expect(stalled?.lastError?.code).toBe('timeout');
    // Equal jitter with random 0.5: three quarters of the 5 s base delay.
    expect(stalled?.nextAttemptAt).toBe(clock + 3_750);
  });

  it('stops the pass when the network is down', async () => {
    const firstId = await queueWith(draftAttachment(jpegBytes(2_000, 8)));
    const secondId = await queueWith(draftAttachment(jpegBytes(2_000, 9)));
    await server.stop();

    const report = await engine().sync();

    expect(report.retried).toEqual([firstId]);
    expect((await getRecord(firstId))?.lastError?.code).toBe('network');
    expect((await getRecord(secondId))?.attempts).toBe(0);
  });

  it('uploads again the files the server reports missing', async () => {
    const drafts = [draftAttachment(jpegBytes(3_000, 10)), draftAttachment(jpegBytes(3_000, 11), 'foto-2.jpg')];
    const id = await queueWith(...drafts);
    let lose = true;
    // The server loses the second file between its upload and the submission.
    server.override = (request) => {
      if (request.method === 'POST' && lose) {
        lose = false;
        server.files.delete(drafts[1]!.sha256);
      }
      return undefined;
    };

    const first = await engine().sync();
    expect(first.retried).toEqual([id]);
    const waiting = await getRecord(id);
    expect(waiting?.state).toBe('queued');
    expect(waiting?.lastError).toEqual({ status: 409, code: 'filesMissing' });
    expect((await listAttachments(id)).map((row) => row.uploaded)).toEqual([true, false]);

    server.log.length = 0;
    const second = await engine().sync({ ignoreBackoff: true });
    expect(second.sent).toEqual([id]);
    expect(trace(drafts)).toEqual(['HEAD file 1', 'PUT file 1', 'POST submission']);
  });

  it.each([
    { status: 413, code: 'tooLarge', make: () => draftAttachment(jpegBytes(3_000, 12)), maxFileBytes: 1_000 },
    { status: 415, code: 'unsupportedFileType', make: () => draftAttachment(new Uint8Array(3_000).fill(0x41), 'catatan.jpg') },
    { status: 422, code: 'hashMismatch', make: () => ({ ...draftAttachment(jpegBytes(3_000, 13)), sha256: 'ab'.repeat(32) }) },
  ])('keeps a $status file rejection for attention', async ({ status, code, make, maxFileBytes }) => {
    if (maxFileBytes) server.maxFileBytes = maxFileBytes;
    const fine = draftAttachment(pdfBytes(800), 'surat.pdf', 'application/pdf');
    const id = await queueWith(fine, make());

    const report = await engine().sync();

    expect(report.rejected).toEqual([id]);
    const record = await getRecord(id);
    expect(record?.state).toBe('attention');
    expect(record?.lastError).toEqual({ status, code, fields: [{ field: 'attachments.1', code }] });
    expect(server.requests('POST')).toHaveLength(0);
    expect(await listAttachments(id)).toHaveLength(2);
  });

  it('keeps for attention a file the device lost', async () => {
    const drafts = [draftAttachment(jpegBytes(3_000, 14))];
    const id = await queueWith(...drafts);
    await getDatabase().attachments.delete([id, 0]);

    const report = await engine().sync();

    expect(report.rejected).toEqual([id]);
    expect((await getRecord(id))?.lastError).toEqual({ code: 'fileLost', fields: [{ field: 'attachments.0', code: 'fileLost' }] });
    expect(server.requests('PUT')).toHaveLength(0);
  });

  it('deletes the files once sent', async () => {
    const drafts = [draftAttachment(jpegBytes(3_000, 15), 'foto-ktp.jpg'), draftAttachment(pdfBytes(2_500), 'surat.pdf', 'application/pdf')];
    const id = await queueWith(...drafts);

    await engine().sync();

    expect(await getDatabase().attachments.count()).toBe(0);
    const record = await getRecord(id);
    expect(record?.state).toBe('sent');
    expect(record?.receipt.attachments).toEqual([
      { name: 'foto-ktp.jpg', size: 3_000 },
      { name: 'surat.pdf', size: 2_500 },
    ]);
    expect(record?.payload?.attachments).toBeUndefined();
  });

  it('keeps queued files past retention', async () => {
    const bytes = jpegBytes(3_000, 16);
    const id = await queueWith(draftAttachment(bytes));

    expect(await purgeExpired(clock + 365 * 24 * HOUR)).toBe(0);

    const [row] = await listAttachments(id);
    expect(row?.blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await row!.blob.arrayBuffer())).toEqual(bytes);
  });

  it('drops file names from the receipt after retention', async () => {
    const id = await queueWith(draftAttachment(jpegBytes(3_000, 17), 'KTP Siti Contoh.jpg'));
    await engine().sync();

    expect(await purgeExpired(clock + 24 * HOUR)).toBe(1);
    expect((await getRecord(id))?.receipt.attachments).toBeUndefined();
  });
});

describe('upload time limit', () => {
  it('grows with the file size', () => {
    expect(uploadTimeoutMs(0)).toBe(20_000);
    expect(uploadTimeoutMs(16_000)).toBe(21_000);
    expect(uploadTimeoutMs(5 * 1024 * 1024)).toBe(20_000 + 327_680);
  });
});
