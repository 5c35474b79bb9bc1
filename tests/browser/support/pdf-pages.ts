import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const run = promisify(execFile);

/** PostScript points per millimetre: a PDF MediaBox is in points of 1/72 inch. */
const POINTS_PER_MM = 72 / 25.4;

/** Resolution for decoding QR codes: 150 dpi gives a 32 mm code about 4 pixels per module. */
const RENDER_DPI = 150;

/** One page of a PDF as the tests read it. */
export interface PdfPage {
  /** The MediaBox, in millimetres. */
  widthMm: number;
  heightMm: number;
  /** The page's text as pdftotext extracts it. */
  text: string;
  /** The text of the QR code found on the rendered page, or undefined when none decodes. */
  qrCode: string | undefined;
}

/**
 * Reads a PDF with Debian's poppler-utils (pdfinfo, pdftotext, pdftoppm, which
 * tests/setup/install-browser.js installs) and decodes QR codes with jsQR.
 */
export async function readPdfPages(pdf: Uint8Array): Promise<PdfPage[]> {
  const directory = await mkdtemp(join(tmpdir(), 'loket-pdf-'));
  try {
    const file = join(directory, 'receipt.pdf');
    await writeFile(file, pdf);
    const boxes = await mediaBoxes(file);
    const pages: PdfPage[] = [];
    for (const [index, box] of boxes.entries()) {
      const number = String(index + 1);
      const { stdout: text } = await poppler('pdftotext', ['-raw', '-f', number, '-l', number, file, '-']);
      pages.push({ ...box, text, qrCode: await decodeQrCode(file, number, directory) });
    }
    return pages;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

async function mediaBoxes(file: string): Promise<{ widthMm: number; heightMm: number }[]> {
  const { stdout: info } = await poppler('pdfinfo', [file]);
  const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  if (!Number.isInteger(pageCount) || pageCount < 1) throw new Error(`pdfinfo printed no page count:\n${info}`);
  const { stdout } = await poppler('pdfinfo', ['-box', '-f', '1', '-l', String(pageCount), file]);
  const boxes = [...stdout.matchAll(/^Page\s+\d+\s+MediaBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/gm)].map((match) => ({
    widthMm: (Number(match[3]) - Number(match[1])) / POINTS_PER_MM,
    heightMm: (Number(match[4]) - Number(match[2])) / POINTS_PER_MM,
  }));
  if (boxes.length !== pageCount) throw new Error(`pdfinfo listed ${boxes.length} MediaBoxes for ${pageCount} pages:\n${stdout}`);
  return boxes;
}

async function decodeQrCode(file: string, page: string, directory: string): Promise<string | undefined> {
  const prefix = join(directory, `page-${page}`);
  await poppler('pdftoppm', ['-f', page, '-l', page, '-r', String(RENDER_DPI), '-png', '-singlefile', file, prefix]);
  const image = PNG.sync.read(await readFile(`${prefix}.png`));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

async function poppler(command: string, args: string[]): Promise<{ stdout: string }> {
  try {
    return await run(command, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${command} is not installed; run tests/setup/install-browser.js, which installs poppler-utils`);
    }
    throw error;
  }
}
