import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';

/**
 * Real files for the attachment tests, built in Node so that each test has their exact bytes, and
 * readers of what the intake server stored under its data folder.
 */

/** A file for Playwright's setInputFiles. */
export interface ChosenFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * Builds a one-page A4 PDF that shows `text`, with a correct cross-reference table, so PDF
 * readers (pdfinfo among them) open it. `size` pads it to that many bytes with an unreferenced
 * stream of pseudo-random bytes, so compression cannot shrink it. The same text and size
 * always give the same bytes.
 */
export function pdfFile(text: string, size = 0): Buffer {
  const content = `BT /F1 18 Tf 72 760 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ].map((body) => Buffer.from(body, 'latin1'));

  const bare = assemblePdf(objects);
  if (size <= bare.length) return bare;

  // The first guess ignores the padding object's own overhead; since that overhead barely
  // changes with the length, a few corrections reach the exact size.
  const padTo = (length: number) => {
    const stream = Buffer.concat([Buffer.from(`<< /Length ${length} >>\nstream\n`, 'latin1'), pseudoRandomBytes(length, text), Buffer.from('\nendstream', 'latin1')]);
    return assemblePdf([...objects, stream]);
  };
  let length = size - bare.length;
  let padded = padTo(length);
  for (let attempt = 0; attempt < 4 && padded.length !== size; attempt += 1) {
    length = Math.max(0, length + size - padded.length);
    padded = padTo(length);
  }
  return padded;
}

function assemblePdf(objects: readonly Buffer[]): Buffer {
  // A comment of bytes above 127 on the second line marks the file as binary, as PDF writers do.
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(offset);
    parts.push(object);
    offset += object.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** Returns `length` bytes of xorshift32 output seeded from `seed`. */
function pseudoRandomBytes(length: number, seed: string): Buffer {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  state ||= 1;
  const bytes = Buffer.alloc(length);
  for (let index = 0; index < length; index += 1) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

/** Encodes a `width` × `height` PNG of colour gradients with a dark square in the middle: a photo-sized image that must be downscaled. */
export function pngFile(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * 4;
      const inSquare = Math.abs(x - width / 2) < width / 8 && Math.abs(y - height / 2) < height / 8;
      png.data[offset] = inSquare ? 20 : Math.round((255 * x) / width);
      png.data[offset + 1] = inSquare ? 20 : Math.round((255 * y) / height);
      png.data[offset + 2] = inSquare ? 20 : 160;
      png.data[offset + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** Returns a JPEG's size from its first start-of-frame marker, or undefined when the bytes are no JPEG. */
export function jpegDimensions(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    // SOF0 to SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = ((bytes[offset + 5] ?? 0) << 8) | (bytes[offset + 6] ?? 0);
      const width = ((bytes[offset + 7] ?? 0) << 8) | (bytes[offset + 8] ?? 0);
      return { width, height };
    }
    offset += 2 + length;
  }
  return undefined;
}

/** Path of a stored attachment: `<dataDir>/files/<first two hex digits>/<sha256>`, as src/server/storage/file-store.ts lays it out. */
export function storedFilePath(dataDir: string, sha256: string): string {
  return join(dataDir, 'files', sha256.slice(0, 2), sha256);
}

export function readStoredFile(dataDir: string, sha256: string): Promise<Buffer> {
  return readFile(storedFilePath(dataDir, sha256));
}

/** Lists every file under `<dataDir>/files` as `<folder>/<name>`, temporary files included. */
export async function listStoredFiles(dataDir: string): Promise<string[]> {
  const root = join(dataDir, 'files');
  let folders: string[];
  try {
    folders = await readdir(root);
  } catch {
    return [];
  }
  const names: string[] = [];
  for (const folder of folders.sort()) {
    for (const name of (await readdir(join(root, folder))).sort()) names.push(`${folder}/${name}`);
  }
  return names;
}
