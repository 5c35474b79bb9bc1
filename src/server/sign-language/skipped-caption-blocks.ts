/**
 * A block of caption text that browsers skip because no timing line starts it. A WebVTT parser
 * makes a cue only of a block whose first or second line contains `-->`, and drops every other
 * block without an error: Chromium 156 does so for a `<track>`, and media-captions 1.0.4 even
 * in strict mode. A timing line with a typo such as `00:02.000 -> 00:04.000` thus hides its
 * text without a word.
 */
export interface SkippedCaptionBlock {
  /** The block's first line, counted from 1. */
  line: number;
  /** The first line of the block that starts with a timestamp, so was probably meant as its timing line. */
  timingLike?: { line: number; value: string };
}

/** Blocks that contain no caption text by design: comments, style sheets and regions. */
const NON_CUE_BLOCK = /^(?:NOTE(?:[ \t].*)?|STYLE[ \t]*|REGION[ \t]*)$/;
/** A line that starts like a timing line, such as `00:02.000 -> 00:04.000` or `0:02 - 0:04`. */
const STARTS_WITH_TIMESTAMP = /^[ \t]*\d+:\d{2}/;

interface Block {
  /** Index of the first line. */
  start: number;
  lines: string[];
  hasTiming: boolean;
  /** Index of the line after the block. */
  next: number;
}

/**
 * Reads one block the way the WebVTT parser does: it ends at a blank line, and a line with
 * `-->` that cannot be this block's timing line starts the next block.
 */
function readBlock(lines: readonly string[], start: number, inHeader: boolean): Block {
  const blockLines: string[] = [];
  let hasTiming = false;
  let index = start;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (line === '') break;
    if (line.includes('-->')) {
      const count = blockLines.length + 1;
      if (inHeader || !(count === 1 || (count === 2 && !hasTiming))) break;
      hasTiming = true;
    }
    blockLines.push(line);
    index += 1;
  }
  return { start, lines: blockLines, hasTiming, next: index };
}

/** Finds the blocks after the header that browsers skip although they are no comment, style sheet or region. */
export function findSkippedCaptionBlocks(text: string): SkippedCaptionBlock[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const skipped: SkippedCaptionBlock[] = [];
  // Lines directly below the WEBVTT line, without a blank line between, are header lines.
  let index = lines.length > 1 && lines[1] !== '' ? readBlock(lines, 1, true).next : 1;
  while (index < lines.length) {
    if (lines[index] === '') {
      index += 1;
      continue;
    }
    const block = readBlock(lines, index, false);
    index = block.next;
    if (block.hasTiming || NON_CUE_BLOCK.test(block.lines[0] ?? '')) continue;

    const timingIndex = block.lines.findIndex((line) => STARTS_WITH_TIMESTAMP.test(line));
    const timingLike = timingIndex === -1 ? undefined : { line: block.start + timingIndex + 1, value: block.lines[timingIndex] ?? '' };
    skipped.push({ line: block.start + 1, ...(timingLike ? { timingLike } : {}) });
  }
  return skipped;
}
