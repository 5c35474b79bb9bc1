import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchObjectionPrefill, readPrefill } from '../../src/app/objection/fetch-prefill.ts';
import { closedOrigin, startPrefillServer, type PrefillServer } from './prefill-server.ts';

const NUMBER = '12/PPID/DINKES/PI/2026';
const CODE = 'K7MX3PAT';
const ADDRESS = 'Jl. Contoh No. 1, Tangerang';

let server: PrefillServer;

beforeAll(async () => {
  server = await startPrefillServer({
    registrationNumber: NUMBER,
    trackingCode: CODE,
    agency: 'DINKES',
    values: { purpose: 'Penelitian', name: 'Siti Contoh', address: ADDRESS, phone: '+6281234567890' },
  });
});

afterAll(() => server.close());

describe('fetchObjectionPrefill', () => {
  it('returns the request it finds', async () => {
    const outcome = await fetchObjectionPrefill(NUMBER, CODE, { baseUrl: server.origin });
    expect(outcome).toEqual({
      kind: 'found',
      prefill: {
        registrationNumber: NUMBER,
        agency: 'DINKES',
        values: { purpose: 'Penelitian', name: 'Siti Contoh', address: ADDRESS, phone: '+6281234567890' },
      },
    });
  });

  it('sends number and code in the body', async () => {
    await fetchObjectionPrefill(NUMBER, CODE, { baseUrl: server.origin });
    const last = server.received.at(-1);
    expect(last?.method).toBe('POST');
    expect(last?.url).toBe('/api/v1/objection-prefill');
    expect(last?.body).toEqual({ registrationNumber: NUMBER, trackingCode: CODE });
  });

  it('wrong code is not found', async () => {
    expect(await fetchObjectionPrefill(NUMBER, 'K7MX3PAQ', { baseUrl: server.origin })).toEqual({ kind: 'notFound' });
  });

  it('no server is offline', async () => {
    expect(await fetchObjectionPrefill(NUMBER, CODE, { baseUrl: await closedOrigin() })).toEqual({ kind: 'offline' });
  });

  it('rate limit asks to wait', async () => {
    const limited = createServer((_request, response) => {
      response.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '60' }).end(JSON.stringify({ error: 'tooManyRequests' }));
    });
    await new Promise<void>((resolve) => limited.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = limited.address() as AddressInfo;
      expect(await fetchObjectionPrefill(NUMBER, CODE, { baseUrl: `http://127.0.0.1:${port}` })).toEqual({ kind: 'tooManyAttempts' });
    } finally {
      await new Promise<void>((resolve) => limited.close(() => resolve()));
    }
  });

  it('server error fails without the body in the log', async () => {
    const failing = createServer((_request, response) => {
      response.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: 'internal', address: ADDRESS }));
    });
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { port } = failing.address() as AddressInfo;
      expect(await fetchObjectionPrefill(NUMBER, CODE, { baseUrl: `http://127.0.0.1:${port}` })).toEqual({ kind: 'failed', status: 500 });
      expect(error).toHaveBeenCalledWith('Objection prefill failed with HTTP 500 (internal)');
      expect(JSON.stringify(error.mock.calls)).not.toContain(ADDRESS);
    } finally {
      error.mockRestore();
      await new Promise<void>((resolve) => failing.close(() => resolve()));
    }
  });
});

describe('readPrefill', () => {
  it('keeps known text answers only', () => {
    const body = { registrationNumber: NUMBER, agency: 'DINKES', values: { name: 'Siti Contoh', nik: '3671014501900001', phone: 81234567890, email: ' ' } };
    expect(readPrefill(body)).toEqual({ registrationNumber: NUMBER, agency: 'DINKES', values: { name: 'Siti Contoh' } });
  });

  it.each([
    ['no object', null],
    ['no number', { agency: 'DINKES', values: {} }],
    ['no agency', { registrationNumber: NUMBER, values: {} }],
  ])('rejects a body with %s', (_case, body) => {
    expect(readPrefill(body)).toBeUndefined();
  });
});
