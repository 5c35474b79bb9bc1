import { open } from 'node:fs/promises';
import { createRequire } from 'node:module';
import mediaInfoFactory, { type MediaInfo, type Track } from 'mediainfo.js';

/** Facts that MediaInfo read from a file's bytes; the file name plays no part. */
export interface VideoFacts {
  /** MediaInfo's container name: `WebM`, `MPEG-4`, `Matroska`, `AVI`…; undefined when it recognised none. */
  container: string | undefined;
  /** For `MPEG-4`: `Base Media` for MP4, `QuickTime` for a MOV file. */
  containerProfile: string | undefined;
  video: VideoTrackFacts | undefined;
  videoTrackCount: number;
  /** Audio formats, such as `Opus` or `AAC`; empty without sound. */
  audio: string[];
  /** The container's duration in seconds. */
  durationSeconds: number | undefined;
  /** The file ends before the sizes that its own headers declare, as after an interrupted copy. */
  truncated: boolean;
}

export interface VideoTrackFacts {
  /** `VP8`, `VP9`, `AV1`, `AVC` (H.264), `HEVC`, `MPEG-4 Visual`, `ProRes`… */
  format: string;
  /** Such as `High` or `High 4:4:4 Predictive` for AVC, `0` for VP9. */
  profile: string | undefined;
  width: number | undefined;
  height: number | undefined;
  bitDepth: number | undefined;
  chromaSubsampling: string | undefined;
}

export interface VideoProber {
  probe(path: string): Promise<VideoFacts>;
  close(): void;
}

/**
 * Starts MediaInfo (MediaInfoLib compiled to WebAssembly by mediainfo.js). The .wasm file is
 * read from the installed package, so probing works offline. One prober serves many files;
 * close() frees it.
 */
export async function createVideoProber(): Promise<VideoProber> {
  const wasmPath = createRequire(import.meta.url).resolve('mediainfo.js/MediaInfoModule.wasm');
  const mediaInfo = await mediaInfoFactory({ format: 'object', locateFile: () => wasmPath });
  return {
    probe: (path) => probeFile(mediaInfo, path),
    close: () => mediaInfo.close(),
  };
}

async function probeFile(mediaInfo: MediaInfo<'object'>, path: string): Promise<VideoFacts> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const result = await mediaInfo.analyzeData(size, async (chunkSize, offset) => {
      const buffer = Buffer.alloc(chunkSize);
      const { bytesRead } = await file.read(buffer, 0, chunkSize, offset);
      return buffer.subarray(0, bytesRead);
    });
    return toFacts(result.media?.track ?? []);
  } finally {
    await file.close();
  }
}

function toFacts(tracks: readonly Track[]): VideoFacts {
  const general = tracks.find((track) => track['@type'] === 'General');
  const videos = tracks.filter((track) => track['@type'] === 'Video');
  const video = videos[0];
  return {
    container: text(general?.Format),
    containerProfile: text(general?.Format_Profile),
    video: video && {
      format: text(video.Format) ?? 'unknown',
      profile: text(video.Format_Profile),
      width: number(video.Width),
      height: number(video.Height),
      bitDepth: number(video.BitDepth),
      chromaSubsampling: text(video.ChromaSubsampling),
    },
    videoTrackCount: videos.length,
    audio: tracks.filter((track) => track['@type'] === 'Audio').map((track) => text(track.Format) ?? 'unknown'),
    durationSeconds: number(general?.Duration),
    // MediaInfo compares the sizes that the container's headers declare with the file size.
    truncated: general?.extra?.IsTruncated === 'Yes',
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function number(value: unknown): number | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}
