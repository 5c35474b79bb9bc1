import { SIGN_LANGUAGE_BASE_PATH, SIGN_LANGUAGE_MANIFEST_PATH, type SignLanguage, type SignManifest } from '../../domain/sign-language/manifest.ts';
import { ERROR_SUMMARY_TOPIC } from '../../domain/sign-language/topics.ts';
import { VIDEO_PATH } from '../../domain/sign-language/video-signature.ts';
import { deleteSignLanguageFilesExcept, listSignLanguageFiles } from '../../sw/sign-language-files.ts';
import { storeSignLanguageFile, type StoreOptions } from '../../sw/sign-language-store.ts';
import { signContentUrl } from './load-manifest.ts';

/**
 * Staff's download of a whole sign-language set at kiosk setup: the manifest, the captions and
 * one playable video of every clip in the chosen languages, in that order, into the service
 * worker's sign-language cache. Files go one at a time, so progress is exact and a full disk stops the
 * run after the first file that does not fit.
 */

export interface PrefetchProgress {
  /** Files handled so far, stored, already cached or failed. */
  done: number;
  total: number;
  /** Bytes downloaded and stored in this run. */
  bytes: number;
}

interface Counts {
  /** Files that are in the cache now: stored in this run or already there. */
  saved: number;
  total: number;
  bytes: number;
  /** Cached files the manifest no longer lists, deleted before the downloads. */
  removed: number;
}

export type PrefetchResult =
  | ({ kind: 'complete' } & Counts)
  /** `failed` lists the files' paths relative to the manifest's folder. */
  | ({ kind: 'someFailed'; failed: string[] } & Counts)
  /** Stopped at the first file that did not fit beside the outbox reserve. */
  | ({ kind: 'noRoom' } & Counts)
  /** The device is offline or the server did not respond. */
  | ({ kind: 'offline' } & Counts)
  | ({ kind: 'cancelled' } & Counts)
  /** The run broke off on an error, such as a rejected Cache API call. The error is logged. */
  | ({ kind: 'error' } & Counts);

/** Whether the browser can play a video file, from its name. The default checks a video element. */
export type CanPlayVideo = (path: string) => boolean;

const VIDEO_TYPES: Record<string, string> = { webm: 'video/webm', mp4: 'video/mp4' };

/** Returns true when a `<video>` element reports that it may play the file's container type. */
export function canPlayInVideoElement(path: string): boolean {
  const type = VIDEO_TYPES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()];
  return type !== undefined && document.createElement('video').canPlayType(type) !== '';
}

/**
 * Rank of a topic's video in the download, lowest first: what every visitor sees (screens and
 * steps) before what only some need (the error summary, receipts), and the many field and error
 * clips last, whose wider topics already explain them.
 */
export function videoPriority(key: string): number {
  if (key.startsWith('screen.')) return 0;
  if (key.startsWith('step.')) return 1;
  if (key === ERROR_SUMMARY_TOPIC) return 2;
  if (key.startsWith('receipt.')) return 3;
  return 4;
}

/**
 * Returns the files to download for `languages`, as paths relative to the manifest's folder:
 * first the captions of every clip, then per clip the first video the browser can play, ordered
 * by videoPriority(). A run that stops for lack of room thus leaves every caption, which the
 * panel shows in place of a missing video, and the most used videos. A clip with no playable
 * video brings only its captions.
 */
export function filesToPrefetch(manifest: SignManifest, languages: readonly SignLanguage[], canPlay: CanPlayVideo): string[] {
  const captions = new Set<string>();
  const videos: { path: string; priority: number }[] = [];
  for (const language of languages) {
    for (const [key, clip] of Object.entries(manifest.languages[language] ?? {})) {
      captions.add(clip.captions);
      const video = clip.videos.find(canPlay);
      if (video) videos.push({ path: video, priority: videoPriority(key) });
    }
  }
  // A stable sort keeps the languages' and the manifest's order within a rank.
  const ordered = videos.sort((a, b) => a.priority - b.priority).map(({ path }) => path);
  return [...new Set([...captions, ...ordered])];
}

