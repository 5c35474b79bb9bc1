import { describe, expect, it } from 'vitest';
import { BLANK_CELL, cellsFromDots } from '../../../src/domain/braille/cells.ts';
import type { BrailleBlock, BrailleDocument, BrailleSource } from '../../../src/domain/braille/document.ts';
import { layoutBraille } from '../../../src/domain/braille/layout.ts';
import { BRAILLE_PAGE_PRESETS, MIN_PAGE_SIZE, type BraillePageSize } from '../../../src/domain/braille/page-size.ts';
import { PLACEHOLDER_CELL, translateToBraille } from '../../../src/domain/braille/translate.ts';
import { HYPHEN, PREFIX_CELLS, wrapBraille } from '../../../src/domain/braille/wrap.ts';
import { seededRandom } from '../../support/seeded-random.ts';

const BRF = BRAILLE_PAGE_PRESETS.brf;
const PRESETS = Object.entries(BRAILLE_PAGE_PRESETS);
const NUMBER = cellsFromDots('3456');
const ELLIPSIS = cellsFromDots('256-256-256');
const SIZES: readonly BraillePageSize[] = [...Object.values(BRAILLE_PAGE_PRESETS), MIN_PAGE_SIZE, { cells: 21, lines: 5 }, { cells: 33, lines: 9 }, { cells: 41, lines: 30 }, { cells: 64, lines: 12 }];

function braille(text: string): string {
  return translateToBraille(text).braille;
}

function blanks(count: number): string {
  return BLANK_CELL.repeat(count);
}

/** Returns a heading line of the text, centred on a line of `cells` cells. */
function centred(text: string, cells: number): string {
  return blanks(Math.floor((cells - braille(text).length) / 2)) + braille(text);
}

/** Returns `count` one-line items, to fill a page up to a given row. */
function filler(count: number): BrailleBlock[] {
  return Array.from({ length: count }, () => ({ kind: 'item', text: 'baris' }));
}

/** Returns the page's lines after its title line. */
function body(document: BrailleDocument, page: number): readonly string[] {
  return document.pages[page - 1]?.lines.slice(1) ?? [];
}

const WORDS = ['Formulir', 'permohonan', 'informasi', 'PPID', 'NIK', '3671014501900001', 'Siti', 'Contoh', 'e-mail', '081234567890', '(wajib)', 'kelompok-kelompok', 'Rp1.500.000,00', '“Ya”', 'a.', '12/PPID/DISKOMINFO/PI/2026'];

function randomText(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const roll = random();
    if (roll < 0.03) out.push('x'.repeat(30 + Math.floor(random() * 60)));
    else if (roll < 0.05) out.push('9'.repeat(30 + Math.floor(random() * 60)));
    else if (roll < 0.07) out.push('\n');
    else out.push(WORDS[Math.floor(random() * WORDS.length)] as string);
  }
  return out.join(' ');
}

function randomSource(random: () => number): BrailleSource {
  const blocks: BrailleBlock[] = [];
  const count = Math.floor(random() * 60);
  for (let i = 0; i < count; i++) {
    const roll = random();
    const keepWithNext = random() < 0.4;
    if (roll < 0.2) blocks.push({ kind: 'heading', text: randomText(random, 1 + Math.floor(random() * 5)) });
    else if (roll < 0.5) blocks.push({ kind: 'paragraph', text: randomText(random, Math.floor(random() * 50)), keepWithNext });
    else if (roll < 0.8) blocks.push({ kind: 'item', text: randomText(random, Math.floor(random() * 20)), keepWithNext });
    else blocks.push({ kind: 'blankLines', count: Math.floor(random() * 8) });
  }
  const title = randomText(random, Math.floor(random() * 9)).replaceAll('\n', '');
  if (random() < 0.3) return { title, runningTitle: randomText(random, Math.floor(random() * 4)).replaceAll('\n', ''), blocks };
  return { title, blocks };
}

