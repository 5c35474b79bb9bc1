import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import type { IntakeServer } from '../browser/support/intake-server.ts';
import { fillRequestQuickly } from '../browser/support/request-form.ts';
import { browserVersion, openThrottledPage } from './throttled-page.ts';

const PROBE_PATH = fileURLToPath(new URL('./page-probe.js', import.meta.url));
const SIGNAL_TIMEOUT_MS = 30_000;

/** Times of one page load, in ms since its navigation started. */
export interface LoadSample {
  /** The "Mulai" button is in the document and enabled. */
  interactiveMs: number;
  /** The first frame painted after that. */
  interactivePaintedMs: number;
  domContentLoadedMs: number;
  firstContentfulPaintMs: number | null;
  /** The last script requested before interactive has arrived. */
  scriptsLoadedMs: number | null;
  /** The app has requested GET /api/v1/config. */
  configRequestedMs: number | null;
  /** The response to GET /api/v1/config has arrived. */
  configLoadedMs: number | null;
  /** Whether a service worker served the navigation (Navigation Timing's workerStart > 0). */
  fromServiceWorker: boolean;
}

/** Times from the click on "Kirim permohonan", in ms. */
export interface SubmitSample {
  /** The receipt heading is in the document, with or without the code. */
  receiptHeadingMs: number;
  /** The receipt heading and its code are in the document. */
  receiptMs: number;
  /** The first frame painted after that. */
  receiptPaintedMs: number;
  /** Which code the receipt showed first: online, the server's number can beat the provisional one. */
  codeKind: 'provisional' | 'registration';
}

export interface ScriptSize {
  /** Path and query of the script's URL. */
  path: string;
  bytes: number;
  gzipBytes: number;
  /** The Content-Encoding the server sent, or "identity". */
  encoding: string;
  /** Requested before the page became interactive. */
  beforeInteractive: boolean;
  /**
   * Named by index.html in a `<script src>` or `<link rel="modulepreload">`: code the browser
   * loads before the app's own code runs. Other scripts are chunks the app imports itself.
   */
  referencedByHtml: boolean;
}

export interface AppSample {
  firstLoad: LoadSample;
  scripts: ScriptSize[];
  onlineSubmit: SubmitSample;
  offlineReload: LoadSample;
  offlineSubmit: SubmitSample;
  browserProduct: string;
}

interface ProbeTimings {
  interactiveAt: number | null;
  interactivePaintedAt: number | null;
  submitClickAt: number | null;
  receiptHeadingAt: number | null;
  receiptAt: number | null;
  receiptPaintedAt: number | null;
  receiptCodeKind: SubmitSample['codeKind'] | null;
}

interface PageTimings {
  probe: ProbeTimings;
  domContentLoadedMs: number;
  firstContentfulPaintMs: number | null;
  workerStart: number;
  resources: { name: string; initiatorType: string; startTime: number; responseEnd: number }[];
}

interface OfflineReadiness {
  registered: boolean;
  controlled: boolean;
  configCached: boolean;
  cacheNames: string[];
}

/** What page-probe.js puts on `window`. */
interface ProbeWindow {
  __loketBench: {
    timings: ProbeTimings;
    readPageTimings(): PageTimings;
    waitForOfflineReady(timeoutMs: number): Promise<OfflineReadiness>;
  };
}

// The arrow functions sent into the page below are one-liners on purpose: tsx would wrap a
// named inner function in `__name()`, which does not exist in the page. None runs before the
// measure it reads is complete.

/**
 * Resolves when page-probe.js reports that a measure is complete. Start waiting before the
 * action, and await both together so that neither rejection goes unhandled.
 */
function probeSignal(page: Page, name: 'interactive' | 'receipt'): Promise<unknown> {
  const text = `loket-bench: ${name}`;
  return page.waitForEvent('console', { predicate: (message) => message.text() === text, timeout: SIGNAL_TIMEOUT_MS });
}

function required(value: number | null, description: string): number {
  if (value === null) throw new Error(`The page probe recorded no ${description}`);
  return value;
}

