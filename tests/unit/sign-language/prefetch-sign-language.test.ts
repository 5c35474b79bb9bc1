import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSignManifest, type SignManifest } from '../../../src/domain/sign-language/manifest.ts';
import { filesToPrefetch, prefetchSignLanguage, signLanguageCacheUsage, type PrefetchProgress } from '../../../src/app/sign-language/prefetch-sign-language.ts';
import { SIGN_LANGUAGE_CACHE } from '../../../src/sw/cache-names.ts';
import { OUTBOX_RESERVE_BYTES } from '../../../src/sw/sign-language-store.ts';
import { MemoryCacheStorage, OriginStorage } from '../../support/memory-cache-storage.ts';

const VIDEO_BYTES = 2_000;
/** A WebM's EBML signature, then filler. */
const VIDEO = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(VIDEO_BYTES - 4, 1)]);
/** The first bytes of a PNG picture. */
const PICTURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function manifestWith(bisindo: Record<string, unknown>, sibi?: Record<string, unknown>): SignManifest {
  const parsed = parseSignManifest({
    format: 'loket-sign-language/1',
    languages: { bisindo: { clips: bisindo }, ...(sibi ? { sibi: { clips: sibi } } : {}) },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.manifest;
}

const MANIFEST = manifestWith(
  {
    'screen.start': { video: ['bisindo/screen.start.mp4', 'bisindo/screen.start.webm'], captions: 'bisindo/screen.start.vtt', sample: true },
    'screen.chooser': { video: 'bisindo/screen.chooser.webm', captions: 'bisindo/screen.chooser.vtt', sample: true },
  },
  { 'screen.start': { video: 'sibi/screen.start.webm', captions: 'sibi/screen.start.vtt', sample: true } },
);

/** A browser that plays WebM only. */
const webmOnly = (path: string) => path.endsWith('.webm');

let server: Server;
let origin: string;
let served: SignManifest;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, reply) => {
    const path = request.url ?? '';
    requested.push(path);
    if (path === '/sign-language/manifest.json') {
      reply.writeHead(200, { 'content-type': 'application/json' });
      reply.end(JSON.stringify(served));
      return;
    }
    const listed = Object.values(served.languages).some((clips) =>
      Object.values(clips ?? {}).some((clip) => [clip.captions, ...clip.videos].some((file) => `/sign-language/${file}` === path)),
    );
    if (!listed || path.includes('missing')) {
      reply.writeHead(404);
      reply.end();
    } else if (path.includes('empty')) {
      reply.writeHead(200, { 'content-type': 'video/webm', 'content-length': 0 });
      reply.end();
    } else if (path.includes('picture')) {
      // A PNG renamed .webm, which a server that types files by their extension sends as video/webm.
      reply.writeHead(200, { 'content-type': 'video/webm', 'content-length': PICTURE.byteLength });
      reply.end(PICTURE);
    } else if (path.includes('page')) {
      reply.writeHead(200, { 'content-type': 'text/html', 'content-length': VIDEO_BYTES });
      reply.end(VIDEO);
    } else if (path.endsWith('.vtt')) {
      reply.writeHead(200, { 'content-type': 'text/vtt', 'content-length': 7 });
      reply.end('WEBVTT\n');
    } else {
      reply.writeHead(200, { 'content-type': 'video/webm', 'content-length': VIDEO_BYTES });
      reply.end(VIDEO);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

let storage: OriginStorage;
let caches: MemoryCacheStorage;
let progress: PrefetchProgress[];

beforeEach(() => {
  served = MANIFEST;
  requested.length = 0;
  progress = [];
  storage = new OriginStorage(1024 ** 3);
  caches = new MemoryCacheStorage(storage);
  vi.stubGlobal('caches', caches);
  vi.stubGlobal('location', { href: `${origin}/setup` });
  vi.stubGlobal('navigator', { onLine: true, storage: { estimate: async () => ({ usage: storage.usage, quota: storage.quota }) } });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The page's fetch resolves paths against its origin; in Node the test does it. */
const pageFetch: typeof fetch = (input, init) => fetch(typeof input === 'string' ? new URL(input, origin) : input, init);

function run(options: { manifest?: SignManifest; languages?: ('bisindo' | 'sibi')[]; signal?: AbortSignal } = {}) {
  return prefetchSignLanguage({
    manifest: options.manifest ?? served,
    languages: options.languages ?? ['bisindo', 'sibi'],
    signal: options.signal ?? new AbortController().signal,
    onProgress: (next) => progress.push(next),
    canPlay: webmOnly,
    fetch: pageFetch,
  });
}

async function cachedPaths(): Promise<string[]> {
  return (await (await caches.open(SIGN_LANGUAGE_CACHE)).keys()).map((request) => new URL(request.url).pathname);
}

describe('filesToPrefetch', () => {
  it('takes the first playable video', () => {
    expect(filesToPrefetch(MANIFEST, ['bisindo'], webmOnly)).toEqual([
      'bisindo/screen.start.vtt',
      'bisindo/screen.chooser.vtt',
      'bisindo/screen.start.webm',
      'bisindo/screen.chooser.webm',
    ]);
  });

  it('puts captions first, then videos by importance', () => {
    const clip = (key: string) => ({ video: `bisindo/${key}.webm`, captions: `bisindo/${key}.vtt` });
    const keys = ['field.name', 'error.required', 'receipt.complaint', 'errors.summary', 'step.complaint.applicant', 'screen.start', 'field.complaint.name'];
    const manifest = manifestWith(Object.fromEntries(keys.map((key) => [key, clip(key)])), { 'screen.receipt': { video: 'sibi/screen.receipt.webm', captions: 'sibi/screen.receipt.vtt' } });

    expect(filesToPrefetch(manifest, ['bisindo', 'sibi'], webmOnly)).toEqual([
      ...keys.map((key) => `bisindo/${key}.vtt`),
      'sibi/screen.receipt.vtt',
      'bisindo/screen.start.webm',
      'sibi/screen.receipt.webm',
      'bisindo/step.complaint.applicant.webm',
      'bisindo/errors.summary.webm',
      'bisindo/receipt.complaint.webm',
      'bisindo/field.name.webm',
      'bisindo/error.required.webm',
      'bisindo/field.complaint.name.webm',
    ]);
  });

  it('keeps captions of an unplayable clip', () => {
    expect(filesToPrefetch(MANIFEST, ['sibi'], () => false)).toEqual(['sibi/screen.start.vtt']);
  });
});

describe('prefetchSignLanguage', () => {
  it('stores every file with progress', async () => {
    const result = await run();

    expect(result).toEqual({ kind: 'complete', saved: 7, total: 7, bytes: 3 * VIDEO_BYTES + 3 * 7 + JSON.stringify(MANIFEST).length, removed: 0 });
    expect(progress.map(({ done }) => done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(progress.every(({ total }) => total === 7)).toBe(true);
    expect(await cachedPaths()).toEqual([
      '/sign-language/manifest.json',
      '/sign-language/bisindo/screen.start.vtt',
      '/sign-language/bisindo/screen.chooser.vtt',
      '/sign-language/sibi/screen.start.vtt',
      '/sign-language/bisindo/screen.start.webm',
      '/sign-language/bisindo/screen.chooser.webm',
      '/sign-language/sibi/screen.start.webm',
    ]);
    expect(await signLanguageCacheUsage()).toEqual({ files: 7, bytes: result.bytes });
  });

  it('skips cached videos, not captions', async () => {
    await run({ languages: ['bisindo'] });
    requested.length = 0;

    const result = await run({ languages: ['bisindo'] });

    expect(result).toMatchObject({ kind: 'complete', saved: 5, total: 5 });
    expect(requested).toEqual(['/sign-language/manifest.json', '/sign-language/bisindo/screen.start.vtt', '/sign-language/bisindo/screen.chooser.vtt']);
  });

  it('deletes files the manifest dropped', async () => {
    await run();
    served = manifestWith({ 'screen.start': { video: 'bisindo/screen.start.webm', captions: 'bisindo/screen.start.vtt' } });

    const result = await run({ languages: ['bisindo'] });

    expect(result).toMatchObject({ kind: 'complete', removed: 4 });
    expect((await cachedPaths()).sort()).toEqual([
      '/sign-language/bisindo/screen.start.vtt',
      '/sign-language/bisindo/screen.start.webm',
      '/sign-language/manifest.json',
    ]);
  });

  it('lists the files that failed', async () => {
    served = manifestWith({
      'screen.start': { video: 'bisindo/screen.start.webm', captions: 'bisindo/screen.start.vtt' },
      'screen.chooser': { video: 'bisindo/missing.webm', captions: 'bisindo/screen.chooser.vtt' },
    });

    const result = await run({ languages: ['bisindo'] });

    expect(result).toMatchObject({ kind: 'someFailed', failed: ['bisindo/missing.webm'], saved: 4, total: 5 });
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5 });
  });

  it('counts empty and non-video files as failed', async () => {
    served = manifestWith({
      'screen.start': { video: 'bisindo/screen.start.webm', captions: 'bisindo/screen.start.vtt' },
      'screen.chooser': { video: 'bisindo/empty.webm', captions: 'bisindo/screen.chooser.vtt' },
      'screen.review': { video: 'bisindo/picture.webm', captions: 'bisindo/screen.review.vtt' },
      'screen.receipt': { video: 'bisindo/page.webm', captions: 'bisindo/screen.receipt.vtt' },
    });

    const result = await run({ languages: ['bisindo'] });

    expect(result).toMatchObject({ kind: 'someFailed', failed: ['bisindo/empty.webm', 'bisindo/picture.webm', 'bisindo/page.webm'], saved: 6, total: 9 });
    expect(await cachedPaths()).not.toContain('/sign-language/bisindo/empty.webm');
    expect(await cachedPaths()).not.toContain('/sign-language/bisindo/picture.webm');
    expect(await cachedPaths()).not.toContain('/sign-language/bisindo/page.webm');
    expect(await signLanguageCacheUsage()).toMatchObject({ files: 6 });
  });

  it('stops when storage is full', async () => {
    // Room beside the reserve for the manifest, the captions and one video.
    storage.quota = OUTBOX_RESERVE_BYTES + JSON.stringify(MANIFEST).length + 3 * 7 + VIDEO_BYTES + 100;

    const result = await run();

    expect(result).toMatchObject({ kind: 'noRoom', saved: 5, total: 7 });
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 7 });
    expect(await cachedPaths()).toEqual([
      '/sign-language/manifest.json',
      '/sign-language/bisindo/screen.start.vtt',
      '/sign-language/bisindo/screen.chooser.vtt',
      '/sign-language/sibi/screen.start.vtt',
      '/sign-language/bisindo/screen.start.webm',
    ]);
  });

  it('stops when the server is out of reach', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const unreachable = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    vi.stubGlobal('location', { href: `${unreachable}/setup` });

    const result = await prefetchSignLanguage({
      manifest: MANIFEST,
      languages: ['bisindo'],
      signal: new AbortController().signal,
      onProgress: (next) => progress.push(next),
      canPlay: webmOnly,
      fetch: (input, init) => fetch(new URL(String(input), unreachable), init),
    });

    expect(result).toMatchObject({ kind: 'offline', saved: 0, total: 5 });
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const result = await prefetchSignLanguage({
      manifest: MANIFEST,
      languages: ['bisindo', 'sibi'],
      signal: controller.signal,
      onProgress: (next) => {
        if (next.done === 2) controller.abort();
      },
      canPlay: webmOnly,
      fetch: pageFetch,
    });

    expect(result).toMatchObject({ kind: 'cancelled', saved: 2, total: 7 });
    expect(await cachedPaths()).toHaveLength(2);
  });

  it('ends with an error when the cache fails', async () => {
    // A cache that lists and deletes files but rejects every read.
    const cache = await caches.open(SIGN_LANGUAGE_CACHE);
    vi.spyOn(cache, 'match').mockRejectedValue(new DOMException('The cache backend failed.', 'UnknownError'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const result = await run();

    // The manifest and the captions are fetched again without a look into the cache, and the
    // first video's look-up fails.
    expect(result).toMatchObject({ kind: 'error', saved: 4, total: 7 });
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });
});
