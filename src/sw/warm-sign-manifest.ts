import { SIGN_LANGUAGE_MANIFEST_PATH } from '../domain/sign-language/manifest.ts';
import { storeSignLanguageFile } from './sign-language-store.ts';

/**
 * Stores the sign-language manifest at install, as warmConfigCache() stores the configuration.
 * The page fetched the manifest before this worker controlled it, so without this a kiosk that
 * goes offline after its first start would not offer the mode at all. Captions and videos are
 * left to the setup download and to playback. A deployment without content (404) is not an error.
 */
export async function warmSignManifest(): Promise<void> {
  try {
    const result = await storeSignLanguageFile(SIGN_LANGUAGE_MANIFEST_PATH, { refresh: true });
    if (result.outcome === 'stored' || (result.outcome === 'failed' && result.status === 404)) return;
    console.warn('Caching the sign-language manifest at install failed', result);
  } catch (error) {
    console.warn('Caching the sign-language manifest at install failed', error);
  }
}
