import { BLANK_CELL } from './cells.ts';
import type { BrailleBlock, BrailleDocument, BraillePage, BrailleSource } from './document.ts';
import { MIN_PAGE_SIZE, type BraillePageSize } from './page-size.ts';
import { translateToBraille } from './translate.ts';
import { splitWord, wrapBraille } from './wrap.ts';

const PARAGRAPH_INDENT = 2;
const RUNOVER_INDENT = 2;
// The minimum number of blank cells between the title and the page number on the title line.
const TITLE_GAP = 3;
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Lays out print text as braille pages of the given size. Each page opens with a title line:
 * the title at the margin, shortened by whole words to fit, and the page number in braille
 * digits at the right end. Then come the blocks:
 *
 * - a heading is centred, with a blank line before it unless it opens the page or follows a
 *   blank line. It moves to the next page unless it fits there together with the headings
 *   right after it and the line after those;
 * - a paragraph's first line is indented two cells, an item's runover lines are;
 * - a line break in a block's text starts a new line: a new paragraph in a paragraph, a
 *   runover line in an item;
 * - blank lines are kept at a page break, because they are room to write in, but blank lines
 *   at the end of a page are not written (the sheet is blank there anyway).
 *
 * Words are wrapped whole and split only when longer than a line (wrap.ts). An empty source
 * gives one page with only its title line.
 */
export function layoutBraille(source: BrailleSource, size: BraillePageSize): BrailleDocument {
  if (
    !Number.isInteger(size.cells) ||
    !Number.isInteger(size.lines) ||
    size.cells < MIN_PAGE_SIZE.cells ||
    size.lines < MIN_PAGE_SIZE.lines
  ) {
    throw new RangeError(
      `Invalid braille page of ${size.cells} cells × ${size.lines} lines: it needs whole numbers, at least ${MIN_PAGE_SIZE.cells} cells and ${MIN_PAGE_SIZE.lines} lines`,
    );
  }
  const unknown = new Map<string, number>();
  const translate = (text: string) => {
    const result = translateToBraille(text);
    for (const { char, count } of result.unknown) unknown.set(char, (unknown.get(char) ?? 0) + count);
    return result.braille;
  };

  const capacity = size.lines - 1;
  const bodies: string[][] = [[]];
  const page = () => bodies[bodies.length - 1] as string[];
  const push = (line: string) => {
    if (page().length >= capacity) bodies.push([]);
    page().push(line);
  };

  const blockLines = source.blocks.map((block) => (block.kind === 'blankLines' ? [] : textBlockLines(block, size.cells, translate)));
  source.blocks.forEach((block, index) => {
    if (block.kind === 'blankLines') {
      for (let i = 0; i < block.count; i++) push('');
      return;
    }
    const lines = blockLines[index] as string[];
    if (lines.length === 0) return;
    if (block.kind !== 'heading') {
      lines.forEach(push);
      return;
    }
    const atPageTop = page().length === 0 || page().length >= capacity;
    let blankBefore = !atPageTop && page().at(-1) !== '';
    const needed = (blankBefore ? 1 : 0) + headingGroupRows(source.blocks, blockLines, index);
    if (!atPageTop && page().length + needed > capacity) {
      bodies.push([]);
      blankBefore = false;
    }
    if (blankBefore) push('');
    lines.forEach(push);
  });

  const title = translate(source.title.split(LINE_BREAK).join(' '))
    .split(BLANK_CELL)
    .filter((word) => word.length > 0)
    .join(BLANK_CELL);
  const pages: BraillePage[] = bodies.map((body, index) => {
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    return { number: index + 1, lines: [titleLine(title, translate(String(index + 1)), size.cells), ...body] };
  });
  return { title: source.title, size, pages, unknown: [...unknown].map(([char, count]) => ({ char, count })) };
}

/**
 * Returns the rows a heading needs on its page, so that no heading ends a page: its lines, the
 * lines of the headings right after it with a blank line before each, and one row for the line
 * that follows them, if any.
 */
function headingGroupRows(blocks: readonly BrailleBlock[], blockLines: readonly string[][], index: number): number {
  let rows = (blockLines[index] as string[]).length;
  let next = index + 1;
  for (; next < blocks.length && blocks[next]?.kind === 'heading'; next++) {
    const lines = blockLines[next] as string[];
    if (lines.length > 0) rows += 1 + lines.length;
  }
  return next < blocks.length ? rows + 1 : rows;
}

/** Returns the lines of a heading, paragraph or item, indented or centred. */
function textBlockLines(block: Exclude<BrailleBlock, { kind: 'blankLines' }>, cells: number, translate: (text: string) => string): string[] {
  const pieces = block.text.split(LINE_BREAK).map(translate);
  if (block.kind === 'heading') {
    return pieces
      .flatMap((piece) => wrapBraille(piece, cells, 0, 0))
      .map((line) => BLANK_CELL.repeat(Math.floor((cells - line.length) / 2)) + line);
  }
  if (block.kind === 'paragraph') return pieces.flatMap((piece) => wrapBraille(piece, cells, PARAGRAPH_INDENT, 0));
  // Only the item's first line starts at the margin; later pieces continue it as runover lines.
  let first = true;
  return pieces.flatMap((piece) => {
    const lines = wrapBraille(piece, cells, first ? 0 : RUNOVER_INDENT, RUNOVER_INDENT);
    if (lines.length > 0) first = false;
    return lines;
  });
}

/**
 * Returns the title line: the title at the margin and the page number at the right end, with at
 * least TITLE_GAP blank cells between. A title too long for that loses whole words from its
 * end. When its first word alone is too long, that word is cut as a split word is, with a hyphen.
 */
function titleLine(title: string, pageNumber: string, cells: number): string {
  const room = cells - pageNumber.length - TITLE_GAP;
  let shown = title;
  if (shown.length > room) {
    const cut = shown.lastIndexOf(BLANK_CELL, room);
    shown = cut > 0 ? shown.slice(0, cut) : (splitWord(shown, room)?.head ?? '');
  }
  return shown + BLANK_CELL.repeat(cells - shown.length - pageNumber.length) + pageNumber;
}
