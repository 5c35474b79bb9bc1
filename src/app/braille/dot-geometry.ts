import { dotsOfCell } from '../../domain/braille/cells.ts';

/**
 * Sizes of braille dots drawn for swell (capsule) paper, in millimetres. The pitches are the
 * spacing of embossed braille, so a page printed at 100% reads like an embossed one.
 */
export const DOT_PITCH_MM = 2.5;
export const CELL_PITCH_MM = 6;
export const LINE_PITCH_MM = 10;
export const DOT_DIAMETER_MM = 1.5;

/** A dot's centre, in millimetres from the page's top left corner. */
export interface DotPosition {
  x: number;
  y: number;
}

// The two columns and three rows of a cell sit in the middle of its 6 × 10 mm box.
const FIRST_COLUMN_MM = (CELL_PITCH_MM - DOT_PITCH_MM) / 2;
const FIRST_ROW_MM = (LINE_PITCH_MM - 2 * DOT_PITCH_MM) / 2;

/** Returns the centre of dot 1–6 of the cell at `column` on `line`, both counted from 0. */
export function dotPosition(line: number, column: number, dot: number): DotPosition {
  const right = dot > 3 ? 1 : 0;
  const row = (dot - 1) % 3;
  return {
    x: column * CELL_PITCH_MM + FIRST_COLUMN_MM + right * DOT_PITCH_MM,
    y: line * LINE_PITCH_MM + FIRST_ROW_MM + row * DOT_PITCH_MM,
  };
}

/** Returns the raised dots of a page of Unicode braille lines, in reading order. */
export function raisedDots(lines: readonly string[]): DotPosition[] {
  const dots: DotPosition[] = [];
  lines.forEach((line, lineIndex) => {
    Array.from(line).forEach((cell, column) => {
      for (const dot of dotsOfCell(cell)) dots.push(dotPosition(lineIndex, column, dot));
    });
  });
  return dots;
}

/** A run of cells on one line that are not blank, as first column and length. */
export interface CellRun {
  line: number;
  column: number;
  length: number;
}

/** Returns the runs of non-blank cells, where the screen preview shows the flat dot positions faintly. */
export function filledCellRuns(lines: readonly string[]): CellRun[] {
  const runs: CellRun[] = [];
  lines.forEach((line, lineIndex) => {
    let start = -1;
    const cells = Array.from(line);
    cells.forEach((cell, column) => {
      const blank = cell === '\u2800';
      if (!blank && start < 0) start = column;
      if (blank && start >= 0) {
        runs.push({ line: lineIndex, column: start, length: column - start });
        start = -1;
      }
    });
    if (start >= 0) runs.push({ line: lineIndex, column: start, length: cells.length - start });
  });
  return runs;
}
