import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { prepareAttachment } from '../../../src/app/attachments/prepare-attachment.ts';
import type { DraftAttachment } from '../../../src/app/attachments/types.ts';
import { type AttachmentLimits, DEFAULT_ATTACHMENT_LIMITS } from '../../../src/domain/attachments/limits.ts';
import { draftAttachment, jpegBytes, pdfBytes } from '../../support/attachments.ts';

/** Returns bytes that start like a PNG: signature and the start of an IHDR chunk. */
function pngBytes(size = 1_000): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  return bytes;
}

function file(bytes: Uint8Array, name: string, type = ''): File {
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { type });
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Stands in for the browser's decoder: returns these bytes as the re-encoded JPEG. */
function reencodeTo(bytes: Uint8Array) {
  return vi.fn(async () => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }));
}

const LIMITS: AttachmentLimits = { ...DEFAULT_ATTACHMENT_LIMITS, maxFiles: 3, maxFileBytes: 10_000, maxSubmissionBytes: 15_000 };

describe('prepareAttachment', () => {
  it('re-encodes an image as a JPEG named .jpg', async () => {
    const encoded = jpegBytes(4_000, 9);
    const reencode = reencodeTo(encoded);
    const source = file(pngBytes(), 'Tangkapan layar.PNG', 'image/png');

    const result = await prepareAttachment(source, [], LIMITS, { reencode });

    expect(reencode).toHaveBeenCalledWith(source, LIMITS.imageMaxPixels, LIMITS.imageQuality);
    if (!result.ok) throw new Error(`expected an attachment, got ${result.problem.code}`);
    expect(result.attachment).toMatchObject({ name: 'Tangkapan layar.jpg', type: 'image/jpeg', size: 4_000, sha256: sha256(encoded) });
    expect(new Uint8Array(await result.attachment.blob.arrayBuffer())).toEqual(encoded);
  });

  it('passes a PDF through byte for byte', async () => {
    const bytes = pdfBytes(5_000, 0x41);
    const reencode = reencodeTo(jpegBytes());

    const result = await prepareAttachment(file(bytes, 'surat-kuasa.pdf', 'application/pdf'), [], LIMITS, { reencode });

    expect(reencode).not.toHaveBeenCalled();
    if (!result.ok) throw new Error(`expected an attachment, got ${result.problem.code}`);
    expect(result.attachment).toMatchObject({ name: 'surat-kuasa.pdf', type: 'application/pdf', size: 5_000, sha256: sha256(bytes) });
    expect(result.attachment.blob.type).toBe('application/pdf');
    expect(new Uint8Array(await result.attachment.blob.arrayBuffer())).toEqual(bytes);
  });

  it.each([
    { name: 'scan.jpg', expected: 'scan.pdf' },
    { name: 'scan.PDF', expected: 'scan.PDF' },
    { name: 'scan', expected: 'scan' },
    { name: 'laporan.2025.docx', expected: 'laporan.2025.pdf' },
  ])('names a PDF called $name as $expected', async ({ name, expected }) => {
    const result = await prepareAttachment(file(pdfBytes(), name), [], LIMITS, { reencode: reencodeTo(jpegBytes()) });

    if (!result.ok) throw new Error(`expected an attachment, got ${result.problem.code}`);
    expect(result.attachment.name).toBe(expected);
  });

  it('numbers a name already attached', async () => {
    const existing = [draftAttachment(jpegBytes(2_000, 1), 'foto.jpg')];
    const source = file(pngBytes(), 'foto.webp', 'image/webp');

    const result = await prepareAttachment(source, existing, LIMITS, { reencode: reencodeTo(jpegBytes(3_000, 2)) });

    if (!result.ok) throw new Error(`expected an attachment, got ${result.problem.code}`);
    expect(result.attachment.name).toBe('foto (2).jpg');
  });

  it('trusts the content over the declared type', async () => {
    const result = await prepareAttachment(file(pdfBytes(), 'foto.jpg', 'image/jpeg'), [], LIMITS, { reencode: reencodeTo(jpegBytes()) });

    if (!result.ok) throw new Error(`expected an attachment, got ${result.problem.code}`);
    expect(result.attachment.type).toBe('application/pdf');
  });

  it.each([
    { case: 'a text file', bytes: new TextEncoder().encode('Data jumlah posyandu aktif per kecamatan.\n'), name: 'catatan.txt' },
    { case: 'a ZIP named .pdf', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(60).fill(0)]), name: 'dokumen.pdf' },
    { case: 'an empty file', bytes: new Uint8Array(0), name: 'kosong.jpg' },
  ])('rejects $case as unsupported', async ({ bytes, name }) => {
    const result = await prepareAttachment(file(bytes, name), [], LIMITS, { reencode: reencodeTo(jpegBytes()) });

    expect(result).toEqual({ ok: false, problem: { code: 'unsupportedType', file: name } });
  });

  it('reports an image the browser cannot decode', async () => {
    const reencode = vi.fn(async () => {
      throw new DOMException('The source image could not be decoded.', 'InvalidStateError');
    });

    const result = await prepareAttachment(file(jpegBytes(), 'rusak.jpg'), [], LIMITS, { reencode });

    expect(result).toEqual({ ok: false, problem: { code: 'unreadable', file: 'rusak.jpg' } });
  });

  it('reports a file that cannot be read', async () => {
    const unreadable = file(jpegBytes(), 'hilang.jpg');
    vi.spyOn(unreadable, 'slice').mockImplementation(() => {
      throw new DOMException('The file could not be read.', 'NotReadableError');
    });

    const result = await prepareAttachment(unreadable, [], LIMITS, { reencode: reencodeTo(jpegBytes()) });

    expect(result).toEqual({ ok: false, problem: { code: 'unreadable', file: 'hilang.jpg' } });
  });

  it('reports the same file chosen twice', async () => {
    const bytes = pdfBytes(3_000);
    const existing = [draftAttachment(bytes, 'surat.pdf', 'application/pdf')];

    const result = await prepareAttachment(file(bytes, 'surat (1).pdf'), existing, LIMITS, { reencode: reencodeTo(jpegBytes()) });

    expect(result).toEqual({ ok: false, problem: { code: 'duplicate', file: 'surat (1).pdf' } });
  });

  it('reports an image too large after re-encoding', async () => {
    const result = await prepareAttachment(file(jpegBytes(), 'panorama.jpg'), [], LIMITS, { reencode: reencodeTo(jpegBytes(10_001)) });

    expect(result).toEqual({ ok: false, problem: { code: 'fileTooLarge', file: 'panorama.jpg', limit: 10_000 } });
  });

  it('reports a large PDF without hashing it', async () => {
    const big = file(pdfBytes(10_001), 'laporan-tahunan.pdf');
    const arrayBuffer = vi.spyOn(Blob.prototype, 'arrayBuffer');

    const result = await prepareAttachment(big, [], LIMITS, { reencode: reencodeTo(jpegBytes()) });

    expect(result).toEqual({ ok: false, problem: { code: 'fileTooLarge', file: 'laporan-tahunan.pdf', limit: 10_000 } });
    // Only the first bytes were read, to recognise the type.
    expect(arrayBuffer).toHaveBeenCalledTimes(1);
    arrayBuffer.mockRestore();
  });

  it('reports one file too many', async () => {
    const existing: DraftAttachment[] = [1, 2, 3].map((fill) => draftAttachment(pdfBytes(1_000, fill), `surat-${fill}.pdf`, 'application/pdf'));

    const result = await prepareAttachment(file(pdfBytes(1_000, 4), 'surat-4.pdf'), existing, LIMITS, { reencode: reencodeTo(jpegBytes()) });

    expect(result).toEqual({ ok: false, problem: { code: 'tooManyFiles', limit: 3 } });
  });

  it('reports a submission over the total', async () => {
    const existing = [draftAttachment(pdfBytes(9_000, 1), 'a.pdf', 'application/pdf')];

    const result = await prepareAttachment(file(pdfBytes(7_000, 2), 'b.pdf'), existing, LIMITS, { reencode: reencodeTo(jpegBytes()) });

    expect(result).toEqual({ ok: false, problem: { code: 'submissionTooLarge', limit: 15_000 } });
  });
});
