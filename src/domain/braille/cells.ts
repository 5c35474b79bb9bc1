/**
 * Braille cells as Unicode braille patterns (U+2800–U+283F for six dots). Rules name cells by
 * their dots, as braille references do ("1-2-5"). Every other module works with the Unicode
 * characters, because braille displays, PEF and liblouis's `unicode.dis` all use them.
 */

/** The empty cell: a space in braille. */
export const BLANK_CELL = '\u2800';

/**
 * Returns the Unicode braille characters for cells written as dot numbers, one cell per
 * space-free group, such as "6-6" (two cells) or "3456" (one cell). The two forms exist
 * because references write multi-cell signs as "4-1" and single cells as "3456".
 */
export function cellsFromDots(dots: string): string {
  return dots
    .split('-')
    .map((group) => {
      let bits = 0;
      for (const digit of group) {
        const dot = Number(digit);
        if (!Number.isInteger(dot) || dot < 1 || dot > 6) throw new Error(`Not a six-dot cell: ${dots}`);
        bits |= 1 << (dot - 1);
      }
      return String.fromCharCode(0x2800 + bits);
    })
    .join('');
}

/** Returns the raised dots (1–6) of one Unicode braille cell, in ascending order. */
export function dotsOfCell(cell: string): number[] {
  const bits = cell.charCodeAt(0) - 0x2800;
  if (bits < 0 || bits > 0x3f) throw new Error(`Not a six-dot braille cell: U+${cell.charCodeAt(0).toString(16)}`);
  const dots: number[] = [];
  for (let dot = 1; dot <= 6; dot++) if (bits & (1 << (dot - 1))) dots.push(dot);
  return dots;
}
