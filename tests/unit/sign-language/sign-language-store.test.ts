import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIGN_LANGUAGE_CACHE } from '../../../src/sw/cache-names.ts';
import {
  OUTBOX_RESERVE_BYTES,
  outboxReserveBytes,
  SIGN_STORE_REQUEST_HEADER,
  storeSignLanguageFile,
  storeSignLanguageResponse,
} from '../../../src/sw/sign-language-store.ts';
import { MemoryCacheStorage, OriginStorage } from '../../support/memory-cache-storage.ts';

/** A WebM's EBML signature, then filler. */
const VIDEO = new Uint8Array(1_000).map((_, index) => [0x1a, 0x45, 0xdf, 0xa3][index] ?? index % 251);
/** The first bytes of a PNG picture. */
const PICTURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const CAPTIONS = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nSilakan isi nama lengkap Anda.\n'.repeat(20);
const GIB = 1024 ** 3;

/** Content as the intake server serves it, plus responses a server must never give to a plain GET. */
function handle(path: string | undefined, reply: import('node:http').ServerResponse): void {
  if (path === '/sign-language/bisindo/a.webm' || path === '/sign-language/bisindo/b.webm') {
    reply.writeHead(200, { 'content-type': 'video/webm', 'content-length': VIDEO.byteLength });
    reply.end(VIDEO);
  } else if (path === '/sign-language/bisindo/a.vtt') {
    // Compressed and chunked, as @fastify/compress sends text: no Content-Length.
    reply.writeHead(200, { 'content-type': 'text/vtt', 'content-encoding': 'gzip' });
    reply.end(gzipSync(CAPTIONS));
  } else if (path === '/sign-language/bisindo/empty.webm') {
    reply.writeHead(200, { 'content-type': 'video/webm', 'content-length': 0 });
    reply.end();
  } else if (path === '/sign-language/bisindo/empty.vtt') {
    // Chunked, so the size is known only once the body is read.
    reply.writeHead(200, { 'content-type': 'text/vtt' });
    reply.end();
  } else if (path === '/sign-language/bisindo/picture.webm') {
    // A PNG renamed .webm: a server that types files by their extension sends video/webm.
    reply.writeHead(200, { 'content-type': 'video/webm', 'content-length': PICTURE.byteLength });
    reply.end(PICTURE);
  } else if (path === '/sign-language/bisindo/page.webm') {
    reply.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': VIDEO.byteLength });
    reply.end(VIDEO);
  } else if (path === '/sign-language/bisindo/partial.webm') {
    reply.writeHead(206, { 'content-type': 'video/webm', 'content-range': `bytes 0-99/${VIDEO.byteLength}`, 'content-length': 100 });
    reply.end(VIDEO.subarray(0, 100));
  } else {
    reply.writeHead(404, { 'content-type': 'application/json' });
    reply.end('{"error":"notFound"}');
  }
}

