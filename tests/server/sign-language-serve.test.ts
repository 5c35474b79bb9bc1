// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignLanguageDirError } from '../../src/server/http/sign-language-files.ts';
import { rangeResponse } from '../../src/sw/byte-range.ts';
import { createTemporaryDirectory, removeTemporaryDirectories, startTestServer, type TestServer } from './test-server.ts';

/** Bytes of the served clip: random, so a wrong slice can never match by chance. */
const CLIP = randomBytes(1000);
const MP4 = randomBytes(300);
const CAPTIONS = 'WEBVTT\n\n00:00.000 --> 00:02.000\nIsi nama Anda.\n';
const MANIFEST = JSON.stringify({ format: 'loket-sign-language/1', languages: {} });
/** Content of a file beside the served folder, which no request may ever return. */
const SECRET = 'rahasia di luar folder isyarat';

let parent: string;
let server: TestServer;

async function writeContentFolder(folder: string): Promise<void> {
  await mkdir(join(folder, 'bisindo'), { recursive: true });
  await writeFile(join(folder, 'manifest.json'), MANIFEST);
  await writeFile(join(folder, 'bisindo', 'screen.start.webm'), CLIP);
  await writeFile(join(folder, 'bisindo', 'screen.start.mp4'), MP4);
  await writeFile(join(folder, 'bisindo', 'screen.start.vtt'), CAPTIONS);
  await writeFile(join(folder, '.secret'), SECRET);
}

beforeAll(async () => {
  parent = await createTemporaryDirectory('loket-sign-serve-');
  const folder = join(parent, 'isyarat');
  await writeContentFolder(folder);
  await writeFile(join(parent, 'secret.txt'), SECRET);
  server = await startTestServer({ signLanguageDir: folder });
});

afterAll(async () => {
  await server?.close();
  await removeTemporaryDirectories();
});

