/** A braille page as cells per line and lines per page, the title line included. */
export interface BraillePageSize {
  cells: number;
  lines: number;
}

/**
 * 40 × 25 is what embossers and BRF files assume by default (11 × 11.5 inch paper); 40 × 28
 * follows the Indonesian guideline for A4 embossers. Neither fits an A4 sheet at swell-paper
 * size (6 mm cells, 10 mm lines: 40 cells need 240 mm), so `swellA4` is the largest page
 * that does, with margins of at least 12 mm for an office printer.
 */
export const BRAILLE_PAGE_PRESETS = {
  brf: { cells: 40, lines: 25 },
  a4: { cells: 40, lines: 28 },
  swellA4: { cells: 31, lines: 27 },
} as const satisfies Record<string, BraillePageSize>;

export type BraillePagePreset = keyof typeof BRAILLE_PAGE_PRESETS;

export function isBraillePagePreset(value: unknown): value is BraillePagePreset {
  return typeof value === 'string' && Object.hasOwn(BRAILLE_PAGE_PRESETS, value);
}

/** The smallest page that still fits a title line, a page number and some text. */
export const MIN_PAGE_SIZE: BraillePageSize = { cells: 20, lines: 4 };
