import { SIGN_LANGUAGE_CACHE } from '../../sw/cache-names.ts';

/**
 * Checks whether a clip can play now: always while online, and offline only when one of its
 * video files is in the service worker's sign-language cache. Without the Cache API (an
 * insecure origin, a test) an offline clip counts as not stored.
 */
export async function isClipPlayable(videoUrls: readonly string[]): Promise<boolean> {
  if (navigator.onLine) return true;
  if (typeof caches === 'undefined') return false;
  try {
    const cache = await caches.open(SIGN_LANGUAGE_CACHE);
    for (const url of videoUrls) {
      if (await cache.match(url)) return true;
    }
  } catch (error) {
    console.warn('Reading the sign-language cache failed', error);
  }
  return false;
}
