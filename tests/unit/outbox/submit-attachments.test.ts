import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftAttachment } from '../../../src/app/attachments/types.ts';
import { getDatabase } from '../../../src/app/outbox/db.ts';
import { getRecord } from '../../../src/app/outbox/outbox.ts';
import { submitSubmission } from '../../../src/app/outbox/submit.ts';
import { SIGN_LANGUAGE_CACHE } from '../../../src/sw/cache-names.ts';
import { draftAttachment, jpegBytes, pdfBytes, submissionWith } from '../../support/attachments.ts';
import { dropDatabase, useFreshDatabase } from '../../support/fresh-database.ts';
import { FileIntakeServer } from '../../support/file-intake-server.ts';
import { MemoryCacheStorage, OriginStorage } from '../../support/memory-cache-storage.ts';

let server: FileIntakeServer;
let baseUrl: string;

function quotaExceeded(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** Makes every write to a table fail with `error`, as IndexedDB does when the origin's quota is used up. */
function failWrites(table: 'outbox' | 'attachments', error: () => Error = quotaExceeded): void {
  getDatabase()
    .table(table)
    .hook('creating', () => {
      throw error();
    });
}

function drafts(): DraftAttachment[] {
  return [draftAttachment(jpegBytes(3_000, 1), 'foto-ktp.jpg'), draftAttachment(pdfBytes(2_000), 'surat-kuasa.pdf', 'application/pdf')];
}

beforeEach(async () => {
  useFreshDatabase('submit-attachments');
  server = new FileIntakeServer();
  baseUrl = await server.start();
  // A page's fetch resolves /api/... against its origin; in Node the test does it.
  const nodeFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => nodeFetch(typeof input === 'string' && input.startsWith('/') ? `${baseUrl}${input}` : input, init));
  // Node 20 has no navigator, which the storage check after queueing reads.
  vi.stubGlobal('navigator', {});
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await server.stop();
  await dropDatabase();
});