/** Lists every path the manifest names in any language, every video alternative included. */
function listedFiles(manifest: SignManifest): string[] {
  return Object.values(manifest.languages).flatMap((clips) => Object.values(clips ?? {}).flatMap((clip) => [clip.captions, ...clip.videos]));
}

function absoluteUrl(path: string): string {
  return new URL(path, location.href).href;
}

export interface PrefetchOptions {
  manifest: SignManifest;
  languages: readonly SignLanguage[];
  signal: AbortSignal;
  onProgress: (progress: PrefetchProgress) => void;
  canPlay?: CanPlayVideo;
  /** For tests: fetches through this instead of the global fetch. */
  fetch?: StoreOptions['fetch'];
}

/**
 * Deletes cached files the manifest no longer lists, then downloads what `languages` need and
 * the cache lacks. The manifest and captions are fetched again even when cached, because a
 * city corrects them in place. A cached video is kept, so a changed video needs a new name.
 * Any error ends the run with an `error` result instead of a rejection.
 */
export async function prefetchSignLanguage(options: PrefetchOptions): Promise<PrefetchResult> {
  const counts: Counts = { saved: 0, total: 0, bytes: 0, removed: 0 };
  try {
    return await downloadFiles(options, counts);
  } catch (error) {
    // A result, not a rejection, so the setup screen never shows a download that does not end.
    console.error('The sign-language download failed', error);
    return { kind: 'error', ...counts };
  }
}

/** Runs the download of prefetchSignLanguage(), keeping `counts` current so a failure can report how far it came. */
async function downloadFiles(options: PrefetchOptions, counts: Counts): Promise<PrefetchResult> {
  const { manifest, languages, signal, onProgress } = options;
  const paths = filesToPrefetch(manifest, languages, options.canPlay ?? canPlayInVideoElement);
  const files: { path: string; url: string }[] = [
    { path: SIGN_LANGUAGE_MANIFEST_PATH.slice(SIGN_LANGUAGE_BASE_PATH.length), url: SIGN_LANGUAGE_MANIFEST_PATH },
    ...paths.map((path) => ({ path, url: signContentUrl(path) })),
  ];
  counts.total = files.length;
  counts.removed = await deleteSignLanguageFilesExcept(
    new Set([SIGN_LANGUAGE_MANIFEST_PATH, ...listedFiles(manifest).map(signContentUrl)].map(absoluteUrl)),
  );
  const failed: string[] = [];
  onProgress({ done: 0, total: counts.total, bytes: 0 });

  for (const [index, { path, url }] of files.entries()) {
    if (signal.aborted) return { kind: 'cancelled', ...counts };
    const refresh = !VIDEO_PATH.test(path);
    const result = await storeSignLanguageFile(url, { refresh, signal, fetch: options.fetch });

    if (result.outcome === 'stored' || result.outcome === 'alreadyCached') {
      counts.saved += 1;
      if (result.outcome === 'stored') counts.bytes += result.bytes;
    } else if (result.outcome === 'noRoom') {
      return { kind: 'noRoom', ...counts };
    } else if (result.reason === 'aborted') {
      return { kind: 'cancelled', ...counts };
    } else if (result.reason === 'network' && (index === 0 || !navigator.onLine)) {
      // No response for the manifest, the first file, means the server is out of reach.
      return { kind: 'offline', ...counts };
    } else {
      failed.push(path);
    }
    onProgress({ done: index + 1, total: counts.total, bytes: counts.bytes });
  }
  return failed.length > 0 ? { kind: 'someFailed', failed, ...counts } : { kind: 'complete', ...counts };
}

/** Counts the files and bytes in the sign-language cache now. */
export async function signLanguageCacheUsage(): Promise<{ files: number; bytes: number }> {
  const files = await listSignLanguageFiles();
  return { files: files.length, bytes: files.reduce((sum, file) => sum + file.bytes, 0) };
}