let server: Server;
let origin: string;
const requests: { path: string | undefined; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((request, reply) => {
    requests.push({ path: request.url, headers: request.headers });
    handle(request.url, reply);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

let storage: OriginStorage;
let caches: MemoryCacheStorage;
/** What navigator.storage.estimate() reports; by default the quota that put() enforces. */
let reported: () => StorageEstimate;

function url(path: string): string {
  return `${origin}/sign-language/${path}`;
}

beforeEach(() => {
  requests.length = 0;
  storage = new OriginStorage(GIB);
  caches = new MemoryCacheStorage(storage);
  reported = () => ({ usage: storage.usage, quota: storage.quota });
  vi.stubGlobal('caches', caches);
  vi.stubGlobal('navigator', { storage: { estimate: async () => reported() } });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function cachedUrls(): Promise<string[]> {
  return (await (await caches.open(SIGN_LANGUAGE_CACHE)).keys()).map((request) => request.url);
}

describe('storeSignLanguageFile', () => {
  it('stores a whole file when it fits', async () => {
    expect(await storeSignLanguageFile(url('bisindo/a.webm'))).toEqual({ outcome: 'stored', bytes: VIDEO.byteLength });

    const cached = await (await caches.open(SIGN_LANGUAGE_CACHE)).match(url('bisindo/a.webm'));
    expect(cached?.status).toBe(200);
    expect(new Uint8Array(await cached!.arrayBuffer())).toEqual(VIDEO);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.range).toBeUndefined();
    expect(requests[0]?.headers[SIGN_STORE_REQUEST_HEADER]).toBe('1');
  });

  it('skips a cached file', async () => {
    await storeSignLanguageFile(url('bisindo/a.webm'));
    expect(await storeSignLanguageFile(url('bisindo/a.webm'))).toEqual({ outcome: 'alreadyCached', bytes: VIDEO.byteLength });
    expect(requests).toHaveLength(1);
  });

  it('downloads a cached file again on refresh', async () => {
    await storeSignLanguageFile(url('bisindo/a.webm'));
    expect(await storeSignLanguageFile(url('bisindo/a.webm'), { refresh: true })).toEqual({ outcome: 'stored', bytes: VIDEO.byteLength });
    expect(requests).toHaveLength(2);
    expect(await cachedUrls()).toEqual([url('bisindo/a.webm')]);
  });

  it('leaves the outbox reserve free', async () => {
    storage.usage = 5_000;
    storage.quota = 5_000 + OUTBOX_RESERVE_BYTES + VIDEO.byteLength - 1;

    expect(await storeSignLanguageFile(url('bisindo/a.webm'))).toEqual({ outcome: 'noRoom', bytes: VIDEO.byteLength });
    expect(await cachedUrls()).toEqual([]);
    expect(storage.usage).toBe(5_000);
  });

  it('fills up to the reserve exactly', async () => {
    storage.usage = 5_000;
    storage.quota = 5_000 + OUTBOX_RESERVE_BYTES + VIDEO.byteLength;

    expect(await storeSignLanguageFile(url('bisindo/a.webm'))).toEqual({ outcome: 'stored', bytes: VIDEO.byteLength });
  });

  it('keeps a share of a large quota', async () => {
    expect(outboxReserveBytes(10 * GIB)).toBe(1.5 * GIB);
    storage.quota = 10 * GIB;
    // 1 GiB free is more than the fixed reserve, but less than 15 % of the quota.
    storage.usage = 9 * GIB;

    expect(await storeSignLanguageFile(url('bisindo/a.webm'))).toEqual({ outcome: 'noRoom', bytes: VIDEO.byteLength });
  });

  it('stores nothing without an estimate', async () => {
    vi.stubGlobal('navigator', {});
    expect(await storeSignLanguageFile(url('bisindo/a.webm'))).toEqual({ outcome: 'noRoom', bytes: VIDEO.byteLength });
    expect(await cachedUrls()).toEqual([]);
  });

  it('reports no room on a quota error', async () => {
    // The browser enforces less than it reports, as Chromium 138 and later do.
    storage.quota = 500;
    reported = () => ({ usage: storage.usage, quota: 10 * GIB });

    expect(await storeSignLanguageFile(url('bisindo/a.webm'))).toEqual({ outcome: 'noRoom', bytes: VIDEO.byteLength });
    expect(await cachedUrls()).toEqual([]);
    expect(storage.usage).toBe(0);
  });

  it('never stores a partial answer', async () => {
    expect(await storeSignLanguageFile(url('bisindo/partial.webm'))).toEqual({ outcome: 'failed', reason: 'notStorable', status: 206 });
    expect(await cachedUrls()).toEqual([]);
  });

  it('does not store an HTTP error', async () => {
    expect(await storeSignLanguageFile(url('bisindo/missing.webm'))).toEqual({ outcome: 'failed', reason: 'httpStatus', status: 404 });
    expect(await cachedUrls()).toEqual([]);
  });

  it('reports a network failure', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    expect(await storeSignLanguageFile(`http://127.0.0.1:${port}/sign-language/bisindo/a.webm`)).toEqual({ outcome: 'failed', reason: 'network' });
  });

  it('reports a cancelled download', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await storeSignLanguageFile(url('bisindo/a.webm'), { signal: controller.signal })).toEqual({ outcome: 'failed', reason: 'aborted' });
    expect(await cachedUrls()).toEqual([]);
  });

  it.each(['bisindo/empty.webm', 'bisindo/empty.vtt'])('rejects the empty file %s', async (path) => {
    expect(await storeSignLanguageFile(url(path))).toEqual({ outcome: 'failed', reason: 'empty' });
    expect(await cachedUrls()).toEqual([]);
  });

  it('rejects a picture named .webm', async () => {
    expect(await storeSignLanguageFile(url('bisindo/picture.webm'))).toEqual({ outcome: 'failed', reason: 'notVideo' });
    expect(await cachedUrls()).toEqual([]);
    expect(storage.usage).toBe(0);
  });

  it('rejects a video sent as another type', async () => {
    expect(await storeSignLanguageFile(url('bisindo/page.webm'))).toEqual({ outcome: 'failed', reason: 'notVideo' });
    expect(await cachedUrls()).toEqual([]);
  });

  it('downloads a cached empty or broken video again', async () => {
    const cache = await caches.open(SIGN_LANGUAGE_CACHE);
    await cache.put(url('bisindo/a.webm'), new Response(new Uint8Array(0), { headers: { 'content-length': '0' } }));
    await cache.put(url('bisindo/b.webm'), new Response(PICTURE));

    expect(await storeSignLanguageFile(url('bisindo/a.webm'))).toEqual({ outcome: 'stored', bytes: VIDEO.byteLength });
    expect(await storeSignLanguageFile(url('bisindo/b.webm'))).toEqual({ outcome: 'stored', bytes: VIDEO.byteLength });
    expect(requests.map((request) => request.path)).toEqual(['/sign-language/bisindo/a.webm', '/sign-language/bisindo/b.webm']);
  });

  it('stores compressed captions decoded', async () => {
    const decoded = new TextEncoder().encode(CAPTIONS).byteLength;
    expect(await storeSignLanguageFile(url('bisindo/a.vtt'))).toEqual({ outcome: 'stored', bytes: decoded });

    const cached = await (await caches.open(SIGN_LANGUAGE_CACHE)).match(url('bisindo/a.vtt'));
    expect(cached?.headers.get('content-encoding')).toBeNull();
    expect(cached?.headers.get('content-length')).toBe(String(decoded));
    expect(await cached?.text()).toBe(CAPTIONS);
  });
});

describe('storeSignLanguageResponse', () => {
  it('never stores a 206', async () => {
    const partial = new Response(VIDEO.subarray(0, 100), { status: 206, headers: { 'content-range': 'bytes 0-99/1000' } });
    expect(await storeSignLanguageResponse(url('bisindo/a.webm'), partial)).toEqual({ outcome: 'failed', reason: 'notStorable', status: 206 });
    expect(await cachedUrls()).toEqual([]);
  });

  it.each([
    ['a WebM without Content-Type', 'bisindo/a.webm', VIDEO, null],
    ['an MP4', 'bisindo/a.mp4', new Uint8Array([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]), 'video/mp4'],
  ])('stores %s', async (_name, path, bytes, contentType) => {
    // A body of bytes gets no Content-Type of its own.
    const response = new Response(bytes, contentType === null ? {} : { headers: { 'content-type': contentType } });

    expect(response.headers.get('content-type')).toBe(contentType);
    expect(await storeSignLanguageResponse(url(path), response)).toEqual({ outcome: 'stored', bytes: bytes.byteLength });
    expect(await cachedUrls()).toEqual([url(path)]);
  });

  it('never stores an opaque answer', async () => {
    // Node cannot make an opaque response; a cross-origin no-cors fetch gives one in browsers.
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaque' });
    expect((await storeSignLanguageResponse(url('bisindo/a.webm'), opaque)).outcome).toBe('failed');
    expect(await cachedUrls()).toEqual([]);
  });
});
