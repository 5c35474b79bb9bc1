import { describe, expect, it } from 'vitest';
import { sniffAttachmentType } from '../../../src/domain/attachments/sniff-type.ts';
import { exeBytes, htmlBytes, jpegBytes, pdfBytes, pngBytes, webpBytes } from '../../support/attachment-bytes.ts';

describe('sniffAttachmentType', () => {
  it.each([
    ['JPEG', jpegBytes(), 'image/jpeg'],
    ['PNG', pngBytes(), 'image/png'],
    ['WebP', webpBytes(), 'image/webp'],
    ['PDF', pdfBytes(), 'application/pdf'],
  ])('detects %s', async (_name, bytes, type) => {
    expect(await sniffAttachmentType(bytes)).toBe(type);
  });

  it.each([
    ['HTML', htmlBytes()],
    ['a Windows executable', exeBytes()],
    ['plain text', new TextEncoder().encode('Nama: Siti Contoh\n')],
    ['a GIF', new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000')],
    ['a ZIP archive', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00)],
    ['no bytes', new Uint8Array(0)],
  ])('returns undefined for %s', async (_name, bytes) => {
    expect(await sniffAttachmentType(bytes)).toBeUndefined();
  });

  it('ignores HTML behind a JPEG header', async () => {
    // The first bytes decide; the server then serves it as image/jpeg with nosniff, so no browser runs the script.
    const polyglot = new Uint8Array([...jpegBytes(32), ...htmlBytes()]);

    expect(await sniffAttachmentType(polyglot)).toBe('image/jpeg');
  });

  it('does not detect a JPEG header after other bytes', async () => {
    expect(await sniffAttachmentType(new Uint8Array([0x00, ...jpegBytes()]))).toBeUndefined();
  });
});
