/** Runtime caches besides Workbox's precache; renaming one orphans the old cache. */
export const CONFIG_CACHE = 'loket-config-v1';
