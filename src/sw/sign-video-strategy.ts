import { Strategy, type StrategyHandler } from 'workbox-strategies';
import { byteRangePlugin } from './byte-range.ts';
import { SIGN_LANGUAGE_CACHE } from './cache-names.ts';
import { storeSignLanguageFile } from './sign-language-store.ts';

/** Background downloads of whole files by URL, so the several Range requests of one video start one download. */
const storing = new Map<string, Promise<unknown>>();

/**
 * Sign-language videos, cache first. A video element requests byte ranges, and each gets a 206
 * cut from the cached whole file by byteRangePlugin, so a clip plays and seeks
 * offline. The Cache API matches on URL and ignores request headers other than those named by
 * Vary, so a request with a Range header finds the whole file stored without one. ignoreVary
 * also covers a server that sends Vary.
 *
 * On a miss the browser's own request goes to the network unchanged, and the whole file is
 * then fetched once more without Range and stored in the background when it fits beside the
 * outbox reserve. Offline and not cached, the response is a 504, which the video element reports
 * as an error, so the page shows the captions instead.
 */
export class SignVideoStrategy extends Strategy {
  constructor() {
    super({ cacheName: SIGN_LANGUAGE_CACHE, matchOptions: { ignoreVary: true }, plugins: [byteRangePlugin] });
  }

  protected override async _handle(request: Request, handler: StrategyHandler): Promise<Response> {
    const cached = await handler.cacheMatch(request);
    if (cached) return cached;

    let response: Response;
    try {
      response = await handler.fetch(request);
    } catch {
      return new Response(null, { status: 504, statusText: 'Gateway Timeout' });
    }
    if (response.ok) void handler.waitUntil(storeOnce(request.url));
    return response;
  }
}

function storeOnce(url: string): Promise<unknown> {
  let pending = storing.get(url);
  if (!pending) {
    pending = storeSignLanguageFile(url)
      .catch((error: unknown) => console.warn('Storing a sign-language video failed', url, error))
      .finally(() => storing.delete(url));
    storing.set(url, pending);
  }
  return pending;
}
