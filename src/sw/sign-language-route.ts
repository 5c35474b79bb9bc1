import type { RouteMatchCallbackOptions, WorkboxPlugin } from 'workbox-core/types.js';
import { NetworkFirst } from 'workbox-strategies';
import { SIGN_LANGUAGE_BASE_PATH } from '../domain/sign-language/manifest.ts';
import { SIGN_LANGUAGE_CACHE } from './cache-names.ts';
import { SIGN_STORE_REQUEST_HEADER, storeSignLanguageResponse } from './sign-language-store.ts';
import { SignVideoStrategy } from './sign-video-strategy.ts';

const VIDEO_PATH = /\.(webm|mp4)$/;
const TEXT_PATH = /\.(json|vtt)$/;

/**
 * Same-origin GETs under /sign-language/, except the store module's own downloads, which go
 * straight to the network so the worker neither responds to them from the cache nor stores twice.
 */
function isSignLanguageRequest({ url, request }: RouteMatchCallbackOptions, sameOrigin: string): boolean {
  return (
    url.origin === sameOrigin &&
    url.pathname.startsWith(SIGN_LANGUAGE_BASE_PATH) &&
    request.method === 'GET' &&
    !request.headers.has(SIGN_STORE_REQUEST_HEADER)
  );
}

export function isSignVideoRequest(options: RouteMatchCallbackOptions, sameOrigin: string): boolean {
  return isSignLanguageRequest(options, sameOrigin) && VIDEO_PATH.test(options.url.pathname);
}

export function isSignTextRequest(options: RouteMatchCallbackOptions, sameOrigin: string): boolean {
  return isSignLanguageRequest(options, sameOrigin) && TEXT_PATH.test(options.url.pathname);
}

export const signVideoStrategy = new SignVideoStrategy();

/**
 * Stores fresh responses through the store module, which keeps the outbox reserve, instead of
 * NetworkFirst's own cache.put.
 */
const storeWithReserve: WorkboxPlugin = {
  cacheWillUpdate: async () => null,
  fetchDidSucceed: async ({ request, response, event }) => {
    if (response.status !== 200) return response;
    const stored = storeSignLanguageResponse(request.url, response.clone());
    try {
      event.waitUntil(stored);
    } catch {
      // The event already ended because the timeout handed out the cached copy first.
      // Storing goes on while the worker lives, and the next online use stores it again.
    }
    return response;
  },
};

/**
 * The manifest and the captions: fresh from the server when it responds within 3 seconds, so a
 * city's corrected caption reaches the kiosk on its next online use, otherwise the cached
 * copy, so the panel still has its texts offline.
 */
export const signTextStrategy = new NetworkFirst({
  cacheName: SIGN_LANGUAGE_CACHE,
  networkTimeoutSeconds: 3,
  matchOptions: { ignoreVary: true },
  plugins: [storeWithReserve],
});
