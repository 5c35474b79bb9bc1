// @vitest-environment node
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { FileStore } from '../../src/server/storage/file-store.ts';
import { jpegBytes, pdfBytes, sha256Hex } from '../support/attachment-bytes.ts';
import { createTemporaryDirectory, removeTemporaryDirectories } from './test-server.ts';

// Lets one test make the rename fail, as a crash between writing and renaming would leave it.
const failRename = vi.hoisted(() => ({ next: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    rename: async (from: string, to: string) => {
      if (failRename.next) {
        failRename.next = false;
        throw Object.assign(new Error('simulated power cut before rename'), { code: 'EIO' });
      }
      return original.rename(from, to);
    },
  };
});

afterEach(() => {
  failRename.next = false;
});

afterAll(async () => {
  await removeTemporaryDirectories();
});

async function openStore(): Promise<{ store: FileStore; dataDir: string }> {
  const dataDir = await createTemporaryDirectory('loket-files-');
  return { store: new FileStore(dataDir), dataDir };
}

describe('FileStore', () => {
  it('stores bytes under files/<first two hex>/<sha256>', async () => {
    const { store, dataDir } = await openStore();
    const bytes = jpegBytes(1000, 0x51);
    const sha256 = sha256Hex(bytes);

    const result = await store.store(sha256, bytes);

    expect(result).toEqual({ created: true });
    expect(sha256Hex(await readFile(join(dataDir, 'files', sha256.slice(0, 2), sha256)))).toBe(sha256);
    expect(await store.size(sha256)).toBe(1000);
    expect(sha256Hex((await store.read(sha256)) as Buffer)).toBe(sha256);
  });

  it('does not write a stored file again', async () => {
    const { store, dataDir } = await openStore();
    const bytes = pdfBytes('once');
    const sha256 = sha256Hex(bytes);
    await store.store(sha256, bytes);
    const before = await stat(join(dataDir, 'files', sha256.slice(0, 2), sha256));

    const again = await store.store(sha256, bytes);

    expect(again).toEqual({ created: false });
    expect((await stat(join(dataDir, 'files', sha256.slice(0, 2), sha256))).ino).toBe(before.ino);
  });

  it('restricts folders and files to the owner', async () => {
    const { store, dataDir } = await openStore();
    const bytes = jpegBytes(64, 0x52);
    const sha256 = sha256Hex(bytes);

    await store.store(sha256, bytes);

    expect((await stat(join(dataDir, 'files', sha256.slice(0, 2)))).mode & 0o777).toBe(0o700);
    expect((await stat(join(dataDir, 'files', sha256.slice(0, 2), sha256))).mode & 0o777).toBe(0o600);
  });

  it('reports a missing file as undefined', async () => {
    const { store } = await openStore();
    const sha256 = sha256Hex(jpegBytes(64, 0x53));

    expect(await store.size(sha256)).toBeUndefined();
    expect(await store.read(sha256)).toBeUndefined();
  });

  it('leaves nothing under the hash when the rename fails', async () => {
    const { store, dataDir } = await openStore();
    const bytes = jpegBytes(2000, 0x54);
    const sha256 = sha256Hex(bytes);
    failRename.next = true;

    await expect(store.store(sha256, bytes)).rejects.toThrow('simulated power cut');

    expect(await store.size(sha256)).toBeUndefined();
    expect(await readdir(join(dataDir, 'files', sha256.slice(0, 2)))).toEqual([]);
    expect(await store.store(sha256, bytes)).toEqual({ created: true });
  });

  it('ignores a temporary file left by a crash', async () => {
    const { store, dataDir } = await openStore();
    const bytes = jpegBytes(2000, 0x55);
    const sha256 = sha256Hex(bytes);
    const folder = join(dataDir, 'files', sha256.slice(0, 2));
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `${sha256}.crashed.tmp`), bytes.subarray(0, 700));

    expect(await store.size(sha256)).toBeUndefined();
    expect(await store.store(sha256, bytes)).toEqual({ created: true });
    expect(await store.size(sha256)).toBe(2000);
  });

  it('removes only stale temporary files', async () => {
    const { store, dataDir } = await openStore();
    const kept = jpegBytes(64, 0x56);
    await store.store(sha256Hex(kept), kept);
    const folder = join(dataDir, 'files', 'ab');
    await mkdir(folder, { recursive: true });
    const stale = join(folder, `${'ab'.repeat(32)}.old.tmp`);
    const young = join(folder, `${'ab'.repeat(32)}.young.tmp`);
    await writeFile(stale, 'partial');
    await writeFile(young, 'partial');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(stale, twoHoursAgo, twoHoursAgo);

    const removed = await store.removeStaleTemporaryFiles(60 * 60 * 1000);

    expect(removed).toBe(1);
    expect(await readdir(folder)).toEqual([`${'ab'.repeat(32)}.young.tmp`]);
    expect(await store.size(sha256Hex(kept))).toBe(64);
  });

  it('removes nothing before the first upload', async () => {
    const { store } = await openStore();

    expect(await store.removeStaleTemporaryFiles(0)).toBe(0);
  });

  it.each(['../../loket.sqlite', 'A'.repeat(64), 'a'.repeat(65), ''])('rejects the hash "%s"', async (sha256) => {
    const { store } = await openStore();

    await expect(store.size(sha256)).rejects.toThrow(RangeError);
    await expect(store.store(sha256, jpegBytes())).rejects.toThrow(RangeError);
  });
});