/** Sends a GET with the path exactly as written: fetch would resolve `..` before sending it. */
function rawGet(baseUrl: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, path, method: 'GET', headers: { accept: '*/*' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('latin1') }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

async function bytesOf(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

describe('sign-language folder from LOKET_SIGN_LANGUAGE_DIR', () => {
  it('serves a whole clip', async () => {
    const response = await server.get('/sign-language/bisindo/screen.start.webm');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('video/webm');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-length')).toBe('1000');
    expect((await bytesOf(response)).equals(CLIP)).toBe(true);
  });

  it('answers a byte range with 206', async () => {
    const response = await server.get('/sign-language/bisindo/screen.start.webm', { range: 'bytes=100-199' });

    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(response.headers.get('content-length')).toBe('100');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-type')).toBe('video/webm');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect((await bytesOf(response)).equals(CLIP.subarray(100, 200))).toBe(true);
  });

  it('answers an open-ended range', async () => {
    const response = await server.get('/sign-language/bisindo/screen.start.webm', { range: 'bytes=900-' });

    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 900-999/1000');
    expect((await bytesOf(response)).equals(CLIP.subarray(900))).toBe(true);
  });

  it('answers a suffix range', async () => {
    const response = await server.get('/sign-language/bisindo/screen.start.webm', { range: 'bytes=-50' });

    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 950-999/1000');
    expect((await bytesOf(response)).equals(CLIP.subarray(950))).toBe(true);
  });

  it('sends all of a suffix longer than the file', async () => {
    const response = await server.get('/sign-language/bisindo/screen.start.webm', { range: 'bytes=-99999999' });

    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 0-999/1000');
    expect(response.headers.get('content-length')).toBe('1000');
    expect((await bytesOf(response)).equals(CLIP)).toBe(true);
  });

  it('cuts a last byte past the end', async () => {
    const response = await server.get('/sign-language/bisindo/screen.start.webm', { range: 'bytes=990-5000' });

    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 990-999/1000');
    expect((await bytesOf(response)).equals(CLIP.subarray(990))).toBe(true);
  });

  it.each(['bytes=abc', 'bytes=500-100', 'bytes=0-1,5-6', 'items=0-10'])('sends the whole clip for invalid range %s', async (range) => {
    const response = await server.get('/sign-language/bisindo/screen.start.webm', { range });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-range')).toBeNull();
    expect(response.headers.get('content-length')).toBe('1000');
    expect((await bytesOf(response)).equals(CLIP)).toBe(true);
  });

  it.each(['bytes=5000-5100', 'bytes=1000-', 'bytes=-0'])('rejects %s past the end with 416', async (range) => {
    const response = await server.get('/sign-language/bisindo/screen.start.webm', { range });

    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */1000');
    expect(await response.json()).toEqual({ error: 'rangeNotSatisfiable' });
  });

  it('matches the service worker for every range', async () => {
    const headers = ['bytes=0-0', 'bytes=100-199', 'Bytes=10-19', 'bytes=900-', 'bytes=-50', 'bytes=-5000', 'bytes=999-1200', 'bytes=abc', 'bytes=5-2', 'bytes=1000-'];
    const stored = new Response(CLIP, { headers: { 'content-type': 'video/webm' } });
    for (const range of headers) {
      const online = await server.get('/sign-language/bisindo/screen.start.webm', { range });
      const offline = await rangeResponse(new Request('http://127.0.0.1/sign-language/bisindo/screen.start.webm', { headers: { range } }), stored.clone());

      expect({ range, status: online.status }).toEqual({ range, status: offline.status });
      expect({ range, contentRange: online.headers.get('content-range') }).toEqual({ range, contentRange: offline.headers.get('content-range') });
      // A 416 body is the server's JSON error, while the worker sends none, so only clip bytes are compared.
      if (online.status !== 416) expect({ range, sameBytes: (await bytesOf(online)).equals(await bytesOf(offline)) }).toEqual({ range, sameBytes: true });
    }
  });

  it('serves ranges of an MP4 uncompressed', async () => {
    const response = await server.get('/sign-language/bisindo/screen.start.mp4', { range: 'bytes=0-9', 'accept-encoding': 'gzip, br' });

    expect(response.status).toBe(206);
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect((await bytesOf(response)).equals(MP4.subarray(0, 10))).toBe(true);
  });

  it('serves captions and the manifest with their types', async () => {
    const captions = await server.get('/sign-language/bisindo/screen.start.vtt');
    const manifest = await server.get('/sign-language/manifest.json');

    expect(captions.status).toBe(200);
    expect(captions.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
    expect(captions.headers.get('cache-control')).toBe('no-cache');
    expect(await captions.text()).toBe(CAPTIONS);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('content-type')?.split(';')[0]).toBe('application/json');
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect(await manifest.json()).toEqual(JSON.parse(MANIFEST));
  });

  it('answers a missing clip with 404, not the app page', async () => {
    const response = await server.get('/sign-language/bisindo/screen.chooser.webm', { accept: 'text/html,*/*' });

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
  });

  it.each([
    '/sign-language/../secret.txt',
    '/sign-language/bisindo/../../secret.txt',
    '/sign-language/%2e%2e/secret.txt',
    '/sign-language/%2E%2E%2Fsecret.txt',
    '/sign-language/..%2fsecret.txt',
    '/sign-language/bisindo/..%2f..%2fsecret.txt',
    '/sign-language/%252e%252e%252fsecret.txt',
    '/sign-language/..%5csecret.txt',
    '/sign-language/..\\secret.txt',
    '/sign-language/%2fetc%2fpasswd',
    '/sign-language//etc/passwd',
    '/sign-language/.secret',
    '/sign-language/bisindo/%00screen.start.webm',
  ])('answers %s with 404', async (path) => {
    const response = await rawGet(server.baseUrl, path);

    expect(response.status).toBe(404);
    expect(response.body).not.toContain(SECRET);
    expect(response.body).not.toContain('root:');
  });
});

describe('sign-language folder inside the built app', () => {
  let builtAppServer: TestServer;

  beforeAll(async () => {
    const staticDir = await createTemporaryDirectory('loket-static-');
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Loket</title>');
    await writeContentFolder(join(staticDir, 'sign-language'));
    builtAppServer = await startTestServer({ staticDir });
  });

  afterAll(async () => {
    await builtAppServer?.close();
  });

  it('serves ranges, types and revalidation alike', async () => {
    const whole = await builtAppServer.get('/sign-language/bisindo/screen.start.webm');
    const range = await builtAppServer.get('/sign-language/bisindo/screen.start.webm', { range: 'bytes=100-199' });
    const captions = await builtAppServer.get('/sign-language/bisindo/screen.start.vtt');

    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/webm');
    expect(whole.headers.get('cache-control')).toBe('no-cache');
    expect(range.status).toBe(206);
    expect(range.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect((await bytesOf(range)).equals(CLIP.subarray(100, 200))).toBe(true);
    expect(captions.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
  });

  it('still serves the app page and refuses dotfiles', async () => {
    const page = await builtAppServer.get('/status', { accept: 'text/html' });
    const dotfile = await rawGet(builtAppServer.baseUrl, '/sign-language/.secret');

    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Loket</title>');
    expect(dotfile.status).toBe(404);
    expect(dotfile.body).not.toContain(SECRET);
  });
});

describe('LOKET_SIGN_LANGUAGE_DIR that is not a folder', () => {
  it('stops the server from starting', async () => {
    const missing = join(await createTemporaryDirectory(), 'tidak-ada');

    await expect(startTestServer({ signLanguageDir: missing })).rejects.toThrow(SignLanguageDirError);
    await expect(startTestServer({ signLanguageDir: missing })).rejects.toThrow(`LOKET_SIGN_LANGUAGE_DIR ${missing} is not a folder`);
  });
});
