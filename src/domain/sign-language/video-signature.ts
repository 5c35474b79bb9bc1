/** Paths of the video files a manifest may list, by extension. */
export const VIDEO_PATH = /\.(webm|mp4)$/i;

/** Box types an MP4 (ISO base media file) starts with, at bytes 4 to 7. */
const MP4_FIRST_BOXES = new Set(['ftyp', 'moov', 'mdat', 'free', 'skip', 'wide']);

/**
 * Tells whether `bytes`, the start of a file, begins like a WebM (an EBML header, 1A 45 DF A3)
 * or an MP4 file. A picture, a text or a sound under a clip's name fails, although a server
 * that takes the type from the extension sends it as video/webm.
 */
export function hasVideoSignature(bytes: Uint8Array): boolean {
  if (bytes.length >= 4 && bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return true;
  return bytes.length >= 8 && MP4_FIRST_BOXES.has(String.fromCharCode(...bytes.subarray(4, 8)));
}
