import { BLANK_CELL } from './cells.ts';
import type { BrailleDocument, BraillePage, BrailleSource } from './document.ts';
import { MIN_PAGE_SIZE, type BraillePageSize } from './page-size.ts';
import { cellsFromDots } from './cells.ts';
import { translateToBraille, type UnknownCharacter } from './translate.ts';

const HYPHEN = cellsFromDots('36');
// Cells that only change how the next cell reads (capital, number, letter and the first
// cells of two-cell symbols); a line never ends on one when a word is split.
const PREFIX_CELLS = new Set(['6', '3456', '56', '4', '5', '46', '456'].map(cellsFromDots));
const PARAGRAPH_INDENT = 2;
const RUNOVER_INDENT = 2;
// The least room between the title and the page number on the title line.
const TITLE_GAP = 3;

/**
 * Lays out print text as braille pages of the given size. Each page opens with a title line:
 * the title at the margin and the page number, in braille digits, at the right end. Words are
 * wrapped whole; a word longer than a line is split with a hyphen at the end of each part.
 */
export function layoutBraille(source: BrailleSource, size: BraillePageSize): BrailleDocument {
  if (size.cells < MIN_PAGE_SIZE.cells || size.lines < MIN_PAGE_SIZE.lines) {
    throw new RangeError(`A braille page needs at least ${MIN_PAGE_SIZE.cells} cells and ${MIN_PAGE_SIZE.lines} lines`);
  }
  const unknown = new Map<string, number>();
  const translate = (text: string) => {
    const result = translateToBraille(text);
    for (const { char, count } of result.unknown) unknown.set(char, (unknown.get(char) ?? 0) + count);
    return result.braille;
  };
  const title = translate(source.title);
  const capacity = size.lines - 1;
  const bodies: string[][] = [[]];
  const current = () => bodies[bodies.length - 1] as string[];
  const push = (line: string) => {
    if (current().length >= capacity) bodies.push([]);
    current().push(line);
  };

  for (const block of source.blocks) {
    if (block.kind === 'blankLines') {
      for (let i = 0; i < block.count; i++) push('');
      continue;
    }
    const text = translate(block.text);
    if (block.kind === 'heading') {
      const lines = wrapBraille(text, size.cells, 0, 0).map((line) => BLANK_CELL.repeat(Math.floor((size.cells - line.length) / 2)) + line);
      const blankBefore = current().length > 0 ? 1 : 0;
      // Keep a heading with the first line under it.
      if (blankBefore && current().length + blankBefore + lines.length + 1 > capacity) bodies.push([]);
      else if (blankBefore) push('');
      lines.forEach(push);
    } else if (block.kind === 'paragraph') {
      wrapBraille(text, size.cells, PARAGRAPH_INDENT, 0).forEach(push);
    } else {
      wrapBraille(text, size.cells, 0, RUNOVER_INDENT).forEach(push);
    }
  }

  const pages: BraillePage[] = bodies.map((body, index) => {
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    return { number: index + 1, lines: [titleLine(title, translate(String(index + 1)), size.cells), ...body] };
  });
  return { title: source.title, size, pages, unknown: [...unknown].map(([char, count]) => ({ char, count })) };
}

/** The title at the margin, shortened by whole words to fit, and the page number at the right end. */
function titleLine(title: string, pageNumber: string, cells: number): string {
  const room = cells - pageNumber.length - TITLE_GAP;
  let shown = title;
  if (shown.length > room) {
    const cut = shown.lastIndexOf(BLANK_CELL, room);
    shown = cut > 0 ? shown.slice(0, cut) : shown.slice(0, room);
  }
  return shown + BLANK_CELL.repeat(cells - shown.length - pageNumber.length) + pageNumber;
}

/**
 * Wraps braille text into lines of at most `cells` cells. The first line starts after
 * `firstIndent` blank cells, the others after `runoverIndent`. Runs of blank cells collapse
 * to one.
 */
export function wrapBraille(text: string, cells: number, firstIndent: number, runoverIndent: number): string[] {
  const words = text.split(BLANK_CELL).filter((word) => word.length > 0);
  const lines: string[] = [];
  let line = BLANK_CELL.repeat(firstIndent);
  let lineHasWord = false;
  const newLine = () => {
    lines.push(line);
    line = BLANK_CELL.repeat(runoverIndent);
    lineHasWord = false;
  };

  for (let word of words) {
    const separator = lineHasWord ? BLANK_CELL : '';
    if (line.length + separator.length + word.length <= cells) {
      line += separator + word;
      lineHasWord = true;
      continue;
    }
    if (word.length <= cells - runoverIndent) {
      newLine();
      line += word;
      lineHasWord = true;
      continue;
    }
    // Longer than any line: fill the rest of this line, then whole lines, each part ending
    // with a hyphen.
    let room = cells - line.length - separator.length - HYPHEN.length;
    if (room < 2) {
      if (lineHasWord) newLine();
      room = cells - line.length - HYPHEN.length;
    } else {
      line += separator;
    }
    while (line.length + word.length > cells) {
      let cut = room;
      while (cut > 1 && PREFIX_CELLS.has(word[cut - 1] as string)) cut--;
      line += word.slice(0, cut) + HYPHEN;
      word = word.slice(cut);
      newLine();
      room = cells - line.length - HYPHEN.length;
    }
    line += word;
    lineHasWord = true;
  }
  if (lineHasWord || lines.length === 0) lines.push(line);
  return lines.map((each) => each.replace(/\u2800+$/u, ''));
}
