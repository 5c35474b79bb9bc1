import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SampleFonts {
  regular: string;
  bold: string;
}

async function matchFont(pattern: string): Promise<string> {
  const { stdout } = await run('fc-match', ['--format=%{file}\n%{family}', pattern]);
  const [file = '', family = ''] = stdout.split('\n');
  if (!family.includes('DejaVu Sans')) {
    throw new Error(`fontconfig offers "${family}" (${file}) for ${pattern}; install DejaVu Sans (Debian: fonts-dejavu-core)`);
  }
  return file;
}

/**
 * Finds DejaVu Sans and DejaVu Sans Bold through fontconfig. The samples insist on that family
 * because the text layout assumes its widths, and another font would change every clip's bytes.
 */
export async function findSampleFonts(): Promise<SampleFonts> {
  return { regular: await matchFont('DejaVu Sans:style=Book'), bold: await matchFont('DejaVu Sans:style=Bold') };
}
