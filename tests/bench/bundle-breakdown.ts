import { build, type BuildOptions } from 'esbuild';
import { gzipSync } from 'node:zlib';

export interface BundlePart {
  name: string;
  /** Minified bytes in all chunks together, from esbuild's metafile. */
  bytes: number;
  /** The chunks that contain the part: "entry", the file a dynamic import loads, or "shared" (numbered when several). */
  chunks: string[];
  /** How much smaller the gzip -9 chunks get together without the part, or null for app code, which is not measured. */
  gzipSavedBytes: number | null;
}

export interface BundleBreakdown {
  parts: BundlePart[];
  /** Minified bytes of each chunk, by the same names as BundlePart.chunks. */
  chunks: { name: string; bytes: number; gzipBytes: number }[];
  totalBytes: number;
  totalGzipBytes: number;
}

const ENTRY = 'src/app/main.tsx';
const LOCALES = 'locales (src/app/i18n/locales/*.json)';

// The bundle of `npx esbuild src/app/main.tsx --bundle --minify --jsx=automatic
// --jsx-import-source=preact --loader:.css=empty`, split at dynamic imports as Vite splits
// it. ES modules are needed for splitting, and let import.meta.env.DEV be defined the way
// Vite defines it for a production build.
const OPTIONS: BuildOptions = {
  entryPoints: [ENTRY],
  bundle: true,
  splitting: true,
  outdir: 'bundle-breakdown',
  minify: true,
  write: false,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.css': 'empty' },
  define: { 'import.meta.env.DEV': 'false' },
  metafile: true,
  logLevel: 'error',
};

/** Names the part of the bundle an input file belongs to: its npm package, the locales or app code. */
function partOf(input: string): string {
  const inPackage = input.split('node_modules/').at(-1);
  if (inPackage !== undefined && inPackage !== input) {
    const segments = inPackage.split('/');
    return segments[0]?.startsWith('@') ? `${segments[0]}/${segments[1]}` : (segments[0] ?? input);
  }
  if (input.startsWith('src/app/i18n/locales/')) return LOCALES;
  if (input.startsWith('src/')) return `app code (${input.split('/').slice(0, 2).join('/')})`;
  return input;
}

interface Chunk {
  name: string;
  code: Uint8Array;
  /** Minified bytes in this chunk by input file. */
  inputs: Record<string, number>;
}

async function bundle(external: string[]): Promise<Chunk[]> {
  const result = await build({ ...OPTIONS, external });
  const outputs = result.metafile?.outputs ?? {};
  const chunks: Chunk[] = [];
  for (const file of result.outputFiles ?? []) {
    const [, output] = Object.entries(outputs).find(([path]) => file.path.endsWith(path)) ?? [];
    if (!output) throw new Error(`esbuild's metafile has no entry for ${file.path}`);
    let name = 'shared';
    if (output.entryPoint === ENTRY) name = 'entry';
    else if (output.entryPoint) name = output.entryPoint.split('/').at(-1) ?? output.entryPoint;
    const inputs = Object.fromEntries(Object.entries(output.inputs).map(([path, input]) => [path, input.bytesInOutput]));
    chunks.push({ name, code: file.contents, inputs });
  }
  if (chunks.length === 0) throw new Error(`esbuild produced no bundle for ${ENTRY}`);
  const shared = chunks.filter((chunk) => chunk.name === 'shared');
  if (shared.length > 1) shared.forEach((chunk, index) => (chunk.name = `shared ${index + 1}`));
  return chunks;
}

function gzipTotal(chunks: Chunk[]): number {
  return chunks.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
}

/**
 * Splits the app's JavaScript by npm package with esbuild, and names the chunk each package
 * lands in. Rolldown, which Vite uses, bundles and splits slightly differently, so the sizes
 * are close to Vite's chunks but not equal. For each package and for the locales, the bundle
 * is rebuilt without that part to get the gzip bytes it costs.
 */
export async function breakDownBundle(): Promise<BundleBreakdown> {
  const full = await bundle([]);
  const totalGzipBytes = gzipTotal(full);

  const byPart = new Map<string, { bytes: number; chunks: Set<string> }>();
  for (const chunk of full) {
    for (const [input, bytes] of Object.entries(chunk.inputs)) {
      const name = partOf(input);
      const part = byPart.get(name) ?? { bytes: 0, chunks: new Set<string>() };
      part.bytes += bytes;
      if (bytes > 0) part.chunks.add(chunk.name);
      byPart.set(name, part);
    }
  }

  const parts: BundlePart[] = [];
  for (const [name, { bytes, chunks }] of byPart) {
    let external: string[] | null = null;
    if (name === LOCALES) external = ['*.json'];
    else if (!name.startsWith('app code')) external = [name, `${name}/*`];
    const gzipSavedBytes = external ? totalGzipBytes - gzipTotal(await bundle(external)) : null;
    parts.push({ name, bytes, chunks: [...chunks], gzipSavedBytes });
  }
  parts.sort((a, b) => b.bytes - a.bytes);

  return {
    parts,
    chunks: full.map((chunk) => ({ name: chunk.name, bytes: chunk.code.length, gzipBytes: gzipSync(chunk.code, { level: 9 }).length })),
    totalBytes: full.reduce((sum, chunk) => sum + chunk.code.length, 0),
    totalGzipBytes,
  };
}
