// Bundled on its own by tests/browser/attachments-prepare.test.ts and loaded into the app's
// page, so prepareAttachment runs in Chromium with the helpers that build and inspect files.
import { prepareAttachment } from '../../../src/app/attachments/prepare-attachment.ts';
import type { AttachmentLimits } from '../../../src/domain/attachments/limits.ts';

/** What a prepared file looks like: its name, type and hash check, and for a JPEG the decoded size and some pixels. */
export interface PreparedReport {
  ok: boolean;
  problem?: string;
  name?: string;
  type?: string;
  blobType?: string;
  size?: number;
  shaMatches?: boolean;
  hasExif?: boolean;
  width?: number;
  height?: number;
  /** [r, g, b] at the requested points. */
  pixels?: Record<string, number[]>;
}

/** A point as fractions of the image's width and height. */
export type Points = Record<string, [number, number]>;

/** Prepares `file`, then decodes the result and samples pixels at `points`. */
async function prepareAndInspect(file: File, limits: AttachmentLimits, points: Points = {}): Promise<PreparedReport> {
  const result = await prepareAttachment(file, [], limits);
  if (!result.ok) return { ok: false, problem: result.problem.code };

  const { attachment } = result;
  const bytes = new Uint8Array(await attachment.blob.arrayBuffer());
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  const report: PreparedReport = { ok: true, name: attachment.name, type: attachment.type, blobType: attachment.blob.type, size: attachment.size, shaMatches: hex === attachment.sha256 };
  if (attachment.type !== 'image/jpeg') return report;

  report.hasExif = new TextDecoder('latin1').decode(bytes).includes('Exif');
  const bitmap = await createImageBitmap(attachment.blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas context for the inspection');
  context.drawImage(bitmap, 0, 0);
  report.width = bitmap.width;
  report.height = bitmap.height;
  report.pixels = {};
  for (const [name, [x, y]] of Object.entries(points)) {
    const data = context.getImageData(Math.floor(x * (bitmap.width - 1)), Math.floor(y * (bitmap.height - 1)), 1, 1).data;
    report.pixels[name] = [data[0] ?? -1, data[1] ?? -1, data[2] ?? -1];
  }
  return report;
}

/** Returns a 3000 × 2000 PNG, transparent but for a black square in the middle. */
async function transparentPng(): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 3000;
  canvas.height = 2000;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas context for the test image');
  context.fillStyle = '#000000';
  context.fillRect(1000, 500, 1000, 1000);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The test PNG could not be encoded');
  return new File([blob], 'Tangkapan layar.png', { type: 'image/png' });
}

/**
 * Returns a 400 × 200 JPEG (left half red, right half blue) carrying EXIF orientation 6,
 * "rotate 90° clockwise to display", as a phone held upright writes it.
 */
async function rotatedJpeg(): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 400;
  canvas.height = 200;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas context for the test image');
  context.fillStyle = '#ff0000';
  context.fillRect(0, 0, 200, 200);
  context.fillStyle = '#0000ff';
  context.fillRect(200, 0, 200, 200);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.95));
  if (!blob) throw new Error('The test JPEG could not be encoded');
  const jpeg = new Uint8Array(await blob.arrayBuffer());

  // An APP1 segment after the start-of-image marker: "Exif", a big-endian TIFF header and
  // one IFD entry, Orientation (tag 0x0112, SHORT) = 6.
  const exif = [
    0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, 0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01, 0x01, 0x12, 0x00, 0x03,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  ];
  const bytes = new Uint8Array(jpeg.length + exif.length);
  bytes.set(jpeg.subarray(0, 2));
  bytes.set(exif, 2);
  bytes.set(jpeg.subarray(2), 2 + exif.length);
  return new File([bytes], 'IMG_20261204_101500.jpg', { type: 'image/jpeg' });
}

/** Returns a file with a PNG signature whose image data is garbage. */
function brokenPng(): File {
  const bytes = new Uint8Array(2_000).fill(7);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  return new File([bytes], 'rusak.png', { type: 'image/png' });
}

/** Returns a PDF of 3009 bytes named and declared as a JPEG. */
function pdfNamedJpeg(): File {
  return new File([new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(3_000)}`)], 'scan.jpg', { type: 'image/jpeg' });
}

/** Runs `task` with OffscreenCanvas removed from the page, as in Safari before 16.4, and puts it back. */
async function withoutOffscreenCanvas<T>(task: () => Promise<T>): Promise<T> {
  const saved = globalThis.OffscreenCanvas;
  // @ts-expect-error -- deleting a built-in global is the point of this helper.
  delete globalThis.OffscreenCanvas;
  try {
    return await task();
  } finally {
    globalThis.OffscreenCanvas = saved;
  }
}

export const harness = { prepareAndInspect, transparentPng, rotatedJpeg, brokenPng, pdfNamedJpeg, withoutOffscreenCanvas };
