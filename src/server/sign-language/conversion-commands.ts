/**
 * The ffmpeg commands that docs/sign-language.md recommends and the checker prints as fixes.
 * Both scale a recording into a 1080 × 1080 square and pad the rest. They set 25 frames per
 * second with a keyframe every 25 frames (one a second), so that seeking stays quick, and drop
 * the sound, which sign-language clips do not need.
 */

const SQUARE_1080 = 'scale=1080:1080:force_original_aspect_ratio=decrease,pad=1080:1080:(ow-iw)/2:(oh-ih)/2,fps=25,format=yuv420p';

/** Quotes a path for a POSIX shell when it contains anything beyond the characters manifests allow. */
function shellQuote(path: string): string {
  return /^[A-Za-z0-9._\-/]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}

/** WebM with VP9 at constant quality (CRF 32), the preferred format. */
export function webmCommand(input: string, output: string): string {
  return `ffmpeg -i ${shellQuote(input)} -vf "${SQUARE_1080}" -c:v libvpx-vp9 -crf 32 -b:v 0 -g 25 -row-mt 1 -an ${shellQuote(output)}`;
}

/** MP4 with H.264 High profile (CRF 23), for devices that need it; `+faststart` lets playback start before the whole file is read. */
export function mp4Command(input: string, output: string): string {
  return `ffmpeg -i ${shellQuote(input)} -vf "${SQUARE_1080}" -c:v libx264 -profile:v high -crf 23 -g 25 -movflags +faststart -an ${shellQuote(output)}`;
}

/** Copies H.264 video from a QuickTime (.mov) file into MP4 without encoding it again. */
export function remuxToMp4Command(input: string, output: string): string {
  return `ffmpeg -i ${shellQuote(input)} -map 0:v:0 -c:v copy -an -movflags +faststart ${shellQuote(output)}`;
}

/** Keeps the video as it is and drops the sound. */
export function dropAudioCommand(input: string, output: string): string {
  return `ffmpeg -i ${shellQuote(input)} -map 0:v:0 -c:v copy -an ${shellQuote(output)}`;
}

export function renameCommand(input: string, output: string): string {
  return `mv ${shellQuote(input)} ${shellQuote(output)}`;
}

/**
 * Names a converted file: the input's name with `extension`, or with `.v2` before the
 * extension when that would be the input's own name, because ffmpeg cannot write over its input.
 */
export function convertedName(input: string, extension: string): string {
  const slash = input.lastIndexOf('/');
  const dot = input.lastIndexOf('.');
  const stem = dot > slash + 1 ? input.slice(0, dot) : input;
  const candidate = `${stem}.${extension}`;
  return candidate === input ? `${stem}.v2.${extension}` : candidate;
}