/** Returns the lines each text block must produce, with its kind, as the layout writes them. */
function expectedLines(source: BrailleSource, cells: number): { kind: BrailleBlock['kind']; block: number; line: string }[] {
  return source.blocks.flatMap((block, index) => {
    if (block.kind === 'blankLines') return [];
    const pieces = block.text.split('\n').map(braille);
    let lines: string[];
    if (block.kind === 'heading') {
      lines = pieces.flatMap((piece) => wrapBraille(piece, cells, 0, 0)).map((line) => blanks(Math.floor((cells - line.length) / 2)) + line);
    } else if (block.kind === 'paragraph') {
      lines = pieces.flatMap((piece) => wrapBraille(piece, cells, 2, 0));
    } else {
      lines = [];
      for (const piece of pieces) lines.push(...wrapBraille(piece, cells, lines.length === 0 ? 0 : 2, 2));
    }
    return lines.map((line) => ({ kind: block.kind, block: index, line }));
  });
}

const keeps = (block: BrailleBlock | undefined) => block !== undefined && (block.kind === 'heading' || (block.kind !== 'blankLines' && block.keepWithNext === true));

/**
 * Checks the title line. The page number is at the right end after at least three blank
 * cells. Before it is the whole title, or else as many whole words as fit before a blank cell
 * and the ellipsis, or the first word alone, or the first word cut with a hyphen.
 */
function checkTitleLine(line: string, title: string, page: number, cells: number): void {
  const number = braille(String(page));
  const room = cells - number.length - 3;
  expect(line.length, 'title line fills the width').toBe(cells);
  expect(line.endsWith(blanks(3) + number), `page number ${page} at the right end`).toBe(true);
  const shown = line.slice(0, -number.length).replace(/\u2800+$/u, '');
  if (shown === title) return;

  expect(title.length, `title on page ${page} shortened although it fits`).toBeGreaterThan(room);
  const words = shown.endsWith(BLANK_CELL + ELLIPSIS) ? shown.slice(0, -1 - ELLIPSIS.length) : undefined;
  if (words !== undefined && words.length > 0 && title.startsWith(words + BLANK_CELL)) {
    const nextEnd = title.indexOf(BLANK_CELL, words.length + 1);
    expect(nextEnd === -1 || nextEnd + 1 + ELLIPSIS.length > room, `a further word fits on page ${page}`).toBe(true);
    return;
  }
  const firstWord = title.split(BLANK_CELL)[0] as string;
  if (shown === firstWord) {
    expect(firstWord.length + 1 + ELLIPSIS.length, `the ellipsis fits after the first word on page ${page}`).toBeGreaterThan(room);
    return;
  }
  const cutFirstWord = firstWord.length > room && firstWord.startsWith(shown.slice(0, -1)) && shown.endsWith(HYPHEN) && !PREFIX_CELLS.has(shown.at(-2) as string);
  expect(cutFirstWord || shown === '', `title on page ${page} shortened by whole words or a cut first word`).toBe(true);
}

