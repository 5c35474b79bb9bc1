// @vitest-environment node
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BRF_BYTES, type BraillePrintRequest } from '../../src/domain/braille/print-job.ts';
import type { ConfigResponse } from '../../src/server/api/config-route.ts';
import type { ServerOptions } from '../../src/server/build-server.ts';
import { createFakeLp, type FakeLp, type FakeLpMode } from '../support/fake-lp.ts';
import { createTemporaryDirectory, removeTemporaryDirectories, startTestServer, TEST_CONFIG, type TestServer } from './test-server.ts';

const PRINT_PATH = '/api/v1/braille/print';
const QUEUE = 'EMBOSSER';

/** Two pages of Braille ASCII as toBrf writes them: CRLF line ends, a form feed after each page. */
const BRF = ',TANDA BUKTI ,PERMOHONAN\r\n#AJ/,,PPID/,,DINKES\r\n\f,SARI ,CONTOHWATI\r\n#BJBF\r\n\f';
const TITLE = 'Tanda bukti Sari Contohwati';

interface LogLine {
  level: number;
  msg: string;
  queue?: string;
  jobId?: string | null;
  bytes?: number;
  outcome?: string;
  reason?: string;
  exitCode?: number | null;
  signal?: string | null;
  errorCode?: string;
  stderr?: string;
}

/** Collects pino's JSON lines in memory. */
function createLogCapture(): { write(line: string): void; text(): string; lines(): LogLine[] } {
  const chunks: string[] = [];
  return {
    write: (line) => void chunks.push(line),
    text: () => chunks.join(''),
    lines: () => chunks.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as LogLine),
  };
}

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
  await removeTemporaryDirectories();
});

/** Starts a server whose embosser queue prints through a fake lp in the given mode. */
async function startWithFakeLp(mode: FakeLpMode, options: Partial<ServerOptions> = {}): Promise<{ server: TestServer; lp: FakeLp }> {
  const lp = await createFakeLp(await createTemporaryDirectory('loket-fake-lp-'), mode);
  server = await startTestServer({ embosserQueue: QUEUE, lpCommand: lp.command, ...options });
  return { server, lp };
}

function print(target: TestServer, body: Partial<BraillePrintRequest> | Record<string, unknown>): Promise<Response> {
  return target.post(PRINT_PATH, body);
}

