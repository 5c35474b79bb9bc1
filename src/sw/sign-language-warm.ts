import { parseSignManifest, SIGN_LANGUAGE_BASE_PATH, SIGN_LANGUAGE_MANIFEST_PATH } from '../domain/sign-language/manifest.ts';
import { SIGN_LANGUAGE_CACHE } from './cache-names.ts';
import { storeSignLanguageFile, type StoreOptions } from './sign-language-store.ts';

/**
 * Stores the manifest and every caption file of every language at install, through the store
 * module's quota check. The page that installs the worker fetched the manifest before the worker
 * controlled it. Without this, a kiosk whose only online start was the first one would offer no
 * sign-language mode offline, and no caption text in place of a video. Videos are left to the
 * setup download and to playback. A failure is logged and left for the next online use, and
 * never makes the install fail.
 */
export async function warmSignLanguageCache(options: Pick<StoreOptions, 'fetch'> = {}): Promise<void> {
  try {
    const manifest = await storeSignLanguageFile(SIGN_LANGUAGE_MANIFEST_PATH, { refresh: true, fetch: options.fetch });
    if (manifest.outcome !== 'stored') {
      // A deployment without sign-language content returns 404; that is no fault to report.
      if (manifest.outcome === 'failed' && manifest.status === 404) return;
      console.warn('Could not store the sign-language manifest at install', manifest);
      return;
    }
    const cached = await (await caches.open(SIGN_LANGUAGE_CACHE)).match(SIGN_LANGUAGE_MANIFEST_PATH, { ignoreVary: true });
    const parsed = parseSignManifest(await cached?.json());
    if (!parsed.ok) return;

    const captions = new Set(Object.values(parsed.manifest.languages).flatMap((clips) => Object.values(clips ?? {}).map((clip) => clip.captions)));
    for (const path of captions) {
      const result = await storeSignLanguageFile(`${SIGN_LANGUAGE_BASE_PATH}${path}`, { refresh: true, fetch: options.fetch });
      if (result.outcome === 'noRoom') {
        console.warn('No room for sign-language captions at install; stored up to', path);
        return;
      }
      if (result.outcome === 'failed') console.warn('Could not store sign-language captions at install', path, result);
    }
  } catch (error) {
    console.warn('Could not store the sign-language captions at install', error);
  }
}
