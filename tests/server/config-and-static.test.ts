// @vitest-environment node
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { HolidayCalendarYear } from '../../src/domain/calendar/holiday-calendar.ts';
import type { ConfigResponse } from '../../src/server/api/config-route.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/server/http/security-headers.ts';
import { createPayload, createTemporaryDirectory, removeTemporaryDirectories, startTestServer, TEST_CONFIG, type TestServer } from './test-server.ts';

let server: TestServer;
const INDEX_HTML = '<!doctype html><title>Loket</title>';

beforeAll(async () => {
  const staticDir = await createTemporaryDirectory('loket-static-');
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'index.html'), INDEX_HTML);
  await writeFile(join(staticDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(join(staticDir, 'manifest.webmanifest'), '{"name":"Loket"}');
  await writeFile(join(staticDir, 'assets', 'index-3f9a1c2b.js'), 'console.log("app");');
  // Above the 1 kB compression threshold.
  await writeFile(join(staticDir, 'assets', 'large-5d2e8a71.js'), `console.log(${JSON.stringify('kiosk '.repeat(2_000))});`);
  server = await startTestServer({ staticDir });
});

afterAll(async () => {
  await server.close();
  await removeTemporaryDirectories();
});

describe('GET /api/v1/config', () => {
  it('returns the device configuration with an ETag', async () => {
    const response = await server.get('/api/v1/config');
    const body = await response.json();

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(body).toEqual({
      body: TEST_CONFIG.body,
      timeZone: 'Asia/Jakarta',
      timeZoneLabel: 'WIB',
      agencies: TEST_CONFIG.agencies,
      registrationPattern: '{seq}/PPID/{agency}/{series}/{year}',
      calendars: [],
      kiosk: { idle: { formSeconds: 120, receiptSeconds: 60, warningSeconds: 30 } },
      attachments: { maxFiles: 3, maxFileBytes: 65_536, maxSubmissionBytes: 163_840, imageMaxPixels: 1600, imageQuality: 0.8 },
      complaintCategories: TEST_CONFIG.complaintCategories,
      districts: TEST_CONFIG.districts,
      braille: { pageSize: 'brf', embosser: false },
      formIds: ['information-request', 'objection', 'complaint'],
    });
  });

  it('serves the calendars and the public URL', async () => {
    const calendar: HolidayCalendarYear = {
      year: 2026,
      confirmed: true,
      source: 'Test calendar',
      holidays: [{ date: '2026-08-17', kind: 'libur', name: 'Proklamasi Kemerdekaan' }],
    };
    const withCalendar = await startTestServer({ config: { ...TEST_CONFIG, calendars: [calendar], publicUrl: 'https://loket.contoh.go.id' } });
    try {
      const response = await withCalendar.get('/api/v1/config');
      const body = (await response.json()) as ConfigResponse;
      const defaultEtag = (await server.get('/api/v1/config')).headers.get('etag');

      expect(body.calendars).toEqual([calendar]);
      expect(body.publicUrl).toBe('https://loket.contoh.go.id');
      expect(response.headers.get('etag')).not.toBe(defaultEtag);
    } finally {
      await withCalendar.close();
    }
  });

  it('marks retired agencies and keeps them listed', async () => {
    const body = (await (await server.get('/api/v1/config')).json()) as { agencies: { code: string; retired?: boolean }[] };

    expect(body.agencies.find((agency) => agency.code === 'DISPERINDAG')).toMatchObject({ retired: true });
    expect(body.agencies.find((agency) => agency.code === 'DINKES')).not.toHaveProperty('retired');
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const etag = (await server.get('/api/v1/config')).headers.get('etag') as string;

    const unchanged = await server.get('/api/v1/config', { 'if-none-match': etag });
    const stale = await server.get('/api/v1/config', { 'if-none-match': '"something-else"' });

    expect(unchanged.status).toBe(304);
    expect(stale.status).toBe(200);
  });
});

