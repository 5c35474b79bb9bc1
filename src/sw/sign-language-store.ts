import { DEFAULT_ATTACHMENT_LIMITS } from '../domain/attachments/limits.ts';
import { hasVideoSignature, VIDEO_PATH } from '../domain/sign-language/video-signature.ts';
import { SIGN_LANGUAGE_CACHE } from './cache-names.ts';

/**
 * Stores sign-language files (manifest, captions, videos) in SIGN_LANGUAGE_CACHE for offline
 * use. The service worker stores what a visitor plays, and the /setup page stores a whole set
 * ahead of time. Both go through this module, so both keep the same room free for the outbox.
 * It uses only the Cache API, fetch and navigator.storage, which windows and workers share.
 */

/**
 * Marks the requests this module makes, so the service worker lets them through to the
 * network instead of responding from the cache or storing the file a second time.
 */
export const SIGN_STORE_REQUEST_HEADER = 'x-loket-sign-store';

/**
 * Room that sign-language files must leave free for the outbox, in bytes. Queued forms and
 * their attachments live in IndexedDB under the same origin quota as this cache, and a visitor's
 * request matters more than a video. The reserve is room for ten submissions that each carry the most
 * files the default limits allow (15 MB), plus 2 MB each for the text and the database's own
 * growth, as storage-health.ts counts one submission. Ten is an estimate of a busy offline day
 * at one kiosk.
 */
export const OUTBOX_RESERVE_BYTES = 10 * (DEFAULT_ATTACHMENT_LIMITS.maxSubmissionBytes + 2 * 1024 * 1024);

/**
 * Share of the quota that sign-language files leave free on a large disk. The outbox warns
 * staff when storage is 90 % used (storage-health.ts); stopping videos at 85 % keeps them from
 * raising that notice by themselves.
 */
export const OUTBOX_RESERVE_SHARE = 0.15;

export type SignStoreOutcome = 'stored' | 'alreadyCached' | 'noRoom' | 'failed';

/**
 * Why a file was not stored: no network response, an HTTP error, a response that is not the
 * whole file, an empty body, or a video file whose type or first bytes are not a video's.
 */
export type SignStoreFailure = 'network' | 'httpStatus' | 'notStorable' | 'empty' | 'notVideo' | 'aborted';

export type SignStoreResult =
  /** `bytes` is the file's size, which the cache now holds. */
  | { outcome: 'stored'; bytes: number }
  | { outcome: 'alreadyCached'; bytes: number }
  /** `bytes` is the size of the file that did not fit, or 0 when the quota error came first. */
  | { outcome: 'noRoom'; bytes: number }
  /** `status` is the HTTP status for `httpStatus` and `notStorable`. */
  | { outcome: 'failed'; reason: SignStoreFailure; status?: number };

export interface StoreOptions {
  /** Fetches and stores the file even when the cache contains it, for files that change in place (manifest, captions). */
  refresh?: boolean;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

/** Bytes that sign-language files must leave free under `quota`. */
export function outboxReserveBytes(quota: number): number {
  return Math.max(OUTBOX_RESERVE_BYTES, Math.ceil(quota * OUTBOX_RESERVE_SHARE));
}

/**
 * Decides whether a file of `bytes` fits while leaving the outbox reserve free. Without an
 * estimate the reserve cannot be kept, so nothing fits: the outbox comes first.
 *
 * NOTE: Chromium 138 and later report `quota` as usage plus up to 10 GiB for sites without
 * unlimited storage ("Predictable reported storage quota" on chromestatus), not the quota it
 * enforces. There this check rarely stops a download; the QuotaExceededError stops it, and
 * freeSignLanguageSpace() gives the outbox its room back.
 */
export function hasRoomFor(bytes: number, estimate: StorageEstimate | undefined): boolean {
  if (estimate?.quota === undefined || estimate.usage === undefined) return false;
  return estimate.usage + bytes + outboxReserveBytes(estimate.quota) <= estimate.quota;
}

/**
 * Fetches the whole file at `url` (no Range header, past the HTTP cache) and stores it with
 * storeSignLanguageResponse(). Without `refresh`, a file already in the cache is not fetched,
 * unless the cached copy is empty or no video, as one stored before these checks existed.
 */
export async function storeSignLanguageFile(url: string, options: StoreOptions = {}): Promise<SignStoreResult> {
  const cache = await caches.open(SIGN_LANGUAGE_CACHE);
  if (!options.refresh) {
    const cached = await cache.match(url, { ignoreVary: true });
    if (cached) {
      const bytes = await storedSize(cached.clone());
      if (bytes > 0 && (!isVideoUrl(url) || (await startsLikeVideo(cached)))) return { outcome: 'alreadyCached', bytes };
    }
  }

  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      headers: { [SIGN_STORE_REQUEST_HEADER]: '1' },
      // The Cache API keeps the only copy; the HTTP cache would hold the video a second time.
      cache: 'no-store',
      signal: options.signal,
    });
  } catch (error) {
    return { outcome: 'failed', reason: isAbort(error) ? 'aborted' : 'network' };
  }
  return storeSignLanguageResponse(url, response, options.signal);
}

