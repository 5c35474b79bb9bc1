// @vitest-environment node
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exeBytes, htmlBytes, jpegBytes, pdfBytes, pngBytes, sha256Hex, webpBytes } from '../support/attachment-bytes.ts';
import { filePath, headFile, putFile } from './attachment-client.ts';
import { removeTemporaryDirectories, STAFF_TOKEN, startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date('2026-03-02T03:00:00Z'), staffToken: STAFF_TOKEN });
});

afterAll(async () => {
  await server.close();
  await removeTemporaryDirectories();
});

/** Lists the files under `<dataDir>/files`, as `<folder>/<name>`. */
async function filesOnDisk(): Promise<string[]> {
  const root = join(server.dataDir, 'files');
  const folders = await readdir(root).catch(() => []);
  const names: string[] = [];
  for (const folder of folders) {
    for (const name of await readdir(join(root, folder))) names.push(`${folder}/${name}`);
  }
  return names.sort();
}

/** Sends GET with the staff token, another token, or (null) none. */
function download(sha256: string, token: string | null = STAFF_TOKEN): Promise<Response> {
  return server.get(filePath(sha256), token === null ? {} : { authorization: `Bearer ${token}` });
}

describe('PUT /api/v1/files/{sha256}', () => {
  it('stores the bytes unchanged under their hash', async () => {
    const bytes = jpegBytes(4096, 0x31);
    const sha256 = sha256Hex(bytes);

    const response = await putFile(server, bytes);

    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ sha256, size: 4096, type: 'image/jpeg' });
    const onDisk = await readFile(join(server.dataDir, 'files', sha256.slice(0, 2), sha256));
    expect(sha256Hex(onDisk)).toBe(sha256);
    expect(onDisk.length).toBe(4096);
  });

  it.each([
    ['PNG', pngBytes(), 'image/png'],
    ['WebP', webpBytes(), 'image/webp'],
    ['PDF', pdfBytes(), 'application/pdf'],
  ])('accepts %s', async (_name, bytes, type) => {
    const response = await putFile(server, bytes);

    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ sha256: sha256Hex(bytes), size: bytes.length, type });
  });

  it('keeps one file for repeated uploads', async () => {
    const bytes = jpegBytes(2048, 0x32);
    const sha256 = sha256Hex(bytes);

    const path = join(server.dataDir, 'files', sha256.slice(0, 2), sha256);

    const first = await putFile(server, bytes);
    const afterFirst = (await readdir(join(server.dataDir, 'files', sha256.slice(0, 2)))).filter((name) => name.startsWith(sha256));
    const written = await stat(path);
    const second = await putFile(server, bytes);
    const third = await putFile(server, bytes);
    const afterThird = await stat(path);

    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(third.status).toBe(200);
    expect(await second.json()).toEqual({ sha256, size: 2048, type: 'image/jpeg' });
    expect(afterFirst).toEqual([sha256]);
    // The same inode and modification time: the later uploads did not write the file again.
    expect(afterThird.ino).toBe(written.ino);
    expect(afterThird.mtimeMs).toBe(written.mtimeMs);
    expect((await filesOnDisk()).filter((name) => name.endsWith(sha256))).toEqual([`${sha256.slice(0, 2)}/${sha256}`]);
  });

  it('leaves no temporary files behind', async () => {
    await Promise.all([1, 2, 3].map(() => putFile(server, jpegBytes(1024, 0x33))));

    expect((await filesOnDisk()).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('rejects bytes that do not match the hash', async () => {
    const bytes = jpegBytes(512, 0x34);
    const otherHash = sha256Hex(jpegBytes(512, 0x35));

    const response = await putFile(server, bytes, { sha256: otherHash });

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'hashMismatch' });
    expect((await headFile(server, otherHash)).status).toBe(404);
  });

  it.each([
    ['HTML named as a photo', htmlBytes()],
    ['a Windows executable', exeBytes()],
    ['plain text', new TextEncoder().encode('Nama: Siti Contoh')],
  ])('rejects %s with 415', async (_name, bytes) => {
    const response = await putFile(server, bytes);

    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: 'unsupportedFileType' });
    expect((await headFile(server, sha256Hex(bytes))).status).toBe(404);
  });

  it.each([
    ['JSON', 'application/json'],
    ['a form', 'multipart/form-data; boundary=x'],
    ['an image type', 'image/jpeg'],
    ['no media type', null],
  ])('rejects %s as the media type', async (_name, contentType) => {
    const bytes = jpegBytes(256, 0x36);

    const response = await putFile(server, bytes, { contentType });

    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: 'unsupportedMediaType' });
  });

  it('accepts a media type with parameters', async () => {
    const response = await putFile(server, jpegBytes(256, 0x37), { contentType: 'Application/Octet-Stream; charset=binary' });

    expect(response.status).toBe(201);
  });

  it('rejects a file over the limit with 413', async () => {
    // TEST_CONFIG allows 64 KiB a file.
    const bytes = jpegBytes(65_537, 0x38);

    const response = await putFile(server, bytes);

    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'tooLarge' });
    expect((await headFile(server, sha256Hex(bytes))).status).toBe(404);
  });

  it('accepts a file at the limit', async () => {
    const response = await putFile(server, jpegBytes(65_536, 0x39));

    expect(response.status).toBe(201);
  });

  it('rejects an empty body with 400', async () => {
    const response = await putFile(server, new Uint8Array(0));

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'malformed' });
  });

  it.each([
    ['uppercase hex', 'A'.repeat(64)],
    ['63 digits', 'a'.repeat(63)],
    ['a path', '..%2F..%2Floket.sqlite'],
  ])('rejects a hash of %s with 400', async (_name, sha256) => {
    const response = await putFile(server, jpegBytes(), { sha256 });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'malformed' });
  });
});

