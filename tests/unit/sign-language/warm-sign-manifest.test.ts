import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIGN_LANGUAGE_CACHE } from '../../../src/sw/cache-names.ts';
import { warmSignManifest } from '../../../src/sw/warm-sign-manifest.ts';
import { MemoryCacheStorage, OriginStorage } from '../../support/memory-cache-storage.ts';

const MANIFEST = JSON.stringify({ format: 'loket-sign-language/1', languages: { bisindo: { clips: {} } } });

let server: Server;
let origin: string;
/** Whether the server has sign-language content. Without it, the manifest is a 404. */
let hasContent: boolean;

beforeAll(async () => {
  server = createServer((request, reply) => {
    if (request.url === '/sign-language/manifest.json' && hasContent) {
      reply.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(MANIFEST) });
      reply.end(MANIFEST);
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

describe('warmSignManifest', () => {
  it('stores the manifest', async () => {
    await warmSignManifest();
    expect(await cachedPaths()).toEqual(['/sign-language/manifest.json']);
    expect(warnings).toEqual([]);
  });

  it('ignores a server without content', async () => {
    hasContent = false;
    await warmSignManifest();
    expect(await cachedPaths()).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('resolves when the cache fails', async () => {
    vi.stubGlobal('caches', { open: () => Promise.reject(new DOMException('The cache backend failed.', 'UnknownError')) });
    await expect(warmSignManifest()).resolves.toBeUndefined();
    expect(warnings).toHaveLength(1);
  });
});
