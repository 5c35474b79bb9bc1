// `npm run bench:braille`: times how long Node takes to turn each braille document of
// braille-documents.ts into BRF and PEF, prints a table and records the run in
// docs/benchmarks.md. It records numbers and never asserts.
//
// Environment: LOKET_BRAILLE_BENCH_ITERATIONS (default 500) and LOKET_BENCH_RECORD=0 to print
// the results without adding them to docs/benchmarks.md.
import { performance } from 'node:perf_hooks';
import { toBrf } from '../../src/domain/braille/brf.ts';
import { layoutBraille } from '../../src/domain/braille/layout.ts';
import { BRAILLE_PAGE_PRESETS } from '../../src/domain/braille/page-size.ts';
import { toPef } from '../../src/domain/braille/pef.ts';
import { benchDocuments, type BenchDocument } from './braille-documents.ts';
import { markdownTable, recordRun } from './report.ts';
import { describeCommit, describeMachine } from './run-context.ts';

const RESULTS_PAGE = 'docs/benchmarks.md';
const RUNS_MARKER = '<!-- npm run bench:braille inserts each new run below this line, newest first. -->';
const WARM_UP_ITERATIONS = 50;
const PAGE_SIZE = BRAILLE_PAGE_PRESETS.brf;
const METADATA = { identifier: '1234/PPID/DISKOMINFO/PI/2026', language: 'id', date: '2026-12-05' };
// The aim the project set for one braille document, from source to BRF and PEF.
const MAX_MEDIAN_MS = 5;

const STAGES = ['source', 'layout', 'brf', 'pef'] as const;
type Stage = (typeof STAGES)[number];

interface Timing {
  median: number;
  p95: number;
  min: number;
  max: number;
}

interface DocumentResult {
  name: string;
  pages: number;
  brfBytes: number;
  pefBytes: number;
  total: Timing;
  stages: Record<Stage, number>;
}

/** Returns the median, the 95th percentile (nearest rank), min and max of the samples in ms. */
function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (rank: number) => sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  return { median, p95: at(Math.ceil(0.95 * sorted.length) - 1), min: at(0), max: at(sorted.length - 1) };
}

function positiveIntegerFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** Runs the whole chain once and returns the time of each stage in ms, with the outputs. */
function runOnce(document: BenchDocument) {
  const start = performance.now();
  const source = document.source();
  const sourced = performance.now();
  const laidOut = layoutBraille(source, PAGE_SIZE);
  const layoutDone = performance.now();
  const brf = toBrf(laidOut);
  const brfDone = performance.now();
  const pef = toPef(laidOut, METADATA);
  const pefDone = performance.now();
  return {
    ms: { source: sourced - start, layout: layoutDone - sourced, brf: brfDone - layoutDone, pef: pefDone - brfDone },
    total: pefDone - start,
    pages: laidOut.pages.length,
    brfBytes: Buffer.byteLength(brf),
    pefBytes: Buffer.byteLength(pef),
  };
}

function measure(document: BenchDocument, iterations: number): DocumentResult {
  for (let i = 0; i < WARM_UP_ITERATIONS; i++) runOnce(document);
  const totals: number[] = [];
  const stages: Record<Stage, number[]> = { source: [], layout: [], brf: [], pef: [] };
  let last = runOnce(document);
  for (let i = 0; i < iterations; i++) {
    last = runOnce(document);
    totals.push(last.total);
    for (const stage of STAGES) stages[stage].push(last.ms[stage]);
  }
  return {
    name: document.name,
    pages: last.pages,
    brfBytes: last.brfBytes,
    pefBytes: last.pefBytes,
    total: timing(totals),
    stages: Object.fromEntries(STAGES.map((stage) => [stage, timing(stages[stage]).median])) as Record<Stage, number>,
  };
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const bytes = (value: number) => value.toLocaleString('en-US');

function resultRows(results: DocumentResult[]): string[][] {
  return results.map((result) => [
    result.name,
    String(result.pages),
    bytes(result.brfBytes),
    bytes(result.pefBytes),
    ms(result.total.median),
    ms(result.total.p95),
    ms(result.total.min),
    ms(result.total.max),
    `< ${MAX_MEDIAN_MS} ms`,
    result.total.median < MAX_MEDIAN_MS ? 'met' : 'not met',
  ]);
}

const RESULT_HEADER = ['document', 'pages', 'BRF bytes', 'PEF bytes', 'median', 'p95', 'min', 'max', 'aim (on the median)', 'result'];
const STAGE_HEADER = ['document', 'source', 'layout and translation', 'BRF', 'PEF'];

function stageRows(results: DocumentResult[]): string[][] {
  return results.map((result) => [result.name, ...STAGES.map((stage) => ms(result.stages[stage]))]);
}

interface RunContext {
  date: string;
  commit: string;
  machine: string;
  iterations: number;
}

function formatMarkdownRun(results: DocumentResult[], { date, commit, machine, iterations }: RunContext): string {
  return [
    `### ${date}, ${commit}`,
    '',
    `- Machine: ${machine}`,
    `- Node ${process.version}, no CPU throttling, one process`,
    `- ${iterations} timed runs per document after ${WARM_UP_ITERATIONS} discarded warm-up runs, page size ${PAGE_SIZE.cells} × ${PAGE_SIZE.lines}`,
    '',
    markdownTable(RESULT_HEADER, resultRows(results), [1, 2, 3, 4, 5, 6, 7]),
    '',
    'Median time of each stage:',
    '',
    markdownTable(STAGE_HEADER, stageRows(results), [1, 2, 3, 4]),
  ].join('\n');
}

async function main(): Promise<void> {
  const iterations = positiveIntegerFromEnv('LOKET_BRAILLE_BENCH_ITERATIONS', 500);
  // Taken before the run, so the load average shows what else was using the CPU.
  const context: RunContext = {
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    commit: describeCommit(),
    machine: describeMachine(),
    iterations,
  };
  const results = benchDocuments().map((document) => {
    console.log(`Measuring ${document.name}`);
    return measure(document, iterations);
  });

  const markdown = formatMarkdownRun(results, context);
  console.log(`\n${markdown}`);
  if (process.env.LOKET_BENCH_RECORD === '0') {
    console.log(`\nNot recorded in ${RESULTS_PAGE} because LOKET_BENCH_RECORD=0.`);
    return;
  }
  await recordRun(RESULTS_PAGE, markdown, RUNS_MARKER);
  console.log(`\nRecorded in ${RESULTS_PAGE}.`);
}

main().catch((error: unknown) => {
  console.error('The braille benchmark failed:', error);
  process.exitCode = 1;
});
