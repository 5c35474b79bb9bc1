import { describe, expect, it } from 'vitest';
import { ATTACHMENT_TYPES, extensionMatches, isAttachmentType } from '../../../src/domain/attachments/file-types.ts';
import { checkAttachmentLimits, DEFAULT_ATTACHMENT_LIMITS, resolveAttachmentLimits, type AttachmentLimits } from '../../../src/domain/attachments/limits.ts';

const limits: AttachmentLimits = { maxFiles: 3, maxFileBytes: 1000, maxSubmissionBytes: 2500, imageMaxPixels: 1600, imageQuality: 0.8 };

describe('checkAttachmentLimits', () => {
  it('accepts no files', () => {
    expect(checkAttachmentLimits([], limits)).toEqual([]);
  });

  it('accepts files at every limit', () => {
    const files = [
      { name: 'a.jpg', size: 1000 },
      { name: 'b.jpg', size: 1000 },
      { name: 'c.pdf', size: 500 },
    ];

    expect(checkAttachmentLimits(files, limits)).toEqual([]);
  });

  it('names each file over the file limit', () => {
    const files = [
      { name: 'a.jpg', size: 1001 },
      { name: 'b.jpg', size: 10 },
      { name: 'c.pdf', size: 2000 },
    ];

    expect(checkAttachmentLimits(files, limits)).toEqual([
      { code: 'fileTooLarge', file: 'a.jpg', limit: 1000 },
      { code: 'fileTooLarge', file: 'c.pdf', limit: 1000 },
      { code: 'submissionTooLarge', limit: 2500 },
    ]);
  });

  it('reports too many files once', () => {
    const files = Array.from({ length: 5 }, (_, index) => ({ name: `${index}.jpg`, size: 1 }));

    expect(checkAttachmentLimits(files, limits)).toEqual([{ code: 'tooManyFiles', limit: 3 }]);
  });

  it('reports a total over the submission limit', () => {
    const files = [
      { name: 'a.jpg', size: 900 },
      { name: 'b.jpg', size: 900 },
      { name: 'c.jpg', size: 701 },
    ];

    expect(checkAttachmentLimits(files, limits)).toEqual([{ code: 'submissionTooLarge', limit: 2500 }]);
  });
});

describe('resolveAttachmentLimits', () => {
  it('uses the defaults without configuration', () => {
    expect(resolveAttachmentLimits(undefined)).toEqual(DEFAULT_ATTACHMENT_LIMITS);
  });

  it('fills the gaps of a partial configuration', () => {
    expect(resolveAttachmentLimits({ maxFiles: 2 })).toEqual({ ...DEFAULT_ATTACHMENT_LIMITS, maxFiles: 2 });
  });

  it('keeps the per-file default within the submission default', () => {
    expect(DEFAULT_ATTACHMENT_LIMITS.maxFileBytes).toBeLessThanOrEqual(DEFAULT_ATTACHMENT_LIMITS.maxSubmissionBytes);
  });
});

describe('isAttachmentType', () => {
  it.each(ATTACHMENT_TYPES)('accepts %s', (type) => {
    expect(isAttachmentType(type)).toBe(true);
  });

  it.each(['image/gif', 'text/html', 'image/svg+xml', 'IMAGE/JPEG', 'image/jpeg ', '', 42, undefined])('rejects %s', (value) => {
    expect(isAttachmentType(value)).toBe(false);
  });
});

describe('extensionMatches', () => {
  it.each<[string, (typeof ATTACHMENT_TYPES)[number]]>([
    ['foto.jpg', 'image/jpeg'],
    ['FOTO.JPEG', 'image/jpeg'],
    ['scan.jfif', 'image/jpeg'],
    ['denah.png', 'image/png'],
    ['jalan.webp', 'image/webp'],
    ['surat.kuasa.pdf', 'application/pdf'],
    ['Surat Kuasa.PDF', 'application/pdf'],
    ['foto.jpg.', 'image/jpeg'],
    ['.pdf', 'application/pdf'],
  ])('accepts %s as %s', (name, type) => {
    expect(extensionMatches(name, type)).toBe(true);
  });

  it.each<[string, (typeof ATTACHMENT_TYPES)[number]]>([
    ['foto.png', 'image/jpeg'],
    ['halaman.html', 'image/jpeg'],
    ['surat.pdf.exe', 'application/pdf'],
    ['foto.jpg', 'application/pdf'],
    ['denah.jpg', 'image/png'],
    ['.html', 'image/jpeg'],
    ['surat.html.', 'application/pdf'],
    ['surat.html. . ', 'application/pdf'],
  ])('rejects %s as %s', (name, type) => {
    expect(extensionMatches(name, type)).toBe(false);
  });

  it.each(['foto', 'foto.', 'Surat kuasa ', ''])('accepts "%s" without an extension', (name) => {
    expect(extensionMatches(name, 'application/pdf')).toBe(true);
  });
});
