import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';

/**
 * Small files of each attachment type, and files that must not pass as one. Only the first
 * bytes decide the sniffed type, so the JPEG, WebP and PDF samples are a real header with
 * filler. The PNG is a complete 2×2 image.
 */

/** Returns a JPEG/JFIF header (SOI, APP0), filler and the end-of-image marker. Another `fill` gives another hash. */
export function jpegBytes(length = 256, fill = 0x11): Uint8Array {
  const header = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const bytes = new Uint8Array(Math.max(length, header.length + 2)).fill(fill);
  bytes.set(header, 0);
  bytes.set([0xff, 0xd9], bytes.length - 2);
  return bytes;
}

/** Encodes a complete 2×2 PNG in four colours. */
export function pngBytes(): Uint8Array {
  const png = new PNG({ width: 2, height: 2 });
  png.data.set([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255]);
  return new Uint8Array(PNG.sync.write(png));
}

/** Returns a RIFF container with the WEBP form type and a lossy VP8 chunk header. */
export function webpBytes(): Uint8Array {
  const body = new Uint8Array(64).fill(0x22);
  const bytes = new Uint8Array(12 + 8 + body.length);
  const view = new DataView(bytes.buffer);
  bytes.set(ascii('RIFF'), 0);
  view.setUint32(4, bytes.length - 8, true);
  bytes.set(ascii('WEBP'), 8);
  bytes.set(ascii('VP8 '), 12);
  view.setUint32(16, body.length, true);
  bytes.set(body, 20);
  return bytes;
}

export function pdfBytes(text = 'Surat kuasa contoh'): Uint8Array {
  return ascii(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

export function htmlBytes(): Uint8Array {
  return ascii('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>\n');
}

/** Returns the start of a Windows executable: the MZ header and the PE offset. */
export function exeBytes(): Uint8Array {
  const bytes = new Uint8Array(128);
  bytes.set(ascii('MZ'), 0);
  bytes.set([0x80, 0x00, 0x00, 0x00], 0x3c);
  return bytes;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function ascii(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
