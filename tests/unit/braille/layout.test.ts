import { describe, expect, it } from 'vitest';
import { BLANK_CELL, cellsFromDots } from '../../../src/domain/braille/cells.ts';
import type { BrailleBlock, BrailleDocument, BrailleSource } from '../../../src/domain/braille/document.ts';
import { layoutBraille } from '../../../src/domain/braille/layout.ts';
import { BRAILLE_PAGE_PRESETS, MIN_PAGE_SIZE, type BraillePageSize } from '../../../src/domain/braille/page-size.ts';
import { PLACEHOLDER_CELL, translateToBraille } from '../../../src/domain/braille/translate.ts';
import { HYPHEN, PREFIX_CELLS, wrapBraille } from '../../../src/domain/braille/wrap.ts';

const BRF = BRAILLE_PAGE_PRESETS.brf;
const NUMBER = cellsFromDots('3456');
const SIZES: readonly BraillePageSize[] = [BRAILLE_PAGE_PRESETS.brf, BRAILLE_PAGE_PRESETS.a4, MIN_PAGE_SIZE, { cells: 21, lines: 5 }, { cells: 33, lines: 9 }, { cells: 41, lines: 30 }, { cells: 64, lines: 12 }];

function braille(text: string): string {
  return translateToBraille(text).braille;
}

function blanks(count: number): string {
  return BLANK_CELL.repeat(count);
}

/** Returns the page's lines after its title line. */
function body(document: BrailleDocument, page: number): readonly string[] {
  return document.pages[page - 1]?.lines.slice(1) ?? [];
}