describe('submitting with attachments', () => {
  it('queues the files with the text', async () => {
    const files = drafts();
    const { payload, receipt } = submissionWith(files);

    const result = await submitSubmission(payload, receipt, undefined, files);

    expect(result).toEqual({ kind: 'queued', id: payload.id });
    expect(await getDatabase().attachments.where('submissionId').equals(payload.id).count()).toBe(2);
  });

  describe('when storage is full', () => {
    it('queues the text without the files', async () => {
      vi.stubGlobal('navigator', { onLine: false });
      const files = drafts();
      const { payload, receipt } = submissionWith(files);
      failWrites('attachments');

      const result = await submitSubmission(payload, receipt, undefined, files);

      expect(result).toEqual({ kind: 'queued', id: payload.id, droppedFiles: ['foto-ktp.jpg', 'surat-kuasa.pdf'] });
      const record = await getRecord(payload.id);
      expect(record?.state).toBe('queued');
      expect(record?.payload?.attachments).toBeUndefined();
      expect(record?.payload?.values).toEqual(payload.values);
      expect(record?.receipt.attachments).toBeUndefined();
      expect(record?.receipt.droppedAttachments).toEqual(['foto-ktp.jpg', 'surat-kuasa.pdf']);
      expect(await getDatabase().attachments.count()).toBe(0);
      expect(server.log).toEqual([]);
    });

    it('keeps the files that fit', async () => {
      vi.stubGlobal('navigator', { onLine: false });
      const files = drafts();
      const { payload, receipt } = submissionWith(files);
      // Room for the small PDF, not for the larger photo.
      getDatabase()
        .attachments.hook('creating', (_key, row) => {
          if (row.size > 2_500) throw quotaExceeded();
        });

      const result = await submitSubmission(payload, receipt, undefined, files);

      expect(result).toEqual({ kind: 'queued', id: payload.id, droppedFiles: ['foto-ktp.jpg'] });
      const record = await getRecord(payload.id);
      expect(record?.payload?.attachments?.map((file) => file.name)).toEqual(['surat-kuasa.pdf']);
      expect(record?.receipt.attachments?.map((file) => file.name)).toEqual(['surat-kuasa.pdf']);
      expect(record?.receipt.droppedAttachments).toEqual(['foto-ktp.jpg']);
      expect(await getDatabase().attachments.count()).toBe(1);
    });

    it('sends the files straight when online', async () => {
      const files = drafts();
      const { payload, receipt } = submissionWith(files);
      failWrites('attachments');

      const result = await submitSubmission(payload, receipt, undefined, files);

      expect(result.kind).toBe('sent');
      expect(server.accepted.get(payload.id)?.attachments).toEqual(payload.attachments);
      expect(server.files.size).toBe(2);
    });

    it('sends text and files straight to the server', async () => {
      const files = drafts();
      const { payload, receipt } = submissionWith(files);
      failWrites('attachments');
      failWrites('outbox');

      const result = await submitSubmission(payload, receipt, undefined, files);

      expect(result.kind).toBe('sent');
      expect(server.log.map(({ method }) => method)).toEqual(['HEAD', 'PUT', 'HEAD', 'PUT', 'POST']);
      expect(server.files.get(files[1]!.sha256)).toEqual(Buffer.from(pdfBytes(2_000)));
      expect(server.accepted.get(payload.id)?.attachments).toEqual(payload.attachments);
      expect(await getRecord(payload.id)).toBeUndefined();
    });

    it('reports full storage while offline', async () => {
      const files = drafts();
      const { payload, receipt } = submissionWith(files);
      failWrites('attachments');
      failWrites('outbox');
      await server.stop();

      expect(await submitSubmission(payload, receipt, undefined, files)).toEqual({ kind: 'failed', reason: 'storageFull' });
    });
  });

  describe('when cached sign-language videos fill storage', () => {
    const video = new Uint8Array(50_000).fill(7);
    let storage: OriginStorage;

    beforeEach(async () => {
      vi.stubGlobal('navigator', { onLine: false });
      // IndexedDB and the Cache API share one origin quota: the files fit only once the
      // videos are gone.
      storage = new OriginStorage(Number.MAX_SAFE_INTEGER);
      const caches = new MemoryCacheStorage(storage);
      vi.stubGlobal('caches', caches);
      const cache = await caches.open(SIGN_LANGUAGE_CACHE);
      await cache.put('http://127.0.0.1/sign-language/bisindo/screen.start.vtt', new Response('WEBVTT\n'));
      await cache.put('http://127.0.0.1/sign-language/bisindo/screen.start.webm', new Response(video, { headers: { 'content-length': String(video.byteLength) } }));
    });

    it('deletes the videos and queues the files', async () => {
      getDatabase().attachments.hook('creating', () => {
        if (storage.usage >= video.byteLength) throw quotaExceeded();
      });
      const files = drafts();
      const { payload, receipt } = submissionWith(files);

      const result = await submitSubmission(payload, receipt, undefined, files);

      expect(result).toEqual({ kind: 'queued', id: payload.id });
      expect(await getDatabase().attachments.where('submissionId').equals(payload.id).count()).toBe(2);
      const cached = await (await caches.open(SIGN_LANGUAGE_CACHE)).keys();
      expect(cached.map((request) => new URL(request.url).pathname)).toEqual(['/sign-language/bisindo/screen.start.vtt']);
    });

    it('drops the files when deleting videos is not enough', async () => {
      failWrites('attachments');
      const files = drafts();
      const { payload, receipt } = submissionWith(files);

      const result = await submitSubmission(payload, receipt, undefined, files);

      expect(result).toEqual({ kind: 'queued', id: payload.id, droppedFiles: ['foto-ktp.jpg', 'surat-kuasa.pdf'] });
    });
  });

  it('rethrows a file write error other than a full disk', async () => {
    const files = drafts();
    const { payload, receipt } = submissionWith(files);
    failWrites('attachments', () => new Error('write failed'));

    await expect(submitSubmission(payload, receipt, undefined, files)).rejects.toThrow('write failed');
    expect(await getRecord(payload.id)).toBeUndefined();
  });

  describe('without IndexedDB', () => {
    beforeEach(() => {
      failWrites('outbox', () => new DOMException('IndexedDB is not available.', 'InvalidStateError'));
    });

    it('uploads again a file the server lost', async () => {
      const files = drafts();
      const { payload, receipt } = submissionWith(files);
      let lose = true;
      server.override = (request) => {
        if (request.method === 'POST' && lose) {
          lose = false;
          server.files.delete(files[0]!.sha256);
        }
        return undefined;
      };

      const result = await submitSubmission(payload, receipt, undefined, files);

      expect(result.kind).toBe('sent');
      expect(server.log.map(({ method }) => method)).toEqual(['HEAD', 'PUT', 'HEAD', 'PUT', 'POST', 'HEAD', 'PUT', 'POST']);
    });

    it('names a file the server rejects', async () => {
      const files = [draftAttachment(pdfBytes(2_000), 'surat.pdf', 'application/pdf'), draftAttachment(new Uint8Array(2_000).fill(0x41), 'catatan.jpg')];
      const { payload, receipt } = submissionWith(files);

      const result = await submitSubmission(payload, receipt, undefined, files);

      expect(result).toEqual({ kind: 'failed', reason: 'rejected', fields: [{ field: 'attachments.1', code: 'unsupportedFileType' }] });
      expect(server.requests('POST')).toHaveLength(0);
    });
  });
});
