import { execFile } from 'node:child_process';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FRAME_SIZE, LABEL_BAND_HEIGHT, LANGUAGE_Y, layoutText, MARGIN, type TextFonts, TIME_BAR_HEIGHT } from './clip-layout.ts';
import type { SampleFonts } from './sample-fonts.ts';

const run = promisify(execFile);

export const FRAMES_PER_SECOND = 25;

/** The label every sample frame carries, so that no viewer mistakes the clip for sign language. */
export const SAMPLE_LABEL = 'CONTOH — bukan bahasa isyarat';
export const SAMPLE_LABEL_ENGLISH = 'SAMPLE — not sign language';

const COLORS = {
  background: '0x15202b',
  band: '0xffd21f',
  bandText: '0x111111',
  language: '0x9fd3ff',
  text: '0xffffff',
  barTrack: '0x3a4652',
  bar: '0xffd21f',
} as const;

export interface ClipRequest {
  paragraphs: readonly string[];
  /** Shown under the label, such as "BISINDO". */
  languageName: string;
  seconds: number;
  outputPath: string;
  /** A folder of the caller's for the text files drawtext reads. */
  workDir: string;
  fonts: SampleFonts;
  /** The widths of the same fonts, for wrapping. */
  measures: TextFonts;
}

/**
 * Paths go into the filter graph, whose syntax reserves `:`, `,`, `'`, `\`, `[`, `]` and `;`.
 * Only paths made of plain characters are accepted, so no escaping can go wrong.
 */
function filterPath(path: string): string {
  if (!/^[A-Za-z0-9_./-]+$/.test(path)) {
    throw new Error(`The path ${path} contains characters that an ffmpeg filter graph reserves. Use fonts and a TMPDIR whose paths contain only letters, digits, '.', '_', '-' and '/'.`);
  }
  return path;
}

function drawText(textFile: string, fontFile: string, options: string): string {
  // expansion=none draws the file's text as it is, with no %{...} functions.
  return `drawtext=fontfile=${filterPath(fontFile)}:textfile=${filterPath(textFile)}:expansion=none:${options}`;
}

/**
 * Renders one sample clip: WebM, VP9, no audio, 640 × 640 at 25 fps with a keyframe every
 * second, so a player can seek to any second quickly. The text goes through files, never
 * through the command line. The bitexact flags and stripped metadata leave no version
 * string or creation time in the file, so the same input gives the same bytes with the same
 * ffmpeg and libvpx.
 */
export async function renderClip(request: ClipRequest): Promise<void> {
  const { fonts, workDir, seconds } = request;
  const layout = layoutText(request.paragraphs, request.measures);
  const files = {
    label: join(workDir, 'label.txt'),
    labelEnglish: join(workDir, 'label-en.txt'),
    language: join(workDir, 'language.txt'),
    heading: join(workDir, 'heading.txt'),
    body: join(workDir, 'body.txt'),
  };
  await writeFile(files.label, SAMPLE_LABEL);
  await writeFile(files.labelEnglish, SAMPLE_LABEL_ENGLISH);
  await writeFile(files.language, request.languageName);
  await writeFile(files.heading, layout.heading.lines.join('\n'));
  if (layout.body) await writeFile(files.body, layout.body.lines.join('\n'));

  const textOptions = `fontsize=${layout.fontSize}:line_spacing=${layout.lineSpacing}:fontcolor=${COLORS.text}:x=${MARGIN}`;
  const frame = [
    `drawbox=x=0:y=0:w=iw:h=${LABEL_BAND_HEIGHT}:color=${COLORS.band}:t=fill`,
    drawText(files.label, fonts.bold, `fontsize=32:fontcolor=${COLORS.bandText}:x=(w-text_w)/2:y=18`),
    drawText(files.labelEnglish, fonts.regular, `fontsize=26:fontcolor=${COLORS.bandText}:x=(w-text_w)/2:y=68`),
    drawText(files.language, fonts.bold, `fontsize=28:fontcolor=${COLORS.language}:x=${MARGIN}:y=${LANGUAGE_Y}`),
    drawText(files.heading, fonts.bold, `${textOptions}:y=${layout.heading.y}`),
    ...(layout.body ? [drawText(files.body, fonts.regular, `${textOptions}:y=${layout.body.y}`)] : []),
    `drawbox=x=0:y=ih-${TIME_BAR_HEIGHT}:w=iw:h=${TIME_BAR_HEIGHT}:color=${COLORS.barTrack}:t=fill`,
  ].join(',');
  // The bar is a strip that slides in from the left, so its visible width grows with the time.
  const filter = `[0:v]${frame}[frame];[frame][1:v]overlay=x=-w+w*t/${seconds}:y=H-h:eval=frame:shortest=1,format=yuv420p[video]`;

  const partialPath = `${request.outputPath}.partial`;
  const size = `${FRAME_SIZE}x${FRAME_SIZE}`;
  await run('ffmpeg', [
    '-hide_banner', '-loglevel', 'error', '-nostdin', '-y',
    '-f', 'lavfi', '-i', `color=c=${COLORS.background}:s=${size}:r=${FRAMES_PER_SECOND}:d=${seconds}`,
    '-f', 'lavfi', '-i', `color=c=${COLORS.bar}:s=${FRAME_SIZE}x${TIME_BAR_HEIGHT}:r=${FRAMES_PER_SECOND}:d=${seconds}`,
    '-filter_complex', filter,
    '-map', '[video]', '-an',
    // Constant quality at libvpx's lowest setting still keeps DejaVu text sharp on a flat background.
    '-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', '63', '-deadline', 'good', '-cpu-used', '4',
    // One thread: libvpx's multithreaded encoding does not promise the same bytes on every run.
    '-threads', '1', '-row-mt', '0',
    '-g', String(FRAMES_PER_SECOND), '-keyint_min', String(FRAMES_PER_SECOND),
    '-fflags', '+bitexact', '-flags:v', '+bitexact', '-map_metadata', '-1',
    '-f', 'webm', partialPath,
  ]);
  await rename(partialPath, request.outputPath);
}