describe('layoutBraille', () => {
  describe('page size', () => {
    it('rejects pages below the minimum', () => {
      expect(() => layoutBraille({ title: 'A', blocks: [] }, { cells: MIN_PAGE_SIZE.cells - 1, lines: 25 })).toThrow(RangeError);
      expect(() => layoutBraille({ title: 'A', blocks: [] }, { cells: 40, lines: MIN_PAGE_SIZE.lines - 1 })).toThrow(RangeError);
    });

    it('rejects sizes that are not whole numbers', () => {
      expect(() => layoutBraille({ title: 'A', blocks: [] }, { cells: 40.5, lines: 25 })).toThrow(RangeError);
      expect(() => layoutBraille({ title: 'A', blocks: [] }, { cells: 40, lines: Number.NaN })).toThrow(RangeError);
    });

    it('accepts the minimum page', () => {
      const document = layoutBraille({ title: 'Tanda bukti', blocks: [{ kind: 'paragraph', text: 'Satu dua tiga' }] }, MIN_PAGE_SIZE);
      expect(document.pages).toHaveLength(1);
      expect(document.pages[0]?.lines).toHaveLength(2);
    });

    for (const [preset, size] of PRESETS) {
      it(`keeps lines and pages within ${preset}`, () => {
        const blocks: BrailleBlock[] = [{ kind: 'paragraph', text: 'Pemohon adalah orang, kelompok orang, atau badan hukum. '.repeat(30) }];
        const document = layoutBraille({ title: 'Formulir', blocks }, size);
        expect(document.pages.length).toBeGreaterThan(1);
        for (const page of document.pages) {
          expect(page.lines.length, `page ${page.number}`).toBeLessThanOrEqual(size.lines);
          for (const line of page.lines) expect(line.length, `page ${page.number}`).toBeLessThanOrEqual(size.cells);
        }
        expect(document.pages[0]?.lines).toHaveLength(size.lines);
        expect(document.size).toEqual(size);
      });
    }
  });

  describe('title line', () => {
    it('gives an empty source one page', () => {
      const document = layoutBraille({ title: 'Formulir', blocks: [] }, BRF);
      expect(document.pages).toEqual([{ number: 1, lines: [braille('Formulir') + blanks(40 - 8 - 1 - 2) + braille('1')] }]);
    });

    it('writes page numbers with the number sign and a–j', () => {
      const document = layoutBraille({ title: '', blocks: [{ kind: 'blankLines', count: 24 * 10 }, { kind: 'paragraph', text: 'x' }] }, BRF);
      expect(document.pages[0]?.lines[0]).toBe(blanks(38) + NUMBER + cellsFromDots('1'));
      expect(document.pages[9]?.lines[0]).toBe(blanks(37) + NUMBER + cellsFromDots('1') + cellsFromDots('245'));
    });

    it('collapses spaces and line breaks in the title', () => {
      const line = layoutBraille({ title: '  Tanda \n bukti  ', blocks: [] }, BRF).pages[0]?.lines[0] as string;
      expect(line.startsWith(braille('Tanda bukti') + BLANK_CELL)).toBe(true);
    });

    for (const [preset, size] of PRESETS) {
      describe(`on ${preset}`, () => {
        const tenPages: BrailleBlock[] = [{ kind: 'blankLines', count: (size.lines - 1) * 10 }, { kind: 'paragraph', text: 'akhir' }];

        it('puts the page number at the right end', () => {
          const document = layoutBraille({ title: 'Formulir', blocks: tenPages }, size);
          expect(document.pages).toHaveLength(11);
          for (const page of document.pages) checkTitleLine(page.lines[0] as string, braille('Formulir'), page.number, size.cells);
        });

        it('shortens a long title by words and an ellipsis', () => {
          const title = 'Formulir Permohonan Informasi Publik Kota Tangerang';
          const document = layoutBraille({ title, blocks: tenPages }, size);
          const shown = braille('Formulir Permohonan') + BLANK_CELL + ELLIPSIS;
          for (const page of document.pages) {
            const number = braille(String(page.number));
            expect(page.lines[0], `page ${page.number}`).toBe(shown + blanks(size.cells - shown.length - number.length) + number);
          }
          expect(document.title).toBe(title);
        });

        it('ends no shortened title on a dangling word', () => {
          const title = 'Formulir Keberatan atas Permohonan Informasi Publik';
          const line = layoutBraille({ title, blocks: [] }, size).pages[0]?.lines[0] as string;
          const shown = line.replace(/\u2800+\u283c\S*$/u, '');
          expect(shown.endsWith(BLANK_CELL + ELLIPSIS)).toBe(true);
          checkTitleLine(line, braille(title), 1, size.cells);
        });

        it('leaves room for longer page numbers', () => {
          // The title fits beside a one-digit page number exactly, but not beside a two-digit one.
          const room = size.cells - 2 - 3;
          const title = `${'a'.repeat(12)} ${'b'.repeat(room - 13)}`;
          const document = layoutBraille({ title, blocks: tenPages }, size);
          expect(document.pages[0]?.lines[0]?.startsWith(braille(title) + blanks(3))).toBe(true);
          expect(document.pages[9]?.lines[0]?.startsWith(braille('a'.repeat(12)) + BLANK_CELL + ELLIPSIS + blanks(3))).toBe(true);
          checkTitleLine(document.pages[9]?.lines[0] as string, braille(title), 10, size.cells);
        });

        it('shows the first word alone when the ellipsis does not fit', () => {
          const room = size.cells - 2 - 3;
          const title = `${'a'.repeat(room - 2)} kata`;
          const line = layoutBraille({ title, blocks: [] }, size).pages[0]?.lines[0] as string;
          expect(line.startsWith(braille('a'.repeat(room - 2)) + blanks(5))).toBe(true);
          checkTitleLine(line, braille(title), 1, size.cells);
        });

        it('cuts a first word longer than the room', () => {
          const title = `${'A'.repeat(3)}${'b'.repeat(size.cells)} kata`;
          const line = layoutBraille({ title, blocks: [] }, size).pages[0]?.lines[0] as string;
          checkTitleLine(line, braille(title), 1, size.cells);
          expect(line.includes(HYPHEN)).toBe(true);
        });

        it('uses the running title on every page', () => {
          const title = 'Formulir Keberatan atas Permohonan Informasi Publik';
          const document = layoutBraille({ title, runningTitle: 'Formulir Keberatan', blocks: tenPages }, size);
          for (const page of document.pages) checkTitleLine(page.lines[0] as string, braille('Formulir Keberatan'), page.number, size.cells);
          expect(document.pages[10]?.lines[0]?.startsWith(braille('Formulir Keberatan') + blanks(3))).toBe(true);
          expect(document.title).toBe(title);
        });
      });
    }

    it('counts characters of the running title, not the title', () => {
      const document = layoutBraille({ title: 'Café', runningTitle: 'Kafe ü', blocks: [] }, BRF);
      expect(document.unknown).toEqual([{ char: 'ü', count: 1 }]);
    });
  });

  describe('headings', () => {
    it('centre every line of a long heading', () => {
      const text = 'Formulir Keberatan atas Permohonan Informasi Publik';
      const lines = body(layoutBraille({ title: 'T', blocks: [{ kind: 'heading', text }] }, BRF), 1);
      expect(lines).toHaveLength(2);
      for (const line of lines) {
        const words = line.replace(/^\u2800+/u, '');
        expect(line.length - words.length, 'left margin').toBe(Math.floor((40 - words.length) / 2));
      }
    });

    for (const [preset, size] of PRESETS) {
      describe(`on ${preset}`, () => {
        const capacity = size.lines - 1;
        const judul = centred('Judul', size.cells);

        it('are centred', () => {
          const document = layoutBraille({ title: 'T', blocks: [{ kind: 'heading', text: 'Data Pemohon' }] }, size);
          expect(body(document, 1)).toEqual([centred('Data Pemohon', size.cells)]);
        });

        it('get a blank line before them', () => {
          const document = layoutBraille({ title: 'T', blocks: [{ kind: 'paragraph', text: 'Isi' }, { kind: 'heading', text: 'Judul' }] }, size);
          expect(body(document, 1)).toEqual([blanks(2) + braille('Isi'), '', judul]);
        });

        it('get no blank line at the page top', () => {
          const document = layoutBraille({ title: 'T', blocks: [{ kind: 'heading', text: 'Judul' }, { kind: 'heading', text: 'Kedua' }] }, size);
          expect(body(document, 1)).toEqual([judul, '', centred('Kedua', size.cells)]);
        });

        it('get no second blank line after blank lines', () => {
          const blocks: BrailleBlock[] = [{ kind: 'paragraph', text: 'Isi' }, { kind: 'blankLines', count: 2 }, { kind: 'heading', text: 'Judul' }];
          expect(body(layoutBraille({ title: 'T', blocks }, size), 1)).toEqual([blanks(2) + braille('Isi'), '', '', judul]);
        });

        it('move to the next page rather than end one', () => {
          // Blank line and heading would fill the last two rows with nothing of the text after.
          const document = layoutBraille({ title: 'T', blocks: [...filler(capacity - 2), { kind: 'heading', text: 'Judul' }, { kind: 'item', text: 'isi' }] }, size);
          expect(body(document, 1)).toHaveLength(capacity - 2);
          expect(body(document, 2)).toEqual([judul, braille('isi')]);
        });

        it('stay when the next line fits', () => {
          const document = layoutBraille({ title: 'T', blocks: [...filler(capacity - 3), { kind: 'heading', text: 'Judul' }, { kind: 'item', text: 'isi' }] }, size);
          expect(body(document, 1).slice(capacity - 3)).toEqual(['', judul, braille('isi')]);
          expect(document.pages).toHaveLength(1);
        });

        it('move with the headings right after them', () => {
          const blocks: BrailleBlock[] = [...filler(capacity - 4), { kind: 'heading', text: 'Judul' }, { kind: 'heading', text: 'Kedua' }, { kind: 'item', text: 'isi' }];
          const document = layoutBraille({ title: 'T', blocks }, size);
          expect(body(document, 1)).toHaveLength(capacity - 4);
          expect(body(document, 2)).toEqual([judul, '', centred('Kedua', size.cells), braille('isi')]);
        });

        it('stay on a full page when nothing follows', () => {
          const document = layoutBraille({ title: 'T', blocks: [...filler(capacity - 2), { kind: 'heading', text: 'Penutup' }] }, size);
          expect(document.pages).toHaveLength(1);
          expect(body(document, 1).at(-1)).toBe(centred('Penutup', size.cells));
        });

        it('move with the answer lines right after them', () => {
          const blocks: BrailleBlock[] = [...filler(capacity - 4), { kind: 'heading', text: 'Judul' }, { kind: 'blankLines', count: 3 }, { kind: 'item', text: 'isi' }];
          const document = layoutBraille({ title: 'T', blocks }, size);
          expect(body(document, 1)).toHaveLength(capacity - 4);
          expect(body(document, 2)).toEqual([judul, '', '', '', braille('isi')]);
        });

        it('move with the kept blocks after them', () => {
          // Blank line, heading, kept item and the line after it need four rows; three are left.
          const blocks: BrailleBlock[] = [
            ...filler(capacity - 3),
            { kind: 'heading', text: 'Judul' },
            { kind: 'item', text: 'Nama', keepWithNext: true },
            { kind: 'item', text: 'isi' },
          ];
          const document = layoutBraille({ title: 'T', blocks }, size);
          expect(body(document, 1)).toHaveLength(capacity - 3);
          expect(body(document, 2)).toEqual([judul, braille('Nama'), braille('isi')]);
        });
      });
    }
  });

  describe('keepWithNext', () => {
    for (const [preset, size] of PRESETS) {
      describe(`on ${preset}`, () => {
        const capacity = size.lines - 1;
        const label: BrailleBlock = { kind: 'item', text: 'PPID tujuan (wajib)', keepWithNext: true };
        const hint: BrailleBlock = { kind: 'paragraph', text: 'Keberatan ditujukan kepada atasan PPID ini.', keepWithNext: true };

        it('moves a block that would end a page', () => {
          const document = layoutBraille({ title: 'T', blocks: [...filler(capacity - 1), label, { kind: 'item', text: '1. Dinas Sosial' }] }, size);
          expect(body(document, 1)).toHaveLength(capacity - 1);
          expect(body(document, 2)).toEqual([braille('PPID tujuan (wajib)'), braille('1. Dinas Sosial')]);
        });

        it('stays when the next line fits', () => {
          const document = layoutBraille({ title: 'T', blocks: [...filler(capacity - 2), label, { kind: 'item', text: '1. Dinas Sosial' }] }, size);
          expect(document.pages).toHaveLength(1);
          expect(body(document, 1).slice(-2)).toEqual([braille('PPID tujuan (wajib)'), braille('1. Dinas Sosial')]);
        });

        it('moves a chain of kept blocks together', () => {
          const hintLines = wrapBraille(braille(hint.kind === 'paragraph' ? hint.text : ''), size.cells, 2, 0);
          const rows = 1 + hintLines.length + 1;
          const blocks: BrailleBlock[] = [...filler(capacity - rows + 1), label, hint, { kind: 'item', text: '1. Dinas Sosial' }];
          const document = layoutBraille({ title: 'T', blocks }, size);
          expect(body(document, 1)).toHaveLength(capacity - rows + 1);
          expect(body(document, 2)).toEqual([braille('PPID tujuan (wajib)'), ...hintLines, braille('1. Dinas Sosial')]);

          const fitting = layoutBraille({ title: 'T', blocks: [...filler(capacity - rows), label, hint, { kind: 'item', text: '1. Dinas Sosial' }] }, size);
          expect(fitting.pages).toHaveLength(1);
        });

        it('keeps the answer lines under their question', () => {
          const blocks: BrailleBlock[] = [...filler(capacity - 3), label, { kind: 'blankLines', count: 3 }, { kind: 'item', text: 'Nama' }];
          const document = layoutBraille({ title: 'T', blocks }, size);
          expect(body(document, 1)).toHaveLength(capacity - 3);
          expect(body(document, 2)).toEqual([braille('PPID tujuan (wajib)'), '', '', '', braille('Nama')]);

          const fitting = layoutBraille({ title: 'T', blocks: [...filler(capacity - 4), label, { kind: 'blankLines', count: 3 }] }, size);
          expect(fitting.pages).toHaveLength(1);
        });

        it('keeps only the next line when the group is longer than a page', () => {
          const blocks: BrailleBlock[] = [...filler(capacity - 1), label, { kind: 'blankLines', count: capacity + 5 }, { kind: 'item', text: 'Nama' }];
          const document = layoutBraille({ title: 'T', blocks }, size);
          expect(body(document, 1)).toHaveLength(capacity - 1);
          expect(body(document, 2)).toEqual([braille('PPID tujuan (wajib)')]);

          const fitting = layoutBraille({ title: 'T', blocks: [...filler(capacity - 2), ...blocks.slice(capacity - 1)] }, size);
          expect(body(fitting, 1).at(-1)).toBe(braille('PPID tujuan (wajib)'));
        });

        it('keeps a block with the block that keeps it', () => {
          // The group from the label is longer than a page, so the label keeps only the next
          // line. The option after it keeps with the blank lines too, but it stays with the label.
          const option: BrailleBlock = { kind: 'item', text: '1. Dinas Sosial', keepWithNext: true };
          const blocks: BrailleBlock[] = [...filler(capacity - 2), label, option, { kind: 'blankLines', count: capacity }];
          const document = layoutBraille({ title: 'T', blocks }, size);
          expect(body(document, 1).slice(-2)).toEqual([braille('PPID tujuan (wajib)'), braille('1. Dinas Sosial')]);
        });

        it('stays at the page top', () => {
          const blocks: BrailleBlock[] = [label, { kind: 'blankLines', count: capacity * 2 }, { kind: 'item', text: 'Nama' }];
          const document = layoutBraille({ title: 'T', blocks }, size);
          expect(body(document, 1)).toEqual([braille('PPID tujuan (wajib)')]);
        });

        it('passes over empty blocks', () => {
          const blocks: BrailleBlock[] = [...filler(capacity - 1), label, { kind: 'paragraph', text: ' ' }, { kind: 'blankLines', count: 0 }, { kind: 'item', text: 'isi' }];
          const document = layoutBraille({ title: 'T', blocks }, size);
          expect(body(document, 2)).toEqual([braille('PPID tujuan (wajib)'), braille('isi')]);
        });

        it('does nothing on the last block', () => {
          const document = layoutBraille({ title: 'T', blocks: [...filler(capacity - 1), label] }, size);
          expect(document.pages).toHaveLength(1);
        });
      });
    }
  });

  describe('paragraphs and items', () => {
    const text = 'Pemohon adalah orang, kelompok orang, atau badan hukum yang meminta informasi.';

    for (const [preset, size] of PRESETS) {
      it(`indent a paragraph's first line on ${preset}`, () => {
        const lines = body(layoutBraille({ title: 'T', blocks: [{ kind: 'paragraph', text }] }, size), 1);
        expect(lines.length).toBeGreaterThan(1);
        expect(lines[0]?.startsWith(blanks(2))).toBe(true);
        expect(lines[0]?.[2]).not.toBe(BLANK_CELL);
        for (const line of lines.slice(1)) expect(line[0]).not.toBe(BLANK_CELL);
      });

      it(`indent an item's runover lines on ${preset}`, () => {
        const lines = body(layoutBraille({ title: 'T', blocks: [{ kind: 'item', text }] }, size), 1);
        expect(lines[0]?.[0]).not.toBe(BLANK_CELL);
        for (const line of lines.slice(1)) {
          expect(line.startsWith(blanks(2))).toBe(true);
          expect(line[2]).not.toBe(BLANK_CELL);
        }
      });
    }

    it('start a paragraph at each line break', () => {
      const lines = body(layoutBraille({ title: 'T', blocks: [{ kind: 'paragraph', text: 'Satu.\nDua.\r\n\r\nTiga.' }] }, BRF), 1);
      expect(lines).toEqual([blanks(2) + braille('Satu.'), blanks(2) + braille('Dua.'), blanks(2) + braille('Tiga.')]);
    });

    it('continue an item after a line break', () => {
      const document = layoutBraille({ title: 'T', blocks: [{ kind: 'item', text: 'Alamat: Jl. Contoh 1\nRT 01/RW 02' }] }, BRF);
      expect(body(document, 1)).toEqual([braille('Alamat: Jl. Contoh 1'), blanks(2) + braille('RT 01/RW 02')]);
      expect(document.unknown).toEqual([]);
      expect(document.pages.flatMap((page) => page.lines).join('').includes(PLACEHOLDER_CELL)).toBe(false);
    });

    it('skip blocks without text', () => {
      const blocks: BrailleBlock[] = [{ kind: 'paragraph', text: '' }, { kind: 'item', text: '  ' }, { kind: 'heading', text: '\n' }, { kind: 'paragraph', text: 'Isi' }];
      expect(body(layoutBraille({ title: 'T', blocks }, BRF), 1)).toEqual([blanks(2) + braille('Isi')]);
    });
  });

  describe('blank lines', () => {
    for (const [preset, size] of PRESETS) {
      describe(`on ${preset}`, () => {
        const capacity = size.lines - 1;

        it('carry over a page break', () => {
          const document = layoutBraille({ title: 'T', blocks: [...filler(capacity - 2), { kind: 'blankLines', count: 5 }, { kind: 'item', text: 'isi' }] }, size);
          // Two blank lines end page 1 and are not written; three open page 2.
          expect(body(document, 1)).toHaveLength(capacity - 2);
          expect(body(document, 2)).toEqual(['', '', '', braille('isi')]);
        });

        it('are not written at the end', () => {
          const document = layoutBraille({ title: 'T', blocks: [{ kind: 'item', text: 'isi' }, { kind: 'blankLines', count: 6 }] }, size);
          expect(body(document, 1)).toEqual([braille('isi')]);
        });

        it('fill whole pages when many', () => {
          const document = layoutBraille({ title: 'T', blocks: [{ kind: 'blankLines', count: capacity * 2 + 1 }, { kind: 'item', text: 'isi' }] }, size);
          expect(document.pages).toHaveLength(3);
          expect(body(document, 3)).toEqual(['', braille('isi')]);
        });
      });
    }
  });

  it('counts characters without a rule', () => {
    const document = layoutBraille({ title: 'Café', blocks: [{ kind: 'paragraph', text: 'é ü' }, { kind: 'item', text: 'é' }] }, BRF);
    expect(document.unknown).toEqual([
      { char: 'é', count: 3 },
      { char: 'ü', count: 1 },
    ]);
  });

  describe('on random sources', () => {
    for (const seed of [11, 12, 13, 14, 15, 16, 17, 18]) {
      it(`keeps to the page size, seed ${seed}`, () => {
        const random = seededRandom(seed);
        for (let round = 0; round < 12; round++) {
          const size = SIZES[Math.floor(random() * SIZES.length)] as BraillePageSize;
          const source = randomSource(random);
          const context = `seed ${seed}, round ${round}, ${size.cells} × ${size.lines}`;
          const document = layoutBraille(source, size);
          const title = braille(source.runningTitle ?? source.title).split(BLANK_CELL).filter(Boolean).join(BLANK_CELL);

          document.pages.forEach((page, index) => {
            expect(page.number, context).toBe(index + 1);
            expect(page.lines.length, `${context}, page ${page.number} height`).toBeLessThanOrEqual(size.lines);
            for (const line of page.lines) expect(line.length, `${context}, page ${page.number} width`).toBeLessThanOrEqual(size.cells);
            checkTitleLine(page.lines[0] as string, title, page.number, size.cells);
            expect(page.lines.at(-1), `${context}, page ${page.number} ends with text`).not.toBe('');
            for (const line of page.lines) expect(line.endsWith(BLANK_CELL), `${context}: trailing blank`).toBe(false);
          });

          // Every text line of every block is there, in order, indented or centred.
          const expected = expectedLines(source, size.cells);
          const placed = document.pages.flatMap((page) => page.lines.slice(1).map((line, row) => ({ line, page: page.number, row })));
          const written = placed.filter(({ line }) => line !== '');
          expect(written.map(({ line }) => line), context).toEqual(expected.map(({ line }) => line));

          // Headings: a blank line before unless at the page top, and kept with the line after.
          const capacity = size.lines - 1;
          expected.forEach(({ kind, block }, index) => {
            if (kind !== 'heading' || expected[index - 1]?.block === block) return;
            const { page, row } = written[index] as { page: number; row: number };
            if (row > 0) expect(body(document, page)[row - 1], `${context}: blank before heading ${block}`).toBe('');
            let last = index;
            while (expected[last + 1]?.block === block) last++;
            const headingLines = last - index + 1;
            const end = written[last] as { page: number; row: number };
            if (headingLines + 2 <= capacity) expect(end.page, `${context}: heading ${block} on one page`).toBe(page);
            // The first line after the heading and any headings right after it stays on its page,
            // unless blank lines come between.
            let next = last + 1;
            while (expected[next]?.kind === 'heading') next++;
            const between = source.blocks.slice(block + 1, expected[next]?.block);
            const groupRows = next - index + between.filter((candidate) => candidate.kind === 'heading').length + 1;
            if (expected[next] && groupRows + 1 <= capacity && between.every((candidate) => candidate.kind !== 'blankLines')) {
              expect((written[next] as { page: number }).page, `${context}: heading ${block} kept with the line after it`).toBe(page);
            }
          });

          checkKeptGroups(source, expected, written, capacity, context);
        }
      });
    }
  });
});

