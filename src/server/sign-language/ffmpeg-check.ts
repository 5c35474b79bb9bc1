import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Messages for each ffmpeg problem that stops the sample generator, in Indonesian and English. */
export const FFMPEG_PROBLEMS = {
  missing:
    'ffmpeg tidak ditemukan. Pasang ffmpeg (Debian: apt-get install ffmpeg), lalu jalankan lagi.\n' +
    'ffmpeg was not found. Install ffmpeg (Debian: apt-get install ffmpeg) and run this again.',
  noDrawtext:
    'ffmpeg ini tidak memiliki filter drawtext (perlu libfreetype). Pasang ffmpeg dari Debian, lalu jalankan lagi.\n' +
    'This ffmpeg has no drawtext filter (it needs libfreetype). Install the Debian ffmpeg and run this again.',
  noVp9:
    'ffmpeg ini tidak memiliki encoder libvpx-vp9. Pasang ffmpeg dari Debian, lalu jalankan lagi.\n' +
    'This ffmpeg has no libvpx-vp9 encoder. Install the Debian ffmpeg and run this again.',
} as const;

export type FfmpegProblem = keyof typeof FFMPEG_PROBLEMS;

/** Returns the first line of `ffmpeg -version`, or the problem that stops the generator. */
export async function checkFfmpeg(): Promise<{ ok: true; version: string } | { ok: false; problem: FfmpegProblem }> {
  let version: string;
  try {
    version = (await run('ffmpeg', ['-hide_banner', '-version'])).stdout.split('\n')[0] ?? '';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, problem: 'missing' };
    throw error;
  }
  const filters = (await run('ffmpeg', ['-hide_banner', '-filters'])).stdout;
  if (!/\sdrawtext\s/.test(filters)) return { ok: false, problem: 'noDrawtext' };
  const encoders = (await run('ffmpeg', ['-hide_banner', '-encoders'])).stdout;
  if (!/\slibvpx-vp9\s/.test(encoders)) return { ok: false, problem: 'noVp9' };
  return { ok: true, version };
}
