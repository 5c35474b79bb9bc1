// opentype.js 2.0 ships no type declarations, and @types/opentype.js describes 1.x. These are
// the few members text-width.ts reads, as opentype.js 2.0.0 defines them.
declare module 'opentype.js' {
  interface Glyph {
    advanceWidth?: number;
    /** The glyph's outline extent above and below the baseline, in font units. */
    yMax?: number;
    yMin?: number;
  }
  interface Font {
    unitsPerEm: number;
    charToGlyph(character: string): Glyph;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
