import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIGN_LANGUAGE_CACHE } from '../../../src/sw/cache-names.ts';
import { deleteSignLanguageFilesExcept, freeSignLanguageSpace, listSignLanguageFiles } from '../../../src/sw/sign-language-files.ts';
import { OUTBOX_RESERVE_BYTES } from '../../../src/sw/sign-language-store.ts';
import { MemoryCacheStorage, OriginStorage } from '../../support/memory-cache-storage.ts';

const ORIGIN = 'http://127.0.0.1:8080';
const VIDEO = new Uint8Array(1_000).fill(3);
const CAPTIONS = new TextEncoder().encode('WEBVTT\n');

let storage: OriginStorage;
let caches: MemoryCacheStorage;

function url(path: string): string {
  return `${ORIGIN}/sign-language/${path}`;
}

/** Stores the manifest, one caption and two videos, in this order, as the store module leaves them. */
async function storeSet(): Promise<void> {
  const cache = await caches.open(SIGN_LANGUAGE_CACHE);
  for (const [path, body] of [
    ['manifest.json', new TextEncoder().encode('{}')],
    ['bisindo/a.vtt', CAPTIONS],
    ['bisindo/a.webm', VIDEO],
    ['bisindo/b.webm', VIDEO],
  ] as const) {
    await cache.put(url(path), new Response(body, { headers: { 'content-length': String(body.byteLength) } }));
  }
}

async function cachedUrls(): Promise<string[]> {
  return (await (await caches.open(SIGN_LANGUAGE_CACHE)).keys()).map((request) => request.url);
}

beforeEach(async () => {
  storage = new OriginStorage(1024 ** 3);
  caches = new MemoryCacheStorage(storage);
  vi.stubGlobal('caches', caches);
  await storeSet();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('listSignLanguageFiles', () => {
  it('lists files with their sizes', async () => {
    expect(await listSignLanguageFiles()).toEqual([
      { url: url('manifest.json'), bytes: 2 },
      { url: url('bisindo/a.vtt'), bytes: CAPTIONS.byteLength },
      { url: url('bisindo/a.webm'), bytes: VIDEO.byteLength },
      { url: url('bisindo/b.webm'), bytes: VIDEO.byteLength },
    ]);
  });
});

describe('deleteSignLanguageFilesExcept', () => {
  it('deletes files not kept', async () => {
    expect(await deleteSignLanguageFilesExcept(new Set([url('manifest.json'), url('bisindo/a.webm')]))).toBe(2);
    expect(await cachedUrls()).toEqual([url('manifest.json'), url('bisindo/a.webm')]);
  });
});

describe('freeSignLanguageSpace', () => {
  it('frees the newest videos first', async () => {
    const before = storage.usage;
    expect(await freeSignLanguageSpace(10)).toBe(VIDEO.byteLength);
    expect(await cachedUrls()).toEqual([url('manifest.json'), url('bisindo/a.vtt'), url('bisindo/a.webm')]);
    expect(storage.usage).toBe(before - VIDEO.byteLength);
  });

  it('frees every video but keeps captions', async () => {
    expect(await freeSignLanguageSpace(OUTBOX_RESERVE_BYTES)).toBe(2 * VIDEO.byteLength);
    expect(await cachedUrls()).toEqual([url('manifest.json'), url('bisindo/a.vtt')]);
  });

  it('frees nothing without the Cache API', async () => {
    vi.stubGlobal('caches', undefined);
    expect(await freeSignLanguageSpace(OUTBOX_RESERVE_BYTES)).toBe(0);
  });
});
