import type { BrailleDocument } from './document.ts';

// North American Braille ASCII: the character for each six-dot cell, indexed by its dot bits
// (dot 1 = 1, dot 2 = 2, … dot 6 = 32), as embossers and BRF files expect.
const NABCC = ' A1B\'K2L@CIF/MSP"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=';

/** Returns one Unicode braille line in Braille ASCII. */
export function brailleAscii(line: string): string {
  let out = '';
  for (const cell of line) {
    const bits = cell.charCodeAt(0) - 0x2800;
    if (bits < 0 || bits > 0x3f) {
      const code = cell.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
      throw new Error(`Invalid character U+${code} in a braille line: BRF has only six-dot cells, U+2800 to U+283F`);
    }
    out += NABCC[bits];
  }
  return out;
}

/**
 * Returns the document as a BRF file: Braille ASCII lines ending in CRLF, and a form feed
 * after each page, the last one included, so an embosser ejects every sheet.
 */
export function toBrf(document: BrailleDocument): string {
  return document.pages.map((page) => page.lines.map((line) => `${brailleAscii(line)}\r\n`).join('') + '\f').join('');
}
