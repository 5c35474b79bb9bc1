import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { BundleBreakdown } from './bundle-breakdown.ts';
import type { ScriptSize } from './measure-app.ts';

export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** One row of the results table: several samples, or a single value such as a byte count. */
export interface ResultRow {
  measure: string;
  unit: 'ms' | 'kB' | '×';
  result: Spread | number;
  aim?: { text: string; met: boolean };
  note?: string;
}

export interface RunReport {
  /** ISO 8601 UTC time of the run. */
  date: string;
  commit: string;
  machine: string;
  node: string;
  browser: string;
  throttlingRate: number;
  iterations: number;
  warmUpIterations: number;
  rows: ResultRow[];
  /** Median times of the first load's stages, in ms since navigation start. */
  firstLoadStages: { stage: string; ms: number | null }[];
  /** Median times of the submission's stages, in ms since the click on "Kirim permohonan". */
  submitStages: { stage: string; offlineMs: number; onlineMs: number }[];
  scripts: ScriptSize[];
  serviceWorker: { bytes: number; gzipBytes: number };
  bundle: BundleBreakdown;
  /** Online submissions whose receipt showed the registration number instead of the provisional code. */
  onlineRegistrationShown: number;
}

/** Returns the median (the mean of the middle two for an even count), min and max. */
export function spread(values: number[]): Spread {
  if (values.length === 0) throw new Error('No samples to summarize');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

function formatValue(value: number, unit: ResultRow['unit']): string {
  if (unit === 'kB') return `${(value / 1000).toFixed(1)} kB`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  return `${value < 100 ? value.toFixed(1) : value.toFixed(0)} ms`;
}

function rowCells(row: ResultRow): string[] {
  const single = typeof row.result === 'number';
  const median = single ? (row.result as number) : (row.result as Spread).median;
  let aim = '';
  let verdict = '';
  if (row.aim) {
    aim = row.aim.text;
    verdict = row.aim.met ? 'met' : 'not met';
  }
  return [
    row.note ? `${row.measure} (${row.note})` : row.measure,
    formatValue(median, row.unit),
    single ? '' : formatValue((row.result as Spread).min, row.unit),
    single ? '' : formatValue((row.result as Spread).max, row.unit),
    aim,
    verdict,
  ];
}

const HEADER = ['measure', 'median', 'min', 'max', 'aim (on the median)', 'result'];

/** Formats a Markdown table; an empty cell shows as an en dash. */
export function markdownTable(header: string[], rows: string[][], rightAligned: number[] = []): string {
  const escape = (cell: string) => (cell === '' ? '–' : cell.replaceAll('|', '\\|'));
  const divider = header.map((_, index) => (rightAligned.includes(index) ? '---:' : '---'));
  return [header, divider, ...rows.map((row) => row.map(escape))].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Formats the results table as aligned plain text for the terminal. */
export function formatConsoleTable(report: RunReport): string {
  const rows = [HEADER, ...report.rows.map(rowCells)];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '));
  return lines.join('\n');
}

function formatBytes(bytes: number): string {
  return bytes.toLocaleString('en-US');
}

/** Formats one run as a Markdown section for docs/benchmarks.md. */
export function formatMarkdownRun(report: RunReport): string {
  const stages = report.firstLoadStages.map(({ stage, ms }) => [stage, ms === null ? '' : formatValue(ms, 'ms')]);
  const submitStages = report.submitStages.map(({ stage, offlineMs, onlineMs }) => [
    stage,
    formatValue(offlineMs, 'ms'),
    formatValue(onlineMs, 'ms'),
  ]);
  const scripts = report.scripts.map((script) => [
    `\`${script.path}\``,
    script.beforeInteractive ? 'before interactive' : 'after interactive',
    script.referencedByHtml ? 'yes' : 'no, imported by the app',
    formatBytes(script.bytes),
    formatBytes(script.gzipBytes),
    script.encoding,
  ]);
  const parts = report.bundle.parts.map((part) => [
    part.name,
    part.chunks.join(', '),
    formatBytes(part.bytes),
    `${((100 * part.bytes) / report.bundle.totalBytes).toFixed(0)} %`,
    part.gzipSavedBytes === null ? '' : formatBytes(part.gzipSavedBytes),
  ]);
  parts.push(['total', '', formatBytes(report.bundle.totalBytes), '100 %', `${formatBytes(report.bundle.totalGzipBytes)} for all chunks`]);
  const chunks = report.bundle.chunks.map((chunk) => [chunk.name, formatBytes(chunk.bytes), formatBytes(chunk.gzipBytes)]);
  const iterations = `${report.iterations} iteration${report.iterations === 1 ? '' : 's'}`;
  const warmUps = `${report.warmUpIterations} discarded warm-up iteration${report.warmUpIterations === 1 ? '' : 's'}`;

  return [
    `### ${report.date}, ${report.commit}`,
    '',
    `- Machine: ${report.machine}`,
    `- Node ${report.node}, ${report.browser} (headless), CPU throttling ${report.throttlingRate}×`,
    `- ${iterations} after ${warmUps}, each on a fresh browser profile`,
    '',
    markdownTable(HEADER, report.rows.map(rowCells), [1, 2, 3]),
    '',
    `Online, the receipt showed the registration number instead of the provisional code in ${report.onlineRegistrationShown} of ${report.iterations} submissions.`,
    '',
    'First load, median time of each stage since navigation start:',
    '',
    markdownTable(['stage', 'median'], stages, [1]),
    '',
    'Submission, median time of each stage since the click on "Kirim permohonan":',
    '',
    markdownTable(['stage', 'offline', 'online'], submitStages, [1, 2]),
    '',
    `Scripts of the first load, from the last iteration. The service worker, \`/sw.js\`, is not among them: it has ${formatBytes(report.serviceWorker.bytes)} bytes, ${formatBytes(report.serviceWorker.gzipBytes)} with gzip -9.`,
    '',
    markdownTable(['script', 'requested', 'in index.html', 'bytes', 'gzip -9 bytes', 'Content-Encoding sent'], scripts, [3, 4]),
    '',
    'The app\'s JavaScript by package, from esbuild\'s metafile for `src/app/main.tsx`, split at dynamic imports. esbuild splits a little differently from Vite, so its chunks approximate the ones above. "gzip bytes saved" is how much smaller the gzip -9 chunks get together when esbuild leaves that part out.',
    '',
    markdownTable(['part', 'esbuild chunks', 'minified bytes', 'share', 'gzip bytes saved'], parts, [2, 3, 4]),
    '',
    markdownTable(['esbuild chunk', 'minified bytes', 'gzip -9 bytes'], chunks, [1, 2]),
  ].join('\n');
}

const RUNS_MARKER = '<!-- npm run bench inserts each new run below this line, newest first. -->';

const NEW_FILE = `# Benchmarks

Results of \`npm run bench\` (tests/bench/bench.ts), newest first.

## Runs

${RUNS_MARKER}
`;

/**
 * Inserts a run below the marker line of the benchmarks page, above the earlier runs, and
 * creates the page when it does not exist. Without the marker line the run goes at the end,
 * under a new marker. Each benchmark passes its own marker, so its runs form their own list.
 */
export async function recordRun(path: string, runMarkdown: string, marker: string = RUNS_MARKER): Promise<void> {
  const current = existsSync(path) ? await readFile(path, 'utf8') : NEW_FILE;
  const at = current.indexOf(marker);
  const before = at === -1 ? `${current.trimEnd()}\n\n${marker}` : current.slice(0, at + marker.length);
  const after = at === -1 ? '' : current.slice(at + marker.length).trim();
  const sections = [before, runMarkdown.trim(), ...(after ? [after] : [])];
  await writeFile(path, `${sections.join('\n\n')}\n`);
}
