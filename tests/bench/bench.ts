// `npm run bench`: measures the built app (dist/) in headless Chromium with the CPU slowed
// down, prints a table and records the run in docs/benchmarks.md, which defines each measure.
// It records numbers and never asserts. It exits non-zero only when it cannot measure: the
// build is missing, a server or the browser fails, or a page times out.
//
// Environment: LOKET_BENCH_ITERATIONS (default 7), LOKET_BENCH_CPU_THROTTLING (default 4),
// and LOKET_BENCH_RECORD=0 to print the results without adding them to docs/benchmarks.md.
import { existsSync, rmSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { IntakeServer } from '../browser/support/intake-server.ts';
import { breakDownBundle, type BundleBreakdown } from './bundle-breakdown.ts';
import { measureApp, type AppSample, type ScriptSize } from './measure-app.ts';
import { measureStaticPage, type StaticPageSample } from './measure-static.ts';
import { formatConsoleTable, formatMarkdownRun, recordRun, spread, type ResultRow, type RunReport } from './report.ts';
import { describeCommit, describeMachine } from './run-context.ts';
import { StaticPageServer } from './static-server.ts';
import { closeOpenPages, measureSlowdown, removeOpenProfilesSync } from './throttled-page.ts';

const STATIC_PAGE = fileURLToPath(new URL('./static-form.html', import.meta.url));
const RESULTS_PAGE = 'docs/benchmarks.md';
const BUILT_APP = 'dist/app';
const WARM_UP_ITERATIONS = 1;

// The aims the project set for the kiosk, judged on medians.
const MAX_FIRST_LOAD_GZIP_BYTES = 60_000;
const MAX_FIRST_LOAD_RATIO = 1.5;
const MAX_SUBMIT_TO_RECEIPT_MS = 100;

function positiveIntegerFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

interface RowInputs {
  app: AppSample[];
  floor: StaticPageSample[];
  scriptGzipBytes: number;
  htmlScriptGzipBytes: number;
  serviceWorkerGzipBytes: number;
  slowdown: number;
}

function buildRows({ app, floor, scriptGzipBytes, htmlScriptGzipBytes, serviceWorkerGzipBytes, slowdown }: RowInputs): ResultRow[] {
  const firstLoad = spread(app.map((sample) => sample.firstLoad.interactiveMs));
  const firstLoadPainted = spread(app.map((sample) => sample.firstLoad.interactivePaintedMs));
  const floorDomContentLoaded = spread(floor.map((sample) => sample.domContentLoadedMs));
  const floorPaint = spread(floor.map((sample) => sample.firstContentfulPaintMs));
  // The static form can be used once it is both parsed and painted, whichever comes last.
  const floorUsable = spread(floor.map((sample) => Math.max(sample.domContentLoadedMs, sample.firstContentfulPaintMs)));
  const ratio = firstLoadPainted.median / floorUsable.median;
  const submitAim = (samples: number[]) => {
    const result = spread(samples);
    return { result, aim: { text: `< ${MAX_SUBMIT_TO_RECEIPT_MS} ms`, met: result.median < MAX_SUBMIT_TO_RECEIPT_MS } };
  };

  return [
    { measure: 'CPU slowdown of a busy loop', unit: '×', result: slowdown },
    { measure: '1. First load → interactive', unit: 'ms', result: firstLoad },
    { measure: '1. First load → painted', unit: 'ms', result: firstLoadPainted },
    { measure: '2. Offline reload → interactive', unit: 'ms', result: spread(app.map((sample) => sample.offlineReload.interactiveMs)) },
    { measure: '2. Offline reload → painted', unit: 'ms', result: spread(app.map((sample) => sample.offlineReload.interactivePaintedMs)) },
    {
      measure: '3. First-load JS, gzip -9',
      unit: 'kB',
      result: scriptGzipBytes,
      aim: { text: `≤ ${MAX_FIRST_LOAD_GZIP_BYTES / 1000} kB`, met: scriptGzipBytes <= MAX_FIRST_LOAD_GZIP_BYTES },
    },
    { measure: '3. First-load JS that index.html references, gzip -9', unit: 'kB', result: htmlScriptGzipBytes },
    { measure: '3. Service worker, gzip -9', unit: 'kB', result: serviceWorkerGzipBytes },
    { measure: '4. Submit → receipt, offline', unit: 'ms', ...submitAim(app.map((sample) => sample.offlineSubmit.receiptMs)) },
    { measure: '4. Submit → receipt painted, offline', unit: 'ms', result: spread(app.map((sample) => sample.offlineSubmit.receiptPaintedMs)) },
    { measure: '4. Submit → receipt, online', unit: 'ms', ...submitAim(app.map((sample) => sample.onlineSubmit.receiptMs)) },
    { measure: '4. Submit → receipt painted, online', unit: 'ms', result: spread(app.map((sample) => sample.onlineSubmit.receiptPaintedMs)) },
    { measure: '5. Static page → DOMContentLoaded', unit: 'ms', result: floorDomContentLoaded },
    { measure: '5. Static page → first contentful paint', unit: 'ms', result: floorPaint },
    { measure: '5. Static page → usable', note: 'later of the two', unit: 'ms', result: floorUsable },
    {
      measure: '5. First load ÷ static page',
      note: 'painted ÷ usable',
      unit: '×',
      result: ratio,
      aim: { text: `≤ ${MAX_FIRST_LOAD_RATIO}×`, met: ratio <= MAX_FIRST_LOAD_RATIO },
    },
    {
      measure: '5. First load ÷ static page',
      note: 'interactive ÷ DOMContentLoaded',
      unit: '×',
      result: firstLoad.median / floorDomContentLoaded.median,
    },
  ];
}

function medianOrNull(values: (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length > 0 ? spread(present).median : null;
}

function submitMedians(app: AppSample[], stage: 'receiptHeadingMs' | 'receiptMs' | 'receiptPaintedMs') {
  return {
    offlineMs: spread(app.map((sample) => sample.offlineSubmit[stage])).median,
    onlineMs: spread(app.map((sample) => sample.onlineSubmit[stage])).median,
  };
}

/** Copies the built app to a new temporary folder and returns its path. */
async function copyBuiltApp(): Promise<string> {
  const copy = await mkdtemp(join(os.tmpdir(), 'loket-bench-app-'));
  try {
    await cp(BUILT_APP, copy, { recursive: true });
  } catch (error) {
    await rm(copy, { recursive: true, force: true });
    throw error;
  }
  return copy;
}

/** Measures the static page and the app once per iteration, after the discarded warm-up. */
async function runIterations(
  server: IntakeServer,
  floorServer: StaticPageServer,
  iterations: number,
  throttlingRate: number,
): Promise<{ app: AppSample[]; floor: StaticPageSample[] }> {
  const app: AppSample[] = [];
  const floor: StaticPageSample[] = [];
  const total = WARM_UP_ITERATIONS + iterations;
  for (let iteration = 1; iteration <= total; iteration += 1) {
    const warmUp = iteration <= WARM_UP_ITERATIONS;
    console.log(`${warmUp ? 'Warm-up' : `Iteration ${iteration - WARM_UP_ITERATIONS} of ${iterations}`}: static page, then the app`);
    const floorSample = await measureStaticPage(floorServer.origin, throttlingRate);
    await server.start();
    const appSample = await measureApp(server, throttlingRate);
    if (warmUp) continue;
    floor.push(floorSample);
    app.push(appSample);
  }
  return { app, floor };
}

interface ReportInputs {
  app: AppSample[];
  floor: StaticPageSample[];
  serviceWorkerCode: Buffer;
  slowdown: number;
  commit: string;
  machine: string;
  bundle: BundleBreakdown;
  iterations: number;
  throttlingRate: number;
}

function buildReport({ app, floor, serviceWorkerCode, slowdown, commit, machine, bundle, iterations, throttlingRate }: ReportInputs): RunReport {
  const last = app.at(-1);
  if (!last) throw new Error('No iteration finished, so there is nothing to report');
  const gzipBytesOf = (scripts: ScriptSize[]) => scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  const firstLoadScripts = last.scripts.filter((script) => script.beforeInteractive);
  const scriptGzipBytes = gzipBytesOf(firstLoadScripts);
  const htmlScriptGzipBytes = gzipBytesOf(firstLoadScripts.filter((script) => script.referencedByHtml));
  const serviceWorker = { bytes: serviceWorkerCode.length, gzipBytes: gzipSync(serviceWorkerCode, { level: 9 }).length };

  return {
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    commit,
    machine,
    node: process.version,
    browser: last.browserProduct,
    throttlingRate,
    iterations,
    warmUpIterations: WARM_UP_ITERATIONS,
    rows: buildRows({ app, floor, scriptGzipBytes, htmlScriptGzipBytes, serviceWorkerGzipBytes: serviceWorker.gzipBytes, slowdown }),
    firstLoadStages: [
      { stage: 'DOMContentLoaded', ms: medianOrNull(app.map((sample) => sample.firstLoad.domContentLoadedMs)) },
      { stage: 'first contentful paint', ms: medianOrNull(app.map((sample) => sample.firstLoad.firstContentfulPaintMs)) },
      { stage: 'last script response', ms: medianOrNull(app.map((sample) => sample.firstLoad.scriptsLoadedMs)) },
      { stage: 'GET /api/v1/config requested', ms: medianOrNull(app.map((sample) => sample.firstLoad.configRequestedMs)) },
      { stage: 'GET /api/v1/config response', ms: medianOrNull(app.map((sample) => sample.firstLoad.configLoadedMs)) },
      { stage: '"Mulai" interactive', ms: spread(app.map((sample) => sample.firstLoad.interactiveMs)).median },
    ],
    submitStages: [
      { stage: 'receipt heading in the document', ...submitMedians(app, 'receiptHeadingMs') },
      { stage: 'receipt code in the document', ...submitMedians(app, 'receiptMs') },
      { stage: 'next frame painted', ...submitMedians(app, 'receiptPaintedMs') },
    ],
    scripts: last.scripts,
    serviceWorker,
    bundle,
    onlineRegistrationShown: app.filter((sample) => sample.onlineSubmit.codeKind === 'registration').length,
  };
}

async function main(): Promise<void> {
  const iterations = positiveIntegerFromEnv('LOKET_BENCH_ITERATIONS', 7);
  const throttlingRate = positiveIntegerFromEnv('LOKET_BENCH_CPU_THROTTLING', 4);
  const machine = describeMachine();
  for (const built of ['dist/server/main.js', `${BUILT_APP}/index.html`, `${BUILT_APP}/sw.js`]) {
    if (!existsSync(built)) throw new Error(`${built} is missing. Run \`npm run build\` first, or use \`npm run bench\`, which builds.`);
  }

  // Other work in the same checkout may rebuild dist/ during the run, so the server serves a
  // copy taken now, and the commit and bundle are described now too. NOTE: each iteration
  // still restarts the server from dist/server/main.js, which a rebuild would replace.
  const commit = describeCommit();
  const bundle = await breakDownBundle();
  const appCopy = await copyBuiltApp();
  const server = await IntakeServer.create({ LOKET_STATIC_DIR: appCopy });
  let floorServer: StaticPageServer | undefined;

  // server.remove() sends SIGTERM to the server synchronously, before its first await, so an
  // interrupted run stops the server even if Playwright exits the process first.
  const cleanUp = async () => {
    await Promise.allSettled([
      closeOpenPages(),
      server.remove(),
      floorServer?.close(),
      rm(appCopy, { recursive: true, force: true }),
    ]);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`Received ${signal}, so closing the browser and servers.`);
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  const onExit = () => {
    removeOpenProfilesSync();
    rmSync(server.dataDir, { recursive: true, force: true, maxRetries: 3 });
    rmSync(appCopy, { recursive: true, force: true, maxRetries: 3 });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', onExit);

  try {
    floorServer = await StaticPageServer.start(STATIC_PAGE);
    const { app, floor } = await runIterations(server, floorServer, iterations, throttlingRate);
    const slowdown = await measureSlowdown(throttlingRate);
    const serviceWorkerCode = await readFile(join(appCopy, 'sw.js'));
    const report = buildReport({ app, floor, serviceWorkerCode, slowdown, commit, machine, bundle, iterations, throttlingRate });

    console.log('');
    console.log(`${report.date}, ${report.commit}`);
    console.log(`${report.browser}, CPU throttling ${throttlingRate}×, ${iterations} iteration${iterations === 1 ? '' : 's'}`);
    console.log(formatConsoleTable(report));
    if (process.env.LOKET_BENCH_RECORD === '0') {
      console.log(`\nNot recorded in ${RESULTS_PAGE} because LOKET_BENCH_RECORD=0.`);
    } else {
      await recordRun(RESULTS_PAGE, formatMarkdownRun(report));
      console.log(`\nRecorded in ${RESULTS_PAGE}.`);
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanUp();
    process.off('exit', onExit);
  }
}

main().catch((error: unknown) => {
  console.error('The benchmark failed:', error);
  process.exitCode = 1;
});