/**
 * Stores `response` as the cached copy of `url` when it is a whole file (status 200, readable,
 * not empty) and fits beside the outbox reserve. Partial (206) and opaque responses are never
 * stored, because byteRangePlugin cuts every later Range response from the stored copy. A
 * video URL also needs a video/* Content-Type, when the server sends one, and a WebM or MP4
 * signature in its first bytes, so that a renamed picture never counts as a stored clip.
 */
export async function storeSignLanguageResponse(url: string, response: Response, signal?: AbortSignal): Promise<SignStoreResult> {
  if (response.type === 'opaque' || response.type === 'opaqueredirect') return discard(response, { outcome: 'failed', reason: 'notStorable', status: response.status });
  if (response.status === 206) return discard(response, { outcome: 'failed', reason: 'notStorable', status: 206 });
  if (response.status !== 200) return discard(response, { outcome: 'failed', reason: 'httpStatus', status: response.status });
  const video = isVideoUrl(url);
  const contentType = response.headers.get('content-type');
  if (video && contentType !== null && !/^video\//i.test(contentType.trim())) return discard(response, { outcome: 'failed', reason: 'notVideo' });

  let toStore = response;
  let bytes = declaredLength(response);
  try {
    if (bytes === undefined) {
      // Chunked or compressed: the size is known only once the body is read. The copy gets a
      // Content-Length, so measuring the cache later needs no read.
      const body = await response.blob();
      bytes = body.size;
      toStore = withLength(response, body);
    }
    if (bytes === 0) return discard(toStore, { outcome: 'failed', reason: 'empty' });
    if (!hasRoomFor(bytes, await estimateStorage())) return discard(toStore, { outcome: 'noRoom', bytes });
    if (signal?.aborted) return discard(toStore, { outcome: 'failed', reason: 'aborted' });

    const cache = await caches.open(SIGN_LANGUAGE_CACHE);
    await cache.put(url, toStore);
    // The body streams into the cache, so its first bytes are read back from the stored copy.
    if (video && !(await startsLikeVideo(await cache.match(url, { ignoreVary: true })))) {
      await cache.delete(url, { ignoreVary: true });
      return { outcome: 'failed', reason: 'notVideo' };
    }
    return { outcome: 'stored', bytes };
  } catch (error) {
    if (isQuotaExceeded(error)) return { outcome: 'noRoom', bytes: bytes ?? 0 };
    if (isAbort(error)) return { outcome: 'failed', reason: 'aborted' };
    // The body broke off while it was read, or the response cannot be cached (Vary: *).
    return { outcome: 'failed', reason: error instanceof TypeError ? 'network' : 'notStorable' };
  }
}

async function estimateStorage(): Promise<StorageEstimate | undefined> {
  try {
    return await globalThis.navigator?.storage?.estimate?.();
  } catch {
    return undefined;
  }
}

/** Content-Length, unless a Content-Encoding makes it the compressed size rather than the stored one. */
function declaredLength(response: Response): number | undefined {
  if (response.headers.has('content-encoding')) return undefined;
  const value = response.headers.get('content-length');
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

/** A copy of `response` with the body already read, without the encoding fetch has undone. */
function withLength(response: Response, body: Blob): Response {
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.set('content-length', String(body.size));
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

function isVideoUrl(url: string): boolean {
  return VIDEO_PATH.test(new URL(url, globalThis.location?.href).pathname);
}

/**
 * Reads the first 8 bytes of a cached response's body and checks them with hasVideoSignature().
 * It stops reading there, so a large clip is not loaded into memory.
 */
async function startsLikeVideo(response: Response | undefined): Promise<boolean> {
  const reader = response?.body?.getReader();
  if (!reader) return false;
  const head: number[] = [];
  try {
    while (head.length < 8) {
      const { done, value } = await reader.read();
      if (done) break;
      head.push(...value.subarray(0, 8 - head.length));
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  return hasVideoSignature(Uint8Array.from(head));
}

/** Returns the size of a cached file's body in bytes, from its Content-Length where the store set one. */
export async function storedSize(response: Response): Promise<number> {
  return declaredLength(response) ?? (await response.blob()).size;
}

/** Cancels the unread body, so a file that is not stored is not downloaded to the end. */
function discard(response: Response, result: SignStoreResult): SignStoreResult {
  if (!response.bodyUsed) void response.body?.cancel().catch(() => undefined);
  return result;
}

function isQuotaExceeded(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