/**
 * Checks that each group of blocks that keep with the next is on one page when it fits on one.
 * A group starts after a block that does not keep. Its lines are the blocks' lines and the
 * first line of the block that ends it, or else all of that block's blank lines.
 */
function checkKeptGroups(
  source: BrailleSource,
  expected: { block: number }[],
  written: { page: number; row: number }[],
  capacity: number,
  context: string,
): void {
  const rowsOf = (block: number) => expected.map((line, index) => ({ ...line, index })).filter((line) => line.block === block);
  const hasContent = (block: BrailleBlock, index: number) => (block.kind === 'blankLines' ? block.count > 0 : rowsOf(index).length > 0);
  const withContent = source.blocks.map((block, index) => ({ block, index })).filter(({ block, index }) => hasContent(block, index));

  withContent.forEach(({ block, index }, position) => {
    if (!keeps(block) || keeps(withContent[position - 1]?.block)) return;
    // The group's lines, as indexes into `written`, and the blank lines that end it.
    const lines: number[] = [];
    let rows = 0;
    let blankLinesAfter = 0;
    for (let member = position; member < withContent.length; member++) {
      const { block: current, index: blockIndex } = withContent[member] as { block: BrailleBlock; index: number };
      if (current.kind === 'blankLines') {
        blankLinesAfter = current.count;
        rows += current.count;
        break;
      }
      const own = rowsOf(blockIndex).map((line) => line.index);
      if (member > position && current.kind === 'heading') rows += 1;
      if (member > position && !keeps(current)) {
        lines.push(own[0] as number);
        rows += 1;
        break;
      }
      lines.push(...own);
      rows += own.length;
    }
    if (rows > capacity) return;

    const first = written[lines[0] as number] as { page: number; row: number };
    for (const line of lines) expect((written[line] as { page: number }).page, `${context}: group from block ${index} on one page`).toBe(first.page);
    const last = written[lines.at(-1) as number] as { row: number };
    expect(last.row + blankLinesAfter, `${context}: blank lines after the group from block ${index} on its page`).toBeLessThan(capacity);
  });
}
