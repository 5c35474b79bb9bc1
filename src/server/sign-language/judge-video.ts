import { convertedName, dropAudioCommand, mp4Command, remuxToMp4Command, renameCommand, webmCommand } from './conversion-commands.ts';
import type { VideoFacts } from './probe-video.ts';
import type { SignCheckFinding } from './sign-check-finding.ts';

/**
 * The formats that Chromium, Firefox and Safari all play in a <video> element, by the
 * extension the file must carry. Kiosks run Chromium, but visitors' phones and tablets run the
 * others, and the same clips serve all of them. MediaInfo names H.264 `AVC`.
 */
const PLAYABLE = {
  webm: { video: ['VP8', 'VP9', 'AV1'], audio: ['Opus', 'Vorbis'] },
  mp4: { video: ['AVC', 'AV1'], audio: ['AAC'] },
} as const;
type PlayableContainer = keyof typeof PLAYABLE;

/**
 * H.264 profiles that every browser decodes. Chromium also decodes High 10 and High 4:4:4, but
 * Safari's decoder and Firefox through Windows Media Foundation stop at High (8-bit 4:2:0).
 * Recordings exported from image sequences or screen captures often come out as 4:4:4.
 */
const PLAYABLE_AVC_PROFILES = ['Baseline', 'Constrained Baseline', 'Main', 'High'];

/** The shorter side below which hand shapes and faces get hard to read, in pixels. */
export const MIN_SHORT_SIDE = 480;
/** The maximum clip length before a warning, in seconds: one idea per clip keeps a replay short. */
export const MAX_DURATION_SECONDS = 60;

type FileFinding = Omit<SignCheckFinding, 'language' | 'key'>;

/** Judges one video file from what MediaInfo read from its bytes and returns its findings. */
export function judgeVideo(file: string, facts: VideoFacts): FileFinding[] {
  if (facts.container === undefined) {
    return [{ code: 'unknownFormat', file, details: {} }];
  }
  if (facts.truncated) {
    return [{ code: 'truncated', file, details: { container: describeContainer(facts) } }];
  }

  const container = playableContainer(facts);
  // An empty `video` or `audio` means the file has none; the report prints "none".
  const found = { container: describeContainer(facts), video: facts.video?.format ?? '', audio: facts.audio.join(', ') };
  if (container === undefined && facts.video === undefined) {
    // A picture or a sound under a video's name. Converting it would only make a still "video", so no command is offered.
    return [{ code: 'notVideo', file, details: { ...found, extension: extensionOf(file) } }];
  }
  if (container === undefined) {
    // H.264 in a QuickTime file only needs a new container, which is fast and loses nothing.
    const remux = facts.containerProfile === 'QuickTime' && facts.video?.format === 'AVC' && playableAvcProfile(facts);
    const fix = remux ? remuxToMp4Command(file, convertedName(file, 'mp4')) : webmCommand(file, convertedName(file, 'webm'));
    return [{ code: 'unplayableContainer', file, details: found, fix }];
  }
  if (facts.video === undefined) {
    return [{ code: 'noVideoTrack', file, details: found }];
  }

  const findings: FileFinding[] = [];
  const rules = PLAYABLE[container];
  if (!(rules.video as readonly string[]).includes(facts.video.format)) {
    findings.push({ code: 'unplayableVideo', file, details: found, fix: webmCommand(file, convertedName(file, 'webm')) });
  } else if (facts.video.format === 'AVC' && !playableAvcProfile(facts)) {
    const details = { ...found, profile: describeAvcProfile(facts) };
    findings.push({ code: 'unplayableProfile', file, details, fix: mp4Command(file, convertedName(file, 'mp4')) });
  }
  const badAudio = facts.audio.filter((format) => !(rules.audio as readonly string[]).includes(format));
  if (badAudio.length > 0 && findings.length === 0) {
    findings.push({ code: 'unplayableAudio', file, details: { ...found, audio: badAudio.join(', ') }, fix: dropAudioCommand(file, convertedName(file, container)) });
  }

  const extension = extensionOf(file);
  if (extension !== container) {
    findings.push({
      code: 'extensionMismatch',
      file,
      details: { ...found, extension, expected: container },
      fix: renameCommand(file, convertedName(file, container)),
    });
  }
  return [...findings, ...qualityWarnings(file, facts)];
}

function qualityWarnings(file: string, facts: VideoFacts): FileFinding[] {
  const warnings: FileFinding[] = [];
  const { width, height } = facts.video ?? {};
  if (width !== undefined && height !== undefined && Math.min(width, height) < MIN_SHORT_SIDE) {
    warnings.push({ code: 'smallVideo', file, details: { width, height, minimum: MIN_SHORT_SIDE } });
  }
  if (facts.durationSeconds !== undefined && facts.durationSeconds > MAX_DURATION_SECONDS) {
    warnings.push({ code: 'longVideo', file, details: { seconds: Math.round(facts.durationSeconds), maximum: MAX_DURATION_SECONDS } });
  }
  return warnings;
}

function playableContainer(facts: VideoFacts): PlayableContainer | undefined {
  if (facts.container === 'WebM') return 'webm';
  // MediaInfo calls both MP4 and QuickTime `MPEG-4`; Firefox rejects video/quicktime.
  if (facts.container === 'MPEG-4' && facts.containerProfile !== 'QuickTime') return 'mp4';
  return undefined;
}

function playableAvcProfile(facts: VideoFacts): boolean {
  const profile = facts.video?.profile;
  const bitDepth = facts.video?.bitDepth ?? 8;
  const chroma = facts.video?.chromaSubsampling ?? '4:2:0';
  return profile !== undefined && PLAYABLE_AVC_PROFILES.includes(profile) && bitDepth === 8 && chroma === '4:2:0';
}

function describeAvcProfile(facts: VideoFacts): string {
  const parts = [facts.video?.profile ?? '?', facts.video?.bitDepth ? `${facts.video.bitDepth}-bit` : undefined, facts.video?.chromaSubsampling];
  return parts.filter((part) => part !== undefined).join(' ');
}

function describeContainer(facts: VideoFacts): string {
  if (facts.container === 'MPEG-4') return facts.containerProfile === 'QuickTime' ? 'QuickTime (MOV)' : 'MP4';
  return facts.container ?? '?';
}

function extensionOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