describe('POST /api/v1/braille/print', () => {
  it('sends the BRF bytes unchanged to lp', async () => {
    const { server, lp } = await startWithFakeLp('print');

    const response = await print(server, { title: TITLE, brf: BRF });

    expect(response.status).toBe(202);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ jobId: `${QUEUE}-1` });
    const calls = await lp.calls();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.argv).toEqual(['-o', 'raw', '-d', QUEUE, '-t', TITLE]);
    expect(calls[0]?.stdin?.equals(Buffer.from(BRF, 'ascii'))).toBe(true);
  });

  it('numbers jobs as lp reports them', async () => {
    const { server } = await startWithFakeLp('print');

    await print(server, { title: TITLE, brf: BRF });
    const second = await print(server, { title: TITLE, brf: BRF });

    expect(await second.json()).toEqual({ jobId: `${QUEUE}-2` });
  });

  it('passes a title with shell syntax as one argument', async () => {
    const { server, lp } = await startWithFakeLp('print');
    const marker = join(await createTemporaryDirectory('loket-shell-'), 'ran');
    // Breaks out of single or double quotes, had the title been pasted into a command line.
    const title = `'"; touch ${marker} #`;

    const response = await print(server, { title, brf: BRF });

    expect(response.status).toBe(202);
    expect((await lp.calls())[0]?.argv).toEqual(['-o', 'raw', '-d', QUEUE, '-t', title]);
    expect(existsSync(marker)).toBe(false);
  });

  it('accepts a BRF of exactly the maximum size', async () => {
    const { server, lp } = await startWithFakeLp('print');
    const brf = 'A'.repeat(MAX_BRF_BYTES);

    const response = await print(server, { title: TITLE, brf });

    expect(response.status).toBe(202);
    expect((await lp.calls())[0]?.stdin?.length).toBe(MAX_BRF_BYTES);
  });

  it('returns 503 without an embosser queue', async () => {
    server = await startTestServer();

    const response = await print(server, { title: TITLE, brf: BRF });

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: 'embosserNotConfigured' });
  });

  it.each([
    ['lower-case letters', { title: TITLE, brf: ',tanda bukti\r\n\f' }, [{ field: 'brf', code: 'invalidCharacters' }]],
    ['plain Indonesian text', { title: TITLE, brf: 'Tanda bukti permohonan' }, [{ field: 'brf', code: 'invalidCharacters' }]],
    ['Unicode braille cells', { title: TITLE, brf: '⠠⠞⠁⠝⠙⠁' }, [{ field: 'brf', code: 'invalidCharacters' }]],
    ['a tab', { title: TITLE, brf: ',TANDA\tBUKTI\r\n\f' }, [{ field: 'brf', code: 'invalidCharacters' }]],
    ['a BRF one byte too large', { title: TITLE, brf: 'A'.repeat(MAX_BRF_BYTES + 1) }, [{ field: 'brf', code: 'tooLarge', max: MAX_BRF_BYTES }]],
    ['an empty BRF', { title: TITLE, brf: '' }, [{ field: 'brf', code: 'required' }]],
    ['a BRF as an array', { title: TITLE, brf: [BRF] }, [{ field: 'brf', code: 'invalid' }]],
    ['a missing title', { brf: BRF }, [{ field: 'title', code: 'required' }]],
    ['a blank title', { title: '   ', brf: BRF }, [{ field: 'title', code: 'required' }]],
    ['a title as a number', { title: 12, brf: BRF }, [{ field: 'title', code: 'invalid' }]],
    ['a title with a newline', { title: 'Tanda bukti\nlagi', brf: BRF }, [{ field: 'title', code: 'invalidCharacters' }]],
    ['a title with a bidi override', { title: 'Tanda \u202ebukti', brf: BRF }, [{ field: 'title', code: 'invalidCharacters' }]],
    ['a title of 101 characters', { title: 'T'.repeat(101), brf: BRF }, [{ field: 'title', code: 'tooLong', max: 100 }]],
    ['an unknown key', { title: TITLE, brf: BRF, copies: 3 }, [{ field: 'copies', code: 'unknownField' }]],
  ])('rejects %s with 422', async (_case, body, fields) => {
    const { server, lp } = await startWithFakeLp('print');

    const response = await print(server, body);

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'invalid', fields });
    expect(await lp.calls()).toEqual([]);
  });

  it('rejects a body that is not a JSON object', async () => {
    const { server } = await startWithFakeLp('print');

    const response = await server.post(PRINT_PATH, JSON.stringify(BRF));

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'malformed' });
  });

  it('returns 502 when lp fails, logging its error', async () => {
    const capture = createLogCapture();
    const { server } = await startWithFakeLp('fail', { logLevel: 'info', logDestination: capture });

    const response = await print(server, { title: TITLE, brf: BRF });

    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ error: 'embosserFailed' });
    const failure = capture.lines().find((line) => line.msg === 'braille print job failed');
    expect(failure).toMatchObject({ queue: QUEUE, bytes: BRF.length, outcome: 'failed', reason: 'exited', exitCode: 1, signal: null });
    expect(failure?.stderr).toBe('lp: Error - The printer or class does not exist.');
  });

  it('returns 502 when lp fails without reading a large BRF', async () => {
    const { server } = await startWithFakeLp('fail');

    const response = await print(server, { title: TITLE, brf: 'A'.repeat(MAX_BRF_BYTES) });

    expect(response.status).toBe(502);
  });

  it('stops an lp that hangs and returns 502', async () => {
    const capture = createLogCapture();
    const timeoutMs = 500;
    const { server, lp } = await startWithFakeLp('hang', { lpTimeoutMs: timeoutMs, logLevel: 'info', logDestination: capture });

    const started = performance.now();
    const response = await print(server, { title: TITLE, brf: BRF });
    const elapsedMs = performance.now() - started;

    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ error: 'embosserFailed' });
    expect(elapsedMs).toBeGreaterThanOrEqual(timeoutMs);
    expect(capture.lines().find((line) => line.msg === 'braille print job failed')).toMatchObject({ reason: 'timedOut', signal: 'SIGTERM' });
    const [call] = await lp.calls();
    expect(call?.stdin?.equals(Buffer.from(BRF, 'ascii'))).toBe(true);
    expect(isRunning(call?.pid ?? 0)).toBe(false);
  });

  it('returns 502 when lp cannot start', async () => {
    const capture = createLogCapture();
    const missing = join(await createTemporaryDirectory('loket-no-lp-'), 'lp');
    server = await startTestServer({ embosserQueue: QUEUE, lpCommand: missing, logLevel: 'info', logDestination: capture });

    const response = await print(server, { title: TITLE, brf: BRF });

    expect(response.status).toBe(502);
    expect(capture.lines().find((line) => line.msg === 'braille print job failed')).toMatchObject({ reason: 'notStarted', errorCode: 'ENOENT' });
  });

  it('returns 429 past the print limit', async () => {
    const { server, lp } = await startWithFakeLp('print', { printLimit: 2 });

    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) statuses.push((await print(server, { title: TITLE, brf: BRF })).status);
    const limited = await print(server, { title: TITLE, brf: BRF });

    expect(statuses).toEqual([202, 202, 429]);
    expect(await limited.json()).toEqual({ error: 'tooManyRequests' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await lp.calls()).toHaveLength(2);
  });

  it('keeps the print limit apart from the look-up limit', async () => {
    const { server } = await startWithFakeLp('print', { printLimit: 1, lookupLimit: 1 });
    const guess = { registrationNumber: '1/PPID/DINKES/PI/2026', trackingCode: 'AAAAAAAA' };

    expect((await server.post('/api/v1/objection-prefill', guess)).status).toBe(404);
    expect((await print(server, { title: TITLE, brf: BRF })).status).toBe(202);
  });

  it('logs each job without its text or title', async () => {
    const capture = createLogCapture();
    const { server } = await startWithFakeLp('print', { logLevel: 'trace', logDestination: capture });

    await print(server, { title: TITLE, brf: BRF });

    const queued = capture.lines().filter((line) => line.msg === 'braille print job queued');
    expect(queued).toEqual([expect.objectContaining({ queue: QUEUE, jobId: `${QUEUE}-1`, bytes: BRF.length, outcome: 'queued' })]);
    const text = capture.text();
    for (const secret of [TITLE, 'Contohwati', ',SARI', 'CONTOHWATI', 'TANDA BUKTI']) expect(text).not.toContain(secret);
  });

  it('logs a failed job without its text or title', async () => {
    const capture = createLogCapture();
    const { server } = await startWithFakeLp('fail', { logLevel: 'trace', logDestination: capture });

    await print(server, { title: TITLE, brf: BRF });

    const text = capture.text();
    expect(text).toContain('braille print job failed');
    for (const secret of [TITLE, 'Contohwati', ',SARI', 'CONTOHWATI', 'TANDA BUKTI']) expect(text).not.toContain(secret);
  });
});

describe('braille settings in GET /api/v1/config', () => {
  it('defaults to BRF pages without an embosser', async () => {
    server = await startTestServer();

    const body = (await (await server.get('/api/v1/config')).json()) as ConfigResponse;

    expect(body.braille).toEqual({ pageSize: 'brf', embosser: false });
  });

  it('reports the page size and a configured embosser', async () => {
    server = await startTestServer({ config: { ...TEST_CONFIG, braille: { pageSize: 'a4' } }, embosserQueue: QUEUE });

    const body = (await (await server.get('/api/v1/config')).json()) as ConfigResponse;

    expect(body.braille).toEqual({ pageSize: 'a4', embosser: true });
  });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
