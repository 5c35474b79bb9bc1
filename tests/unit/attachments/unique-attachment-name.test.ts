import { describe, expect, it } from 'vitest';
import { uniqueAttachmentName } from '../../../src/app/attachments/unique-attachment-name.ts';

describe('uniqueAttachmentName', () => {
  it.each([
    { name: 'foto.jpg', taken: [], expected: 'foto.jpg' },
    { name: 'foto.jpg', taken: ['foto.jpg'], expected: 'foto (2).jpg' },
    { name: 'foto.jpg', taken: ['foto.jpg', 'foto (2).jpg'], expected: 'foto (3).jpg' },
    { name: 'foto.jpg', taken: ['FOTO.JPG'], expected: 'foto (2).jpg' },
    { name: 'scan', taken: ['scan'], expected: 'scan (2)' },
    { name: '.scan', taken: ['.scan'], expected: '.scan (2)' },
    { name: 'laporan.2025.pdf', taken: ['laporan.2025.pdf'], expected: 'laporan.2025 (2).pdf' },
  ])('names $name after $taken as $expected', ({ name, taken, expected }) => {
    expect(uniqueAttachmentName(name, taken)).toBe(expected);
  });
});
