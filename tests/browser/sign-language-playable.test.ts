import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeVideo } from '../../src/server/sign-language/judge-video.ts';
import { createVideoProber, type VideoProber } from '../../src/server/sign-language/probe-video.ts';
import { isFault } from '../../src/server/sign-language/sign-check-finding.ts';
import { BrowserSession } from './support/browser-session.ts';

// Each video fixture, served by the built server from LOKET_SIGN_LANGUAGE_DIR, played in a
// <video> in Chromium. The checker judges for Chromium, Firefox and Safari at once, so it is
// stricter than Chromium alone for the files below; for every other file the two must agree.
const videoFolder = resolve(import.meta.dirname, '../fixtures/sign-language/video');

/** Files Chromium plays that the checker rejects, each with the browser that does not play it. */
const STRICTER_THAN_CHROMIUM: Record<string, string> = {
  'vp9.mkv': 'Safari plays no Matroska',
  'h264.mov': 'Firefox rejects the video/quicktime type',
  'vp9.mp4': 'Safari plays VP9 only in WebM',
  'h264-444.mp4': 'Safari and Firefox on Windows decode H.264 only up to High (8-bit 4:2:0)',
  'h264-opus.mp4': 'Safari plays no Opus in MP4 on older systems; the checker asks for AAC or no sound',
  'webm-named.mp4': 'the server sends video/mp4 for WebM bytes, which Firefox and Safari do not sniff past',
};

type ChromiumOutcome = 'plays' | 'error' | 'noPicture' | 'stopsEarly';

let session: BrowserSession;
let page: Page;
let prober: VideoProber;

beforeAll(async () => {
  session = await BrowserSession.open({}, { LOKET_SIGN_LANGUAGE_DIR: videoFolder });
  page = await session.context.newPage();
  // A page of the server's origin that does not start the app, so no service worker stands
  // between the <video> and the server.
  await page.goto(`${session.server.origin}/api/v1/config`);
  prober = await createVideoProber();
});

afterAll(async () => {
  prober?.close();
  await session?.close();
});

/**
 * Loads a clip into a <video> and plays its last half second. It counts as playable when the
 * metadata loads, the video has a picture, and the last frame shown lies in the last tenth of
 * the duration: a truncated WebM loads and ends without an error, but its pictures stop early.
 */
async function playInChromium(src: string): Promise<{ outcome: ChromiumOutcome; detail: string }> {
  return page.evaluate(async (url) => {
    const video = document.createElement('video');
    video.muted = true;
    video.preload = 'auto';
    document.body.append(video);
    try {
      const loaded = await new Promise<boolean>((resolveLoad) => {
        video.addEventListener('loadedmetadata', () => resolveLoad(true), { once: true });
        video.addEventListener('error', () => resolveLoad(false), { once: true });
        video.src = url;
      });
      if (!loaded) return { outcome: 'error' as const, detail: video.error?.message ?? '' };
      if (video.videoWidth === 0) return { outcome: 'noPicture' as const, detail: `duration ${video.duration}` };

      // Play the last half second and note the latest frame shown. max() keeps a frame that
      // was still pending from before the seek from counting.
      await new Promise((resolveSeek) => {
        video.addEventListener('seeked', resolveSeek, { once: true });
        video.currentTime = Math.max(0, video.duration - 0.5);
      });
      let lastFrame = -1;
      const onFrame = (_now: number, frame: VideoFrameCallbackMetadata): void => {
        lastFrame = Math.max(lastFrame, frame.mediaTime);
        video.requestVideoFrameCallback(onFrame);
      };
      video.requestVideoFrameCallback(onFrame);
      const ended = await new Promise<boolean>((resolveEnd) => {
        video.addEventListener('ended', () => resolveEnd(true), { once: true });
        video.addEventListener('error', () => resolveEnd(false), { once: true });
        video.play().catch(() => resolveEnd(false));
      });
      const detail = `last frame at ${lastFrame} of ${video.duration} s${video.error ? `, ${video.error.message}` : ''}`;
      if (!ended) return { outcome: 'error' as const, detail };
      return { outcome: lastFrame >= video.duration * 0.9 ? ('plays' as const) : ('stopsEarly' as const), detail };
    } finally {
      video.removeAttribute('src');
      video.load();
      video.remove();
    }
  }, src);
}

const fixtures = readdirSync(videoFolder).sort();

describe('checker verdicts against Chromium', () => {
  it('covers every kind of fixture', () => {
    expect(fixtures).toEqual(expect.arrayContaining(['vp9.webm', 'h264.mp4', 'mpeg4-part2.avi', 'mpeg4-part2.mp4', 'truncated.webm', 'text.webm']));
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtures)('%s', async (file) => {
    const findings = judgeVideo(file, await prober.probe(join(videoFolder, file)));
    const checkerPlays = !findings.some(isFault);
    const chromium = await playInChromium(`/sign-language/${file}`);
    const chromiumPlays = chromium.outcome === 'plays';
    const verdicts = `checker: ${findings.map((finding) => finding.code).join(', ') || 'playable'}; Chromium: ${chromium.outcome} (${chromium.detail})`;

    if (file in STRICTER_THAN_CHROMIUM) {
      expect(chromiumPlays, verdicts).toBe(true);
      expect(checkerPlays, verdicts).toBe(false);
    } else {
      expect(checkerPlays, verdicts).toBe(chromiumPlays);
    }
  });
});
