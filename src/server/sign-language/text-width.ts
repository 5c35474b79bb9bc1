import { readFile } from 'node:fs/promises';
import opentype from 'opentype.js';

/** Measures text in one font, in ems. */
export interface TextMeasure {
  /** The width of a line: the sum of its glyphs' advances. */
  width(text: string): number;
  /** The height from the lowest glyph bottom to the highest glyph top among the text's glyphs. */
  height(text: string): number;
}

/**
 * Loads a font's glyph metrics so that lines can be wrapped and stacked before ffmpeg draws
 * them. ffmpeg 5.1's drawtext places each glyph by its advance with no shaping, and DejaVu
 * Sans has no `kern` table for FreeType to read, so the sum of the advances is the drawn width.
 * drawtext moves each new line down by the height of the tallest glyph extent in its text plus
 * line_spacing, which `height` gives.
 */
export async function loadTextMeasure(fontFile: string): Promise<TextMeasure> {
  const bytes = await readFile(fontFile);
  const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return {
    width(text) {
      let units = 0;
      for (const character of text) units += font.charToGlyph(character).advanceWidth ?? 0;
      return units / font.unitsPerEm;
    },
    height(text) {
      let top = 0;
      let bottom = 0;
      for (const character of text) {
        const glyph = font.charToGlyph(character);
        top = Math.max(top, glyph.yMax ?? 0);
        bottom = Math.min(bottom, glyph.yMin ?? 0);
      }
      return (top - bottom) / font.unitsPerEm;
    },
  };
}
