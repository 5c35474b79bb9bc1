import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';

const run = promisify(execFile);

/** 254 dpi is 10 pixels per millimetre, so a box edge is found to within 0.1 mm. */
const PIXELS_PER_MM = 10;
const RENDER_DPI = PIXELS_PER_MM * 25.4;

/** Grey levels below this count as ink: the middle of an anti-aliased edge. */
const INK_THRESHOLD = 128;

/** A box in millimetres from the sheet's top left corner. */
export interface InkBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Renders one page of a PDF with pdftoppm (Debian's poppler-utils, which
 * tests/setup/install-browser.js installs) and returns the box around everything printed
 * darker than mid grey, or undefined for a blank page.
 */
export async function inkBox(pdf: Uint8Array, pageNumber: number): Promise<InkBox | undefined> {
  const directory = await mkdtemp(join(tmpdir(), 'loket-ink-'));
  try {
    const file = join(directory, 'page.pdf');
    const prefix = join(directory, 'page');
    await writeFile(file, pdf);
    const page = String(pageNumber);
    await run('pdftoppm', ['-f', page, '-l', page, '-r', String(RENDER_DPI), '-gray', '-png', '-singlefile', file, prefix]);
    return darkPixelBox(PNG.sync.read(await readFile(`${prefix}.png`)));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** pngjs decodes every PNG to RGBA, so a grey image has its level in each of R, G and B. */
function darkPixelBox(image: PNG): InkBox | undefined {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      if ((image.data[(y * image.width + x) * 4] ?? 255) >= INK_THRESHOLD) continue;
      left = Math.min(left, x);
      right = Math.max(right, x + 1);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y + 1);
    }
  }
  if (left === Infinity) return undefined;
  return { left: left / PIXELS_PER_MM, top: top / PIXELS_PER_MM, right: right / PIXELS_PER_MM, bottom: bottom / PIXELS_PER_MM };
}