/** mulberry32: a small seeded generator, so a failing random case can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
    if (roll < 0.2) blocks.push({ kind: 'heading', text: randomText(random, 1 + Math.floor(random() * 5)) });
    else if (roll < 0.5) blocks.push({ kind: 'paragraph', text: randomText(random, Math.floor(random() * 50)) });
    else if (roll < 0.8) blocks.push({ kind: 'item', text: randomText(random, Math.floor(random() * 20)) });
    else blocks.push({ kind: 'blankLines', count: Math.floor(random() * 8) });
  }
  return { title: randomText(random, Math.floor(random() * 9)).replaceAll('\n', ''), blocks };
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

function checkTitleLine(line: string, title: string, page: number, cells: number): void {
  const number = braille(String(page));
  expect(line.length, 'title line fills the width').toBe(cells);
  expect(line.endsWith(blanks(3) + number), `page number ${page} at the right end`).toBe(true);
  const shown = line.slice(0, -number.length).replace(/\u2800+$/u, '');
  const wholeWords = shown === title || title.startsWith(shown + BLANK_CELL);
  const cutFirstWord = !title.slice(0, shown.length).includes(BLANK_CELL) && shown.endsWith(HYPHEN) && !PREFIX_CELLS.has(shown.at(-2) as string);
  expect(wholeWords || cutFirstWord || shown === '', `title shortened by whole words on page ${page}`).toBe(true);
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
  });

  describe('title line', () => {
    it('gives an empty source one page', () => {
      const document = layoutBraille({ title: 'Formulir', blocks: [] }, BRF);
      expect(document.pages).toEqual([{ number: 1, lines: [braille('Formulir') + blanks(40 - 8 - 1 - 2) + braille('1')] }]);
    });

    it('puts the page number at the right end', () => {
      const blocks: BrailleBlock[] = [{ kind: 'blankLines', count: 24 * 10 }, { kind: 'paragraph', text: 'akhir' }];
      const document = layoutBraille({ title: 'Formulir', blocks }, BRF);
      expect(document.pages).toHaveLength(11);
      for (const page of document.pages) checkTitleLine(page.lines[0] as string, braille('Formulir'), page.number, 40);
    });

    it('writes page numbers with the number sign and a–j', () => {
      const document = layoutBraille({ title: '', blocks: [{ kind: 'blankLines', count: 24 * 10 }, { kind: 'paragraph', text: 'x' }] }, BRF);
      expect(document.pages[0]?.lines[0]).toBe(blanks(38) + NUMBER + cellsFromDots('1'));
      expect(document.pages[9]?.lines[0]).toBe(blanks(37) + NUMBER + cellsFromDots('1') + cellsFromDots('245'));
    });

    it('shortens a long title by whole words', () => {
      const title = 'Formulir Permohonan Informasi Publik Kota Tangerang';
      const document = layoutBraille({ title, blocks: [] }, BRF);
      const line = document.pages[0]?.lines[0] as string;
      expect(line).toBe(braille('Formulir Permohonan Informasi') + blanks(40 - braille('Formulir Permohonan Informasi').length - 2) + braille('1'));
      expect(document.title).toBe(title);
    });

    it('leaves room for longer page numbers', () => {
      // 35 cells fit beside a one-digit page number but not beside a two-digit one.
      const title = `${'a'.repeat(20)} ${'b'.repeat(14)}`;
      const blocks: BrailleBlock[] = [{ kind: 'blankLines', count: 24 * 10 }, { kind: 'paragraph', text: 'x' }];
      const document = layoutBraille({ title, blocks }, BRF);
      expect(document.pages[0]?.lines[0]?.startsWith(braille(title))).toBe(true);
      expect(document.pages[9]?.lines[0]?.startsWith(braille('a'.repeat(20)) + BLANK_CELL)).toBe(true);
      checkTitleLine(document.pages[9]?.lines[0] as string, braille(title), 10, 40);
    });

    it('cuts a first word longer than the room', () => {
      const title = `${'A'.repeat(3)}${'b'.repeat(40)} kata`;
      const line = layoutBraille({ title, blocks: [] }, BRF).pages[0]?.lines[0] as string;
      checkTitleLine(line, braille(title), 1, 40);
      expect(line.includes(HYPHEN)).toBe(true);
    });

    it('collapses spaces and line breaks in the title', () => {
      const line = layoutBraille({ title: '  Tanda \n bukti  ', blocks: [] }, BRF).pages[0]?.lines[0] as string;
      expect(line.startsWith(braille('Tanda bukti') + BLANK_CELL)).toBe(true);
    });
  });

  describe('headings', () => {
    it('are centred', () => {
      const document = layoutBraille({ title: 'T', blocks: [{ kind: 'heading', text: 'Data Pemohon' }] }, BRF);
      const heading = braille('Data Pemohon');
      expect(body(document, 1)).toEqual([blanks(Math.floor((40 - heading.length) / 2)) + heading]);
    });

    it('centre every line of a long heading', () => {
      const text = 'Formulir Keberatan atas Permohonan Informasi Publik';
      const lines = body(layoutBraille({ title: 'T', blocks: [{ kind: 'heading', text }] }, BRF), 1);
      expect(lines).toHaveLength(2);
      for (const line of lines) {
        const words = line.replace(/^\u2800+/u, '');
        expect(line.length - words.length, 'left margin').toBe(Math.floor((40 - words.length) / 2));
      }
    });

    it('get a blank line before them', () => {
      const document = layoutBraille({ title: 'T', blocks: [{ kind: 'paragraph', text: 'Isi' }, { kind: 'heading', text: 'Judul' }] }, BRF);
      expect(body(document, 1)).toEqual([blanks(2) + braille('Isi'), '', blanks(17) + braille('Judul')]);
    });

    it('get no blank line at the page top', () => {
      const document = layoutBraille({ title: 'T', blocks: [{ kind: 'heading', text: 'Judul' }, { kind: 'heading', text: 'Kedua' }] }, BRF);
      expect(body(document, 1)).toEqual([blanks(17) + braille('Judul'), '', blanks(17) + braille('Kedua')]);
    });

    it('get no second blank line after blank lines', () => {
      const blocks: BrailleBlock[] = [{ kind: 'paragraph', text: 'Isi' }, { kind: 'blankLines', count: 2 }, { kind: 'heading', text: 'Judul' }];
      expect(body(layoutBraille({ title: 'T', blocks }, BRF), 1)).toEqual([blanks(2) + braille('Isi'), '', '', blanks(17) + braille('Judul')]);
    });

    it('move to the next page rather than end one', () => {
      // 22 lines, then blank + heading would fill lines 23 and 24 with nothing of its text after.
      const lines: BrailleBlock[] = Array.from({ length: 22 }, () => ({ kind: 'item', text: 'baris' }));
      const document = layoutBraille({ title: 'T', blocks: [...lines, { kind: 'heading', text: 'Judul' }, { kind: 'item', text: 'isi' }] }, BRF);
      expect(body(document, 1)).toHaveLength(22);
      expect(body(document, 2)).toEqual([blanks(17) + braille('Judul'), braille('isi')]);
    });

    it('stay when the next line fits', () => {
      const lines: BrailleBlock[] = Array.from({ length: 21 }, () => ({ kind: 'item', text: 'baris' }));
      const document = layoutBraille({ title: 'T', blocks: [...lines, { kind: 'heading', text: 'Judul' }, { kind: 'item', text: 'isi' }] }, BRF);
      expect(body(document, 1).slice(21)).toEqual(['', blanks(17) + braille('Judul'), braille('isi')]);
      expect(document.pages).toHaveLength(1);
    });

    it('move with the headings right after them', () => {
      const lines: BrailleBlock[] = Array.from({ length: 20 }, () => ({ kind: 'item', text: 'baris' }));
      const blocks: BrailleBlock[] = [...lines, { kind: 'heading', text: 'Judul' }, { kind: 'heading', text: 'Kedua' }, { kind: 'item', text: 'isi' }];
      const document = layoutBraille({ title: 'T', blocks }, BRF);
      expect(body(document, 1)).toHaveLength(20);
      expect(body(document, 2)).toEqual([blanks(17) + braille('Judul'), '', blanks(17) + braille('Kedua'), braille('isi')]);
    });

    it('stay on a full page when nothing follows', () => {
      const lines: BrailleBlock[] = Array.from({ length: 22 }, () => ({ kind: 'item', text: 'baris' }));
      const document = layoutBraille({ title: 'T', blocks: [...lines, { kind: 'heading', text: 'Penutup' }] }, BRF);
      expect(document.pages).toHaveLength(1);
      expect(body(document, 1).at(-1)).toBe(blanks(16) + braille('Penutup'));
    });
  });

  describe('paragraphs and items', () => {
    const text = 'Pemohon adalah orang, kelompok orang, atau badan hukum yang meminta informasi.';

    it('indent a paragraph\'s first line', () => {
      const lines = body(layoutBraille({ title: 'T', blocks: [{ kind: 'paragraph', text }] }, BRF), 1);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines[0]?.startsWith(blanks(2))).toBe(true);
      expect(lines[0]?.[2]).not.toBe(BLANK_CELL);
      for (const line of lines.slice(1)) expect(line[0]).not.toBe(BLANK_CELL);
    });

    it('indent an item\'s runover lines', () => {
      const lines = body(layoutBraille({ title: 'T', blocks: [{ kind: 'item', text }] }, BRF), 1);
      expect(lines[0]?.[0]).not.toBe(BLANK_CELL);
      for (const line of lines.slice(1)) {
        expect(line.startsWith(blanks(2))).toBe(true);
        expect(line[2]).not.toBe(BLANK_CELL);
      }
    });

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
    it('carry over a page break', () => {
      const lines: BrailleBlock[] = Array.from({ length: 22 }, () => ({ kind: 'item', text: 'baris' }));
      const document = layoutBraille({ title: 'T', blocks: [...lines, { kind: 'blankLines', count: 5 }, { kind: 'item', text: 'isi' }] }, BRF);
      // Two blank lines end page 1 and are not written; three open page 2.
      expect(body(document, 1)).toHaveLength(22);
      expect(body(document, 2)).toEqual(['', '', '', braille('isi')]);
    });

    it('are not written at the end', () => {
      const document = layoutBraille({ title: 'T', blocks: [{ kind: 'item', text: 'isi' }, { kind: 'blankLines', count: 6 }] }, BRF);
      expect(body(document, 1)).toEqual([braille('isi')]);
    });

    it('fill whole pages when many', () => {
      const document = layoutBraille({ title: 'T', blocks: [{ kind: 'blankLines', count: 24 * 2 + 1 }, { kind: 'item', text: 'isi' }] }, BRF);
      expect(document.pages).toHaveLength(3);
      expect(body(document, 3)).toEqual(['', braille('isi')]);
    });
  });

  it('counts characters without a rule', () => {
    const document = layoutBraille({ title: 'Café', blocks: [{ kind: 'paragraph', text: 'é ü' }, { kind: 'item', text: 'é' }] }, BRF);
    expect(document.unknown).toEqual([
      { char: 'é', count: 3 },
      { char: 'ü', count: 1 },
    ]);
  });

  describe('on random sources', () => {
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      it(`keeps to the page size, seed ${seed}`, () => {
        const random = seededRandom(seed);
        for (let round = 0; round < 12; round++) {
          const size = SIZES[Math.floor(random() * SIZES.length)] as BraillePageSize;
          const source = randomSource(random);
          const context = `seed ${seed}, round ${round}, ${size.cells} × ${size.lines}`;
          const document = layoutBraille(source, size);
          const title = braille(source.title).split(BLANK_CELL).filter(Boolean).join(BLANK_CELL);

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
        }
      });
    }
  });
});
