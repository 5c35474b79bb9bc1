import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIGN_LANGUAGE_CACHE } from '../../../src/sw/cache-names.ts';
import { warmSignLanguageCache } from '../../../src/sw/sign-language-warm.ts';
import { MemoryCacheStorage, OriginStorage } from '../../support/memory-cache-storage.ts';

const clip = (name: string) => ({ video: [`${name}.webm`], captions: `${name}.vtt` });
const MANIFEST = JSON.stringify({
  format: 'loket-sign-language/1',
  languages: {
    bisindo: { clips: { 'screen.start': clip('bisindo/screen.start'), 'step.identity': clip('bisindo/step.identity') } },
    sibi: { clips: { 'screen.start': clip('sibi/screen.start') } },
  },
});
const CAPTIONS = 'WEBVTT\n\n00:00.000 --> 00:02.000\nContoh teks\n';

let server: Server;
let origin: string;
/** Whether the server has sign-language content. Without it, the manifest is a 404. */
let hasContent: boolean;
/** A caption path the server returns 404 for, or none. */
let brokenCaptions: string | undefined;
let requested: string[];

beforeAll(async () => {
  server = createServer((request, reply) => {
    requested.push(request.url ?? '');
    if (request.url === '/sign-language/manifest.json' && hasContent) {
      reply.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(MANIFEST) });
      reply.end(MANIFEST);
      return;
    }
    if (request.url?.endsWith('.vtt') && hasContent && request.url !== brokenCaptions) {
      reply.writeHead(200, { 'content-type': 'text/vtt', 'content-length': Buffer.byteLength(CAPTIONS) });
      reply.end(CAPTIONS);
      return;
    }
    reply.writeHead(404);
    reply.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

let caches: MemoryCacheStorage;
let warnings: unknown[][];

beforeEach(() => {
  hasContent = true;
  brokenCaptions = undefined;
  requested = [];
  const storage = new OriginStorage(1024 ** 3);
  caches = new MemoryCacheStorage(storage);
  warnings = [];
  vi.stubGlobal('caches', caches);
  // The worker resolves paths against its own URL. Node's fetch does not, so the test does.
  vi.stubGlobal('location', { href: `${origin}/sw.js` });
  const nodeFetch = globalThis.fetch;
  vi.stubGlobal('fetch', ((input: RequestInfo | URL, init?: RequestInit) =>
    nodeFetch(typeof input === 'string' ? new URL(input, origin) : input, init)) as typeof fetch);
  vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: storage.usage, quota: storage.quota }) } });
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    warnings.push(args);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function cachedPaths(): Promise<string[]> {
  return (await (await caches.open(SIGN_LANGUAGE_CACHE)).keys()).map((request) => new URL(request.url).pathname);
}

describe('warmSignLanguageCache', () => {
  it('stores the manifest and the captions of every language, and no video', async () => {
    await warmSignLanguageCache();
    expect((await cachedPaths()).sort()).toEqual([
      '/sign-language/bisindo/screen.start.vtt',
      '/sign-language/bisindo/step.identity.vtt',
      '/sign-language/manifest.json',
      '/sign-language/sibi/screen.start.vtt',
    ]);
    expect(requested.filter((url) => url.endsWith('.webm'))).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('ignores a server without content', async () => {
    hasContent = false;
    await warmSignLanguageCache();
    expect(await cachedPaths()).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('stores the other captions when one is missing, and warns about it', async () => {
    brokenCaptions = '/sign-language/bisindo/step.identity.vtt';
    await warmSignLanguageCache();
    expect(await cachedPaths()).not.toContain(brokenCaptions);
    expect(await cachedPaths()).toContain('/sign-language/sibi/screen.start.vtt');
    expect(warnings).toHaveLength(1);
  });

  it('resolves when the cache fails', async () => {
    vi.stubGlobal('caches', { open: () => Promise.reject(new DOMException('The cache backend failed.', 'UnknownError')) });
    await expect(warmSignLanguageCache()).resolves.toBeUndefined();
    expect(warnings).toHaveLength(1);
  });
});
