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
// The ellipsis row of rules.ts. It ends a shortened title, so that the title line does not
// read as a whole phrase ending in a word such as "atas" or "dan".
const ELLIPSIS = translateToBraille('…').braille;

/**
 * Lays out print text as braille pages of the given size. Each page opens with a title line:
 * the running title (or else the title) at the margin, shortened to fit, and the page number
 * in braille digits at the right end. Then come the blocks:
 *
 * - a heading is centred, with a blank line before it unless it opens the page or follows a
 *   blank line;
 * - a heading, and a paragraph or item with `keepWithNext` that starts a group of such blocks,
 *   moves to the next page unless the rest of this page holds the group (keptGroupRows). A
 *   group longer than a page keeps only its first block with the line after it, and a heading
 *   inside such a group still keeps with the line after it (fallbackRows);
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
  // Whether the last block with lines keeps with the next. A block that the previous one keeps
  // with is placed where the group's first block made room for it.
  let previousKeeps = false;
  source.blocks.forEach((block, index) => {
    if (block.kind === 'blankLines') {
      for (let i = 0; i < block.count; i++) push('');
      if (block.count > 0) previousKeeps = false;
      return;
    }
    const lines = blockLines[index] as string[];
    if (lines.length === 0) return;
    const atPageTop = page().length === 0 || page().length >= capacity;
    let blankBefore = block.kind === 'heading' && !atPageTop && page().at(-1) !== '';
    // A heading inside a group checks too, so that it never ends a page. Inside a group that
    // fits a page it never moves, because the group's first block counted its rows.
    const startsGroup = keepsWithNext(block) && !previousKeeps;
    if (!atPageTop && (startsGroup || block.kind === 'heading')) {
      const group = startsGroup ? keptGroupRows(source.blocks, blockLines, index) : Infinity;
      const keptRows = group <= capacity ? group : fallbackRows(source.blocks, blockLines, index);
      // A heading moves even when what it keeps is longer than a page.
      const movable = keptRows <= capacity || block.kind === 'heading';
      if (movable && page().length + (blankBefore ? 1 : 0) + keptRows > capacity) {
        bodies.push([]);
        blankBefore = false;
      }
    }
    if (blankBefore) push('');
    lines.forEach(push);
    previousKeeps = keepsWithNext(block);
  });

  const title = translate((source.runningTitle ?? source.title).split(LINE_BREAK).join(' '))
    .split(BLANK_CELL)
    .filter((word) => word.length > 0)
    .join(BLANK_CELL);
  const pages: BraillePage[] = bodies.map((body, index) => {
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    return { number: index + 1, lines: [titleLine(title, translate(String(index + 1)), size.cells), ...body] };
  });
  return { title: source.title, size, pages, unknown: [...unknown].map(([char, count]) => ({ char, count })) };
}

function keepsWithNext(block: BrailleBlock): boolean {
  return block.kind === 'heading' || (block.kind !== 'blankLines' && block.keepWithNext === true);
}

/**
 * Returns the rows that the block at `index` needs on its page to stay with what it keeps.
 * These are its lines and those of each following block that keeps with the next, a heading
 * with the blank line before it. The group ends with the first line of the next block, or
 * with all of its blank lines, because blank lines after a question are the room to answer
 * it. Blocks without lines are passed over.
 */
function keptGroupRows(blocks: readonly BrailleBlock[], blockLines: readonly string[][], index: number): number {
  let rows = (blockLines[index] as string[]).length;
  for (let next = index + 1; next < blocks.length; next++) {
    const block = blocks[next] as BrailleBlock;
    if (block.kind === 'blankLines') {
      if (block.count > 0) return rows + block.count;
      continue;
    }
    const lines = (blockLines[next] as string[]).length;
    if (lines === 0) continue;
    if (!keepsWithNext(block)) return rows + 1;
    rows += (block.kind === 'heading' ? 1 : 0) + lines;
  }
  return rows;
}

/**
 * Returns the rows to keep on one page when keptGroupRows is longer than a page, or for a
 * heading inside a group. These are the block's lines, for a heading also those of the
 * headings right after it with a blank line before each, and one row for the line that
 * follows, if any.
 */
function fallbackRows(blocks: readonly BrailleBlock[], blockLines: readonly string[][], index: number): number {
  let rows = (blockLines[index] as string[]).length;
  let next = index + 1;
  if (blocks[index]?.kind === 'heading') {
    for (; next < blocks.length && blocks[next]?.kind === 'heading'; next++) {
      const lines = blockLines[next] as string[];
      if (lines.length > 0) rows += 1 + lines.length;
    }
  }
  const hasContent = (block: BrailleBlock, at: number) => (block.kind === 'blankLines' ? block.count > 0 : (blockLines[at] as string[]).length > 0);
  return blocks.slice(next).some((block, offset) => hasContent(block, next + offset)) ? rows + 1 : rows;
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
 * least TITLE_GAP blank cells between. A title too long for that keeps the whole words that fit
 * before a blank cell and the ellipsis sign. When not even the first word fits with the
 * ellipsis, the first word is shown alone, and a first word longer than the room is cut as a
 * split word is, with a hyphen.
 */
function titleLine(title: string, pageNumber: string, cells: number): string {
  const room = cells - pageNumber.length - TITLE_GAP;
  let shown = title;
  if (shown.length > room) {
    const cut = shown.lastIndexOf(BLANK_CELL, room - BLANK_CELL.length - ELLIPSIS.length);
    const firstWord = shown.split(BLANK_CELL)[0] as string;
    if (cut > 0) shown = shown.slice(0, cut) + BLANK_CELL + ELLIPSIS;
    else if (firstWord.length <= room) shown = firstWord;
    // No address break here: the tail is dropped, so the hyphen is the only sign of the cut.
    else shown = splitWord(firstWord, room, false)?.head ?? '';
  }
  return shown + BLANK_CELL.repeat(cells - shown.length - pageNumber.length) + pageNumber;
}