/** Navigates with `navigate` and returns the load's times once the page is interactive. */
async function measureLoad(page: Page, navigate: () => Promise<unknown>): Promise<{ load: LoadSample; timings: PageTimings }> {
  await Promise.all([probeSignal(page, 'interactive'), navigate()]);
  const timings = await page.evaluate(() => (window as unknown as ProbeWindow).__loketBench.readPageTimings());
  const interactiveMs = required(timings.probe.interactiveAt, 'interactive time');
  const beforeInteractive = timings.resources.filter((entry) => entry.startTime < interactiveMs);
  const scripts = beforeInteractive.filter((entry) => entry.initiatorType === 'script');
  const config = beforeInteractive.filter((entry) => new URL(entry.name).pathname === '/api/v1/config');
  const latest = (values: number[]) => (values.length > 0 ? Math.max(...values) : null);
  return {
    timings,
    load: {
      interactiveMs,
      interactivePaintedMs: required(timings.probe.interactivePaintedAt, 'paint after interactive'),
      domContentLoadedMs: timings.domContentLoadedMs,
      firstContentfulPaintMs: timings.firstContentfulPaintMs,
      scriptsLoadedMs: latest(scripts.map((entry) => entry.responseEnd)),
      configRequestedMs: latest(config.map((entry) => entry.startTime)),
      configLoadedMs: latest(config.map((entry) => entry.responseEnd)),
      fromServiceWorker: timings.workerStart > 0,
    },
  };
}

async function submitAndReadReceipt(page: Page): Promise<SubmitSample> {
  await fillRequestQuickly(page);
  await Promise.all([probeSignal(page, 'receipt'), page.getByRole('button', { name: 'Kirim permohonan' }).click()]);
  const probe = await page.evaluate(() => ({ ...(window as unknown as ProbeWindow).__loketBench.timings }));
  const clickAt = required(probe.submitClickAt, 'submit click');
  return {
    receiptHeadingMs: required(probe.receiptHeadingAt, 'receipt heading time') - clickAt,
    receiptMs: required(probe.receiptAt, 'receipt time') - clickAt,
    receiptPaintedMs: required(probe.receiptPaintedAt, 'paint after the receipt') - clickAt,
    codeKind: probe.receiptCodeKind ?? 'provisional',
  };
}

/** Returns the paths of the scripts an HTML page names in `<script src>` and `<link rel="modulepreload">`. */
function scriptPathsInHtml(html: string): Set<string> {
  const paths = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?modulepreload\b/i.test(tag)) continue;
    const url = /\b(?:src|href)=["']?([^"' >]+)/i.exec(tag)?.[1];
    if (url) paths.add(new URL(url, 'http://html.invalid/').pathname);
  }
  return paths;
}

/**
 * Runs one iteration against the intake server, which must be running, in a fresh, throttled
 * profile: the first load, a submission online, then with the server stopped and the browser
 * offline a reload and a submission. The server is left stopped.
 */
export async function measureApp(server: IntakeServer, throttlingRate: number): Promise<AppSample> {
  const browser = await openThrottledPage(throttlingRate, PROBE_PATH);
  try {
    const { page, cdp, context } = browser;
    const bodies = new Map<string, Promise<Omit<ScriptSize, 'beforeInteractive' | 'referencedByHtml'>>>();
    const collectScript = (response: Response) => {
      if (response.request().resourceType() !== 'script' || bodies.has(response.url())) return;
      const url = new URL(response.url());
      const encoding = response.headers()['content-encoding'] ?? 'identity';
      bodies.set(
        response.url(),
        response.body().then((body) => ({
          path: url.pathname + url.search,
          bytes: body.length,
          gzipBytes: gzipSync(body, { level: 9 }).length,
          encoding,
        })),
      );
    };
    page.on('response', collectScript);

    const { load: firstLoad, timings } = await measureLoad(page, () => page.goto(server.origin));
    const readiness = await page.evaluate(
      (timeoutMs) => (window as unknown as ProbeWindow).__loketBench.waitForOfflineReady(timeoutMs),
      SIGNAL_TIMEOUT_MS,
    );
    if (!readiness.controlled || !readiness.configCached) {
      throw new Error(
        `The service worker was not ready for offline use within ${SIGNAL_TIMEOUT_MS} ms: ${JSON.stringify(readiness)}.\n` +
          `Intake server output:\n${server.output.join('')}`,
      );
    }
    page.off('response', collectScript);
    const requestedBeforeInteractive = new Set(
      timings.resources.filter((entry) => entry.startTime < firstLoad.interactiveMs).map((entry) => entry.name),
    );
    const htmlScripts = scriptPathsInHtml(await (await fetch(server.origin)).text());
    const scripts = await Promise.all(
      [...bodies].map(async ([url, body]) => ({
        ...(await body),
        beforeInteractive: requestedBeforeInteractive.has(url),
        referencedByHtml: htmlScripts.has(new URL(url).pathname),
      })),
    );

    const onlineSubmit = await submitAndReadReceipt(page);

    await server.stop();
    await context.setOffline(true);
    const { load: offlineReload } = await measureLoad(page, () => page.reload());
    if (!offlineReload.fromServiceWorker) throw new Error('The offline reload was not served by the service worker');
    const offlineSubmit = await submitAndReadReceipt(page);

    return { firstLoad, scripts, onlineSubmit, offlineReload, offlineSubmit, browserProduct: await browserVersion(cdp) };
  } finally {
    await browser.close();
  }
}
