/** Runtime caches besides Workbox's precache; renaming one orphans the old cache. */
export const CONFIG_CACHE = 'loket-config-v1';
/** Sign-language manifest, captions and videos, kept apart from the precache so a large set never blocks an install. */
export const SIGN_LANGUAGE_CACHE = 'loket-sign-language-v1';
