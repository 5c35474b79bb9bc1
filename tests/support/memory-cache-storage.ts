/**
 * The Cache API in memory, for Node tests of code that uses `caches`. Node has no Cache API,
 * and the packages that offer one (Miniflare's) follow Cloudflare's HTTP caching rules rather
 * than the Service Worker specification. This one follows the specification's steps where
 * they matter here (https://w3c.github.io/ServiceWorker/#cache-interface):
 *
 * - put() rejects non-GET requests, non-HTTP(S) URLs, 206 responses, `Vary: *` and used
 *   bodies with a TypeError, and replaces the entries the request matches, which moves the
 *   entry to the end of the insertion order.
 * - match() and keys() compare URLs without the fragment, honour ignoreSearch, ignoreMethod
 *   and ignoreVary, and compare the headers that the stored response's Vary names.
 * - Relative URLs resolve against `location`, as in a window or worker.
 *
 * Stored bytes count against an OriginStorage shared by all caches, which throws a
 * DOMException named QuotaExceededError when a put would pass its quota, as browsers do.
 */

/** The origin's storage: usage across every cache, and the quota that put() enforces. */
export class OriginStorage {
  usage = 0;
  constructor(public quota: number) {}

  reserve(bytes: number): void {
    if (this.usage + bytes > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.usage += bytes;
  }

  release(bytes: number): void {
    this.usage -= bytes;
  }
}

interface Entry {
  request: Request;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Uint8Array;
}

function toRequest(info: RequestInfo | URL): Request {
  if (info instanceof Request) return info;
  const base = (globalThis as { location?: { href: string } }).location?.href;
  return new Request(base ? new URL(String(info), base) : String(info));
}

function withoutFragment(url: string, ignoreSearch: boolean): string {
  const parsed = new URL(url);
  parsed.hash = '';
  if (ignoreSearch) parsed.search = '';
  return parsed.href;
}

function varyNames(headers: Headers): string[] {
  return (headers.get('vary') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
}

function toResponse(entry: Entry): Response {
  return new Response(entry.body.slice(), { status: entry.status, statusText: entry.statusText, headers: entry.headers });
}

export class MemoryCache implements Cache {
  private entries: Entry[] = [];

  constructor(private readonly storage: OriginStorage) {}

  /** "Request matches cached item" from the specification. */
  private matches(query: Request, entry: Entry, options: CacheQueryOptions = {}): boolean {
    if (!options.ignoreMethod && query.method !== 'GET') return false;
    if (withoutFragment(query.url, Boolean(options.ignoreSearch)) !== withoutFragment(entry.request.url, Boolean(options.ignoreSearch))) return false;
    if (options.ignoreVary) return true;
    const headers = new Headers(entry.headers);
    for (const name of varyNames(headers)) {
      if (name === '*' || query.headers.get(name) !== entry.request.headers.get(name)) return false;
    }
    return true;
  }

  private query(request: RequestInfo | URL | undefined, options?: CacheQueryOptions): Entry[] {
    if (request === undefined) return [...this.entries];
    const query = toRequest(request);
    return this.entries.filter((entry) => this.matches(query, entry, options));
  }

  async match(request: RequestInfo | URL, options?: CacheQueryOptions): Promise<Response | undefined> {
    const [entry] = this.query(request, options);
    return entry ? toResponse(entry) : undefined;
  }

  async matchAll(request?: RequestInfo | URL, options?: CacheQueryOptions): Promise<readonly Response[]> {
    return this.query(request, options).map(toResponse);
  }

  async keys(request?: RequestInfo | URL, options?: CacheQueryOptions): Promise<readonly Request[]> {
    return this.query(request, options).map((entry) => entry.request.clone());
  }

  async put(info: RequestInfo | URL, response: Response): Promise<void> {
    const request = toRequest(info);
    if (!/^https?:$/.test(new URL(request.url).protocol) || request.method !== 'GET') throw new TypeError(`Cannot cache ${request.method} ${request.url}`);
    if (response.status === 206) throw new TypeError('Partial responses (206) cannot be cached');
    if (varyNames(response.headers).includes('*')) throw new TypeError('Responses with Vary: * cannot be cached');
    if (response.bodyUsed) throw new TypeError('The response body is already used');

    const body = new Uint8Array(await response.arrayBuffer());
    const replaced = this.entries.filter((entry) => this.matches(request, entry));
    const freed = replaced.reduce((sum, entry) => sum + entry.body.byteLength, 0);
    this.storage.release(freed);
    try {
      this.storage.reserve(body.byteLength);
    } catch (error) {
      this.storage.reserve(freed);
      throw error;
    }
    this.entries = this.entries.filter((entry) => !replaced.includes(entry));
    this.entries.push({
      request: new Request(request.url, { headers: request.headers }),
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
      body,
    });
  }

  async add(request: RequestInfo | URL): Promise<void> {
    await this.addAll([request]);
  }

  async addAll(requests: Iterable<RequestInfo | URL>): Promise<void> {
    const fetched: [Request, Response][] = [];
    for (const info of requests) {
      const request = toRequest(info);
      const response = await fetch(request);
      if (!response.ok) throw new TypeError(`${request.url} returned HTTP ${response.status}`);
      fetched.push([request, response]);
    }
    for (const [request, response] of fetched) await this.put(request, response);
  }

  async delete(request: RequestInfo | URL, options?: CacheQueryOptions): Promise<boolean> {
    const doomed = this.query(request, options);
    this.entries = this.entries.filter((entry) => !doomed.includes(entry));
    this.storage.release(doomed.reduce((sum, entry) => sum + entry.body.byteLength, 0));
    return doomed.length > 0;
  }
}

export class MemoryCacheStorage implements CacheStorage {
  private readonly caches = new Map<string, MemoryCache>();

  constructor(readonly storage: OriginStorage) {}

  async open(name: string): Promise<MemoryCache> {
    let cache = this.caches.get(name);
    if (!cache) {
      cache = new MemoryCache(this.storage);
      this.caches.set(name, cache);
    }
    return cache;
  }

  async has(name: string): Promise<boolean> {
    return this.caches.has(name);
  }

  async delete(name: string): Promise<boolean> {
    const cache = this.caches.get(name);
    if (cache) for (const request of await cache.keys()) await cache.delete(request);
    return this.caches.delete(name);
  }

  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }

  async match(request: RequestInfo | URL, options?: MultiCacheQueryOptions): Promise<Response | undefined> {
    const names = options?.cacheName ? [options.cacheName] : [...this.caches.keys()];
    for (const name of names) {
      const response = await this.caches.get(name)?.match(request, options);
      if (response) return response;
    }
    return undefined;
  }
}
