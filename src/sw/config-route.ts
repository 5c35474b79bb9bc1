import { NetworkFirst } from 'workbox-strategies';
import { CONFIG_CACHE } from './cache-names.ts';

export const CONFIG_PATH = '/api/v1/config';

/**
 * The deployment configuration (agencies, time zone): fresh from the server when it answers
 * within a few seconds, otherwise the last copy, so a kiosk that lost its network still lists
 * the agencies. A city's edit reaches each device on its next online start.
 */
export const configStrategy = new NetworkFirst({
  cacheName: CONFIG_CACHE,
  networkTimeoutSeconds: 4,
});

/** Stores the current configuration; a failure is left for the next online start to repair. */
export async function warmConfigCache(): Promise<void> {
  try {
    const cache = await caches.open(CONFIG_CACHE);
    await cache.add(CONFIG_PATH);
  } catch (error) {
    console.warn('Could not cache the configuration at install', error);
  }
}