describe('GET /api/v1/openapi.yaml', () => {
  it('serves an OpenAPI 3.1 document of every route', async () => {
    const response = await server.get('/api/v1/openapi.yaml');
    const document = parse(await response.text()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual(
      [
        '/api/v1/config',
        '/api/v1/openapi.yaml',
        '/api/v1/submissions',
        '/api/v1/submissions/{registrationNumber}/status',
        '/api/v1/files/{sha256}',
        '/api/v1/objection-prefill',
        '/api/v1/devices/enrol',
        '/api/v1/devices/me/blocks',
        '/api/v1/admin/enrolment-codes',
        '/api/v1/admin/devices',
        '/api/v1/admin/devices/{deviceId}/revoke',
        '/api/v1/braille/print',
      ].sort(),
    );
    const statusCodes = (path: string, method: string) => Object.keys(document.paths[path]?.[method]?.responses ?? {}).sort();
    expect(statusCodes('/api/v1/submissions', 'post')).toEqual(['200', '201', '400', '409', '413', '415', '422', '500']);
    expect(statusCodes('/api/v1/submissions', 'get')).toEqual(['200', '401', '403', '422', '500']);
    expect(statusCodes('/api/v1/submissions/{registrationNumber}/status', 'get')).toEqual(['200', '400', '404', '422', '429', '500']);
    expect(statusCodes('/api/v1/submissions/{registrationNumber}/status', 'post')).toEqual(['200', '400', '401', '403', '404', '409', '413', '415', '422', '500']);
    expect(statusCodes('/api/v1/files/{sha256}', 'head')).toEqual(['200', '400', '404']);
    expect(statusCodes('/api/v1/files/{sha256}', 'put')).toEqual(['200', '201', '400', '413', '415', '422', '500']);
    expect(statusCodes('/api/v1/files/{sha256}', 'get')).toEqual(['200', '400', '401', '403', '404', '500']);
    expect(statusCodes('/api/v1/objection-prefill', 'post')).toEqual(['200', '400', '404', '413', '415', '422', '429', '500']);
    expect(statusCodes('/api/v1/config', 'get')).toEqual(['200', '304', '500']);
    expect(statusCodes('/api/v1/devices/enrol', 'post')).toEqual(['201', '400', '413', '415', '422', '500']);
    expect(statusCodes('/api/v1/devices/me/blocks', 'post')).toEqual(['200', '400', '401', '413', '415', '422', '500']);
    expect(statusCodes('/api/v1/admin/enrolment-codes', 'post')).toEqual(['201', '400', '401', '403', '413', '415', '422', '500']);
    expect(statusCodes('/api/v1/admin/devices', 'get')).toEqual(['200', '401', '403', '500']);
    expect(statusCodes('/api/v1/admin/devices/{deviceId}/revoke', 'post')).toEqual(['200', '400', '401', '403', '404', '500']);
    expect(statusCodes('/api/v1/braille/print', 'post')).toEqual(['202', '400', '413', '415', '422', '429', '500', '502', '503']);
  });

  it('resolves every $ref inside the document', async () => {
    const text = await (await server.get('/api/v1/openapi.yaml')).text();
    const document = parse(text) as Record<string, unknown>;
    const references = [...text.matchAll(/\$ref: '#\/([^']+)'/g)].map((match) => match[1] as string);

    expect(references.length).toBeGreaterThan(20);
    for (const reference of new Set(references)) {
      const target = reference.split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
      expect(target, reference).toBeDefined();
    }
  });
});

describe('security headers', () => {
  it('are on API and static responses alike', async () => {
    for (const path of ['/api/v1/config', '/', '/assets/index-3f9a1c2b.js', '/api/v1/missing']) {
      const response = await server.get(path);

      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('are on error responses too', async () => {
    const malformedBody = await server.post('/api/v1/submissions', '{');
    const badUrl = await server.get('/api/v1/submissions/%E0%A4%A/status');

    for (const response of [malformedBody, badUrl]) {
      expect(response.status).toBe(400);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});

describe('static files', () => {
  it('serves the app shell files with no-cache', async () => {
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const response = await server.get(path);

      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
    }
    expect(await (await server.get('/')).text()).toBe(INDEX_HTML);
  });

  it('caches hashed assets for a year', async () => {
    const response = await server.get('/assets/index-3f9a1c2b.js');

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('compresses large files for clients that accept gzip', async () => {
    const response = await server.get('/assets/large-5d2e8a71.js', { 'Accept-Encoding': 'gzip' });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toContain('kiosk kiosk');
  });

  it('falls back to index.html for unknown pages', async () => {
    const response = await server.get('/status/1%2FPPID%2FDINKES%2FPI%2F2026', { accept: 'text/html,application/xhtml+xml' });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('answers 404 JSON for a missing file that is not a page', async () => {
    const response = await server.get('/assets/missing-0000.js', { accept: '*/*' });

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'notFound' });
  });

  it('answers 404 JSON for unknown API paths even for browsers', async () => {
    const response = await server.get('/api/v2/anything', { accept: 'text/html' });

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'notFound' });
  });
});

describe('without a static directory', () => {
  it('still serves the API', async () => {
    const apiOnly = await startTestServer({ staticDir: join(await createTemporaryDirectory(), 'does-not-exist') });
    try {
      const submission = await apiOnly.post('/api/v1/submissions', createPayload());
      const page = await apiOnly.get('/', { accept: 'text/html' });

      expect(submission.status).toBe(201);
      expect(page.status).toBe(404);
      expect(await page.json()).toEqual({ error: 'notFound' });
    } finally {
      await apiOnly.close();
    }
  });
});
