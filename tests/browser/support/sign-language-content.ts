import type { Page } from 'playwright-core';
import { availableSignLanguages, parseSignManifest, SIGN_LANGUAGE_BASE_PATH, SIGN_LANGUAGE_MANIFEST_PATH, type SignManifest } from '../../../src/domain/sign-language/manifest.ts';
import { SIGN_LANGUAGE_CACHE } from '../../../src/sw/cache-names.ts';
import { within } from './within.ts';

/** How long one request to the test's server, or one look into the page's cache, may take. */
const STEP_TIMEOUT_MS = 10_000;

/**
 * The sign-language content the server ships, read the way the tests expect the device to
 * read it: whatever manifest is deployed, so the tests work with any content set.
 */
export interface ShippedSignContent {
  manifest: SignManifest;
  /** URL paths a full download of every language brings: the manifest, every caption and one playable video per clip. */
  files: string[];
  /** Per file path, its size in bytes as the server sends it. */
  sizes: Map<string, number>;
  /** Video paths of the download, in manifest order. */
  videos: string[];
}

/** Fetches the manifest and each file's size from the server, and picks videos as `page`'s browser can play them. */
export async function readShippedSignContent(origin: string, page: Page): Promise<ShippedSignContent> {
  const { status, body: manifestBytes } = await get(origin, SIGN_LANGUAGE_MANIFEST_PATH);
  if (status !== 200) throw new Error(`GET ${SIGN_LANGUAGE_MANIFEST_PATH} returned HTTP ${status}; is dist/app/sign-language built?`);
  const parsed = parseSignManifest(JSON.parse(new TextDecoder().decode(manifestBytes)));
  if (!parsed.ok) throw new Error(`The shipped manifest is invalid: ${JSON.stringify(parsed.problems)}`);
  const manifest = parsed.manifest;

  const files = new Set<string>([SIGN_LANGUAGE_MANIFEST_PATH]);
  const videos: string[] = [];
  for (const language of availableSignLanguages(manifest)) {
    for (const clip of Object.values(manifest.languages[language] ?? {})) {
      files.add(`${SIGN_LANGUAGE_BASE_PATH}${clip.captions}`);
      for (const video of clip.videos) {
        const type = video.endsWith('.mp4') ? 'video/mp4' : 'video/webm';
        if (await page.evaluate((mime) => document.createElement('video').canPlayType(mime) !== '', type)) {
          const path = `${SIGN_LANGUAGE_BASE_PATH}${video}`;
          if (!files.has(path)) videos.push(path);
          files.add(path);
          break;
        }
      }
    }
  }

  const sizes = new Map<string, number>();
  for (const file of files) {
    const { status, body } = await get(origin, file);
    if (status !== 200) throw new Error(`GET ${file} returned HTTP ${status}`);
    sizes.set(file, body.byteLength);
  }
  return { manifest, files: [...files], sizes, videos };
}

/** Fetches `path` from the server with Node's fetch, which has no timeout of its own, and reads the whole body. */
async function get(origin: string, path: string): Promise<{ status: number; body: ArrayBuffer }> {
  return within(
    `GET ${path}`,
    STEP_TIMEOUT_MS,
    fetch(`${origin}${path}`).then(async (response) => ({ status: response.status, body: await response.arrayBuffer() })),
  );
}

/** URL paths in the sign-language cache of `page`'s origin, sorted. */
export async function cachedSignFiles(page: Page): Promise<string[]> {
  const listing = page.evaluate(async (cacheName) => {
    const cache = await caches.open(cacheName);
    return (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
  }, SIGN_LANGUAGE_CACHE);
  return within(`Listing the ${SIGN_LANGUAGE_CACHE} cache`, STEP_TIMEOUT_MS, listing);
}
