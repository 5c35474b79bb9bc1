import type { BraillePageSize } from './page-size.ts';
import type { UnknownCharacter } from './translate.ts';

/**
 * One piece of print text to lay out in braille. A line break in a text starts a new line,
 * so answers typed on several lines keep their lines (layout.ts has the details).
 *
 * `keepWithNext` keeps a paragraph or item on the page of what follows it: its lines and the
 * first line of the next block, or all of the next block's blank lines, since they are the
 * room to answer it. Blocks that each keep with the next form one group. A group that does not
 * fit on the rest of the page starts a new page. When the group is longer than a page, only its
 * first block keeps with the line after it.
 */
export type BrailleBlock =
  /**
   * Centred, with a blank line before it unless it opens a page. It always keeps with what
   * follows it, as a paragraph or item with `keepWithNext` does.
   */
  | { kind: 'heading'; text: string }
  /** First line indented two cells, runover lines at the margin. */
  | { kind: 'paragraph'; text: string; keepWithNext?: boolean }
  /** First line at the margin, runover lines indented two cells: list items, "label: value". */
  | { kind: 'item'; text: string; keepWithNext?: boolean }
  /** Empty lines, such as room to write an answer by hand; they carry over a page break. */
  | { kind: 'blankLines'; count: number };

/** The blocks to print, with the document's title and the title for its pages' title lines. */
export interface BrailleSource {
  /** The document's title, as in PEF metadata and on screen. */
  title: string;
  /**
   * A short title for the title line of every page, where `title` is too long for it. Without
   * one the title line shows `title`, shortened to fit.
   */
  runningTitle?: string;
  blocks: readonly BrailleBlock[];
}

export interface BraillePage {
  /** 1-based. */
  number: number;
  /** Unicode braille lines, without trailing blank cells; the first is the title line. */
  lines: readonly string[];
}

export interface BrailleDocument {
  title: string;
  size: BraillePageSize;
  pages: readonly BraillePage[];
  /** Characters without a rule in the whole document, with their counts. */
  unknown: readonly UnknownCharacter[];
}