describe('HEAD /api/v1/files/{sha256}', () => {
  it('reports the size of a stored file', async () => {
    const bytes = pdfBytes('head');
    await putFile(server, bytes);

    const response = await headFile(server, sha256Hex(bytes));

    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('reports a missing file with 404', async () => {
    const response = await headFile(server, sha256Hex(pdfBytes('never uploaded')));

    expect(response.status).toBe(404);
  });

  it('rejects a malformed hash with 400', async () => {
    expect((await headFile(server, 'not-a-hash')).status).toBe(400);
  });
});

describe('GET /api/v1/files/{sha256}', () => {
  it('serves the bytes to staff as a download', async () => {
    const bytes = pngBytes();
    const sha256 = sha256Hex(bytes);
    await putFile(server, bytes);

    const response = await download(sha256);
    const body = new Uint8Array(await response.arrayBuffer());

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${sha256}.png"`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(sha256Hex(body)).toBe(sha256);
  });

  it('serves a PDF as a PDF', async () => {
    const bytes = pdfBytes('download');
    await putFile(server, bytes);

    const response = await download(sha256Hex(bytes));

    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${sha256Hex(bytes)}.pdf"`);
  });

  it('requires the staff token', async () => {
    const bytes = jpegBytes(128, 0x40);
    await putFile(server, bytes);

    const missing = await download(sha256Hex(bytes), null);
    const wrong = await download(sha256Hex(bytes), 'wrong-token-0123456789');

    expect(missing.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'unauthorized' });
  });

  it('reports a missing file with 404', async () => {
    const response = await download(sha256Hex(jpegBytes(128, 0x41)));

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'notFound' });
  });

  it('is switched off without a staff token', async () => {
    const withoutStaff = await startTestServer();
    try {
      const response = await withoutStaff.get(filePath(sha256Hex(jpegBytes())));

      expect(response.status).toBe(403);
    } finally {
      await withoutStaff.close();
    }
  });
});
