import type { BraillePageSize } from './page-size.ts';
import type { UnknownCharacter } from './translate.ts';

/**
 * One piece of print text to lay out in braille. A line break in a text starts a new line,
 * so answers typed on several lines keep their lines (layout.ts has the details).
 */
export type BrailleBlock =
  /**
   * Centred, with a blank line before it unless it opens a page. It moves to the next page when
   * the line after it would not fit on this one.
   */
  | { kind: 'heading'; text: string }
  /** First line indented two cells, runover lines at the margin. */
  | { kind: 'paragraph'; text: string }
  /** First line at the margin, runover lines indented two cells: list items, "label: value". */
  | { kind: 'item'; text: string }
  /** Empty lines, such as room to write an answer by hand; they carry over a page break. */
  | { kind: 'blankLines'; count: number };

/** What to print: a title for every page's title line, and the blocks in order. */
export interface BrailleSource {
  title: string;
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
