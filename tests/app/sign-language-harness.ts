import { vi } from 'vitest';
import { SIGN_MANIFEST_FORMAT, type SignLanguage } from '../../src/domain/sign-language/manifest.ts';
import type { NetworkRoutes } from './app-harness.tsx';

/** The sign-language content a test serves: keys per language, with or without their files. */
export interface SignContent {
  languages: Partial<Record<SignLanguage, readonly string[]>>;
  /** Marks every clip as a generated sample, as the shipped clips are. */
  sample?: boolean;
  /** Manifest keys whose caption file returns 404. */
  missingCaptions?: readonly string[];
}

/** Returns manifest JSON in the real format (`loket-sign-language/1`), one clip per key. */
export function manifestJson({ languages, sample = true }: SignContent): unknown {
  return {
    format: SIGN_MANIFEST_FORMAT,
    languages: Object.fromEntries(
      Object.entries(languages).map(([language, keys]) => [
        language,
        {
          clips: Object.fromEntries(
            (keys ?? []).map((key) => [key, { video: [`${language}/${key}.webm`], captions: `${language}/${key}.vtt`, sample }]),
          ),
        },
      ]),
    ),
  };
}

/** Returns the caption text of a served clip, which names its key so a test can tell clips apart. */
export function captionLine(language: SignLanguage, key: string): string {
  return `Teks ${language} untuk ${key}.`;
}

/**
 * Serves the manifest and the captions of `content` under /sign-language/, as the intake
 * server does, and returns 404 for the manifest when `content` is undefined.
 */
export function signRoutes(content: () => SignContent | undefined): NetworkRoutes {
  return (url) => {
    const path = new URL(url, 'http://loket.test').pathname;
    if (!path.startsWith('/sign-language/')) return undefined;
    const current = content();
    if (path === '/sign-language/manifest.json') {
      return current ? Response.json(manifestJson(current)) : new Response('not found', { status: 404 });
    }
    const match = /^\/sign-language\/(bisindo|sibi)\/(.+)\.vtt$/.exec(path);
    if (current && match) {
      const [, language, key] = match as unknown as [string, SignLanguage, string];
      if (!current.missingCaptions?.includes(key)) {
        return new Response(`WEBVTT\n\n00:00.000 --> 00:02.000\n${captionLine(language, key)}\n`, { headers: { 'content-type': 'text/vtt' } });
      }
    }
    return new Response('not found', { status: 404 });
  };
}

/** The part of a TextTrack that the panel uses, as the jsdom stub gives it. */
export interface StubTextTrack extends EventTarget {
  mode: TextTrackMode;
  activeCues: { text: string }[];
}

/**
 * Gives jsdom's media elements what the panel uses: play() and pause() that switch `paused`
 * and fire their events as a browser does, and a TextTrack behind each <track>. `refuse`
 * makes play() reject, as an autoplay policy would.
 */
export function stubMediaElements({ refuse = false }: { refuse?: boolean } = {}) {
  const playing = new WeakMap<HTMLMediaElement, boolean>();
  const tracks = new WeakMap<HTMLTrackElement, StubTextTrack>();
  vi.spyOn(HTMLMediaElement.prototype, 'paused', 'get').mockImplementation(function (this: HTMLMediaElement) {
    return !playing.get(this);
  });
  const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
    if (refuse) return Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError'));
    playing.set(this, true);
    this.dispatchEvent(new Event('play'));
    return Promise.resolve();
  });
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(function (this: HTMLMediaElement) {
    playing.set(this, false);
    this.dispatchEvent(new Event('pause'));
  });
  Object.defineProperty(HTMLTrackElement.prototype, 'track', {
    configurable: true,
    get(this: HTMLTrackElement) {
      let track = tracks.get(this);
      if (!track) {
        track = Object.assign(new EventTarget(), { mode: 'disabled' as TextTrackMode, activeCues: [] });
        tracks.set(this, track);
      }
      return track;
    },
  });
  return { play };
}

/** Makes `text` the active cue of the <track> in `video` and fires cuechange, as a browser does when playback reaches a cue. */
export function showCue(video: HTMLVideoElement, text: string): void {
  const track = video.querySelector('track')?.track as unknown as StubTextTrack | undefined;
  if (!track) throw new Error('The video has no caption track');
  track.activeCues = text ? [{ text }] : [];
  track.dispatchEvent(new Event('cuechange'));
}

/**
 * Gives jsdom the VTTCue class that browsers have. media-captions extends the browser's own
 * class wherever a document exists, and jsdom has none.
 */
export function provideVttCue(): void {
  const scope = globalThis as { VTTCue?: unknown };
  scope.VTTCue ??= class extends EventTarget {
    constructor(
      public startTime: number,
      public endTime: number,
      public text: string,
    ) {
      super();
    }
  };
}
