import { SIGN_LANGUAGE_CACHE } from './cache-names.ts';
import { storedSize } from './sign-language-store.ts';

/**
 * Housekeeping of the sign-language cache: measuring it, dropping files the manifest no longer
 * lists, and giving room back to the outbox. Like the store module, it uses only the Cache
 * API, so the page and the worker share it.
 */

const VIDEO_PATH = /\.(webm|mp4)$/i;

/** Lists every file in the sign-language cache with its size in bytes, in insertion order. */
export async function listSignLanguageFiles(): Promise<{ url: string; bytes: number }[]> {
  const cache = await caches.open(SIGN_LANGUAGE_CACHE);
  const files: { url: string; bytes: number }[] = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request, { ignoreVary: true });
    if (response) files.push({ url: request.url, bytes: await storedSize(response) });
  }
  return files;
}

/** Deletes every cached file whose absolute URL is not in `keep`, and returns how many it deleted. */
export async function deleteSignLanguageFilesExcept(keep: ReadonlySet<string>): Promise<number> {
  const cache = await caches.open(SIGN_LANGUAGE_CACHE);
  let deleted = 0;
  for (const request of await cache.keys()) {
    if (keep.has(request.url)) continue;
    if (await cache.delete(request, { ignoreVary: true })) deleted += 1;
  }
  return deleted;
}

/**
 * Deletes cached videos, the most recently stored first, until at least `bytes` are freed or
 * no video is left, and returns the bytes freed. The manifest and captions stay, so the panel
 * still shows the captions of a deleted video. The outbox calls this when IndexedDB reports a
 * full quota: a video can be downloaded again, a visitor's request cannot.
 */
export async function freeSignLanguageSpace(bytes: number): Promise<number> {
  if (typeof caches === 'undefined') return 0;
  let freed = 0;
  try {
    const cache = await caches.open(SIGN_LANGUAGE_CACHE);
    const videos = (await cache.keys()).filter((request) => VIDEO_PATH.test(new URL(request.url).pathname)).reverse();
    for (const request of videos) {
      if (freed >= bytes) break;
      const response = await cache.match(request, { ignoreVary: true });
      const size = response ? await storedSize(response) : 0;
      if (await cache.delete(request, { ignoreVary: true })) freed += size;
    }
  } catch (error) {
    console.warn('Freeing space in the sign-language cache failed', error);
  }
  return freed;
}
