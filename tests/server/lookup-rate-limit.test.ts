// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { removeTemporaryDirectories, startTestServer, statusPath, type TestServer } from './test-server.ts';

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  await removeTemporaryDirectories();
});

describe('look-up rate limit', () => {
  it('rejects prefill guesses past the limit', async () => {
    server = await startTestServer({ lookupLimit: 3 });
    const guess = { registrationNumber: '1/PPID/DINKES/PI/2026', trackingCode: 'AAAAAAAA' };
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) statuses.push((await server.post('/api/v1/objection-prefill', guess)).status);

    expect(statuses).toEqual([404, 404, 404, 429]);
    const limited = await server.post('/api/v1/objection-prefill', guess);
    expect(await limited.json()).toEqual({ error: 'tooManyRequests' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('rejects status guesses past the limit', async () => {
    server = await startTestServer({ lookupLimit: 2 });
    const path = statusPath('1/PPID/DINKES/PI/2026', 'AAAAAAAA');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) statuses.push((await server.get(path)).status);

    expect(statuses).toEqual([404, 404, 429]);
  });

  it('leaves other routes unlimited', async () => {
    server = await startTestServer({ lookupLimit: 1 });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) statuses.push((await server.get('/api/v1/config')).status);

    expect(statuses).toEqual([200, 200, 200]);
  });
});
