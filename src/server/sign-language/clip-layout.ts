import type { TextMeasure } from './text-width.ts';
import { wrapLines } from './wrap-lines.ts';

/*
 * The layout of a sample frame, in pixels of the square 640 × 640 frame: the sample label in
 * a yellow band at the top, the sign language's name, the text, and the time bar.
 */
export const FRAME_SIZE = 640;
export const MARGIN = 28;
export const LABEL_BAND_HEIGHT = 116;
export const LANGUAGE_Y = 136;
export const TEXT_TOP = 192;
export const TIME_BAR_HEIGHT = 20;
const TEXT_BOTTOM = FRAME_SIZE - TIME_BAR_HEIGHT - 16;
const TEXT_WIDTH = FRAME_SIZE - 2 * MARGIN;

/**
 * Font sizes to try for the text, largest first. The largest stays close to the sample label's
 * 32 px so that the label keeps standing out, and the smallest is still readable on a kiosk.
 */
const FONT_SIZES = [36, 34, 32, 30, 28, 26, 24, 22, 20] as const;

export interface TextFonts {
  regular: TextMeasure;
  bold: TextMeasure;
}

export interface TextBlock {
  /** Lines to draw, already wrapped. */
  lines: string[];
  y: number;
  /** Distance between the tops of two lines, in pixels. */
  step: number;
}

export interface TextLayout {
  fontSize: number;
  lineSpacing: number;
  /** The first paragraph (a heading, a label, a message), drawn bold. */
  heading: TextBlock;
  /** The other paragraphs below it, a blank line apart. */
  body: TextBlock | undefined;
}

interface Attempt {
  layout: TextLayout;
  /** The y coordinate below the last line. */
  bottom: number;
  /** Whether a word too wide for any line runs past the margin. */
  overflows: boolean;
}

/**
 * Stacks wrapped lines as drawtext does: each line lower by the text's tallest glyph extent
 * plus the line spacing. The extra pixel covers FreeType rounding the extent to the grid.
 */
function block(lines: string[], y: number, measure: TextMeasure, fontSize: number, lineSpacing: number): TextBlock {
  const step = Math.ceil(measure.height(lines.join('')) * fontSize) + 1 + lineSpacing;
  return { lines, y, step };
}

const blockBottom = (text: TextBlock) => text.y + text.lines.length * text.step;

function layoutAt(paragraphs: readonly string[], fonts: TextFonts, fontSize: number): Attempt {
  const lineSpacing = Math.round(fontSize * 0.3);
  const fitsIn = (measure: TextMeasure) => (line: string) => measure.width(line) * fontSize <= TEXT_WIDTH;

  const [first = '', ...rest] = paragraphs;
  const headingLines = wrapLines(first, fitsIn(fonts.bold));
  const heading = block(headingLines, TEXT_TOP, fonts.bold, fontSize, lineSpacing);
  const headingOverflows = !headingLines.every(fitsIn(fonts.bold));
  if (rest.length === 0) {
    return { layout: { fontSize, lineSpacing, heading, body: undefined }, bottom: blockBottom(heading), overflows: headingOverflows };
  }

  const bodyLines: string[] = [];
  for (const [index, paragraph] of rest.entries()) {
    if (index > 0) bodyLines.push('');
    bodyLines.push(...wrapLines(paragraph, fitsIn(fonts.regular)));
  }
  // Space between heading and body, like the gap between the app's heading and lead.
  const body = block(bodyLines, blockBottom(heading) + Math.round(fontSize * 0.6), fonts.regular, fontSize, lineSpacing);
  const overflows = headingOverflows || !bodyLines.every(fitsIn(fonts.regular));
  return { layout: { fontSize, lineSpacing, heading, body }, bottom: blockBottom(body), overflows };
}

/** Lays the paragraphs out in the largest font size at which they fit above the time bar. */
export function layoutText(paragraphs: readonly string[], fonts: TextFonts): TextLayout {
  for (const fontSize of FONT_SIZES) {
    const { layout, bottom, overflows } = layoutAt(paragraphs, fonts, fontSize);
    if (bottom <= TEXT_BOTTOM && !overflows) return layout;
  }
  throw new Error(`The text does not fit a sample frame even at ${FONT_SIZES.at(-1)} px: ${paragraphs.join(' ')}`);
}
