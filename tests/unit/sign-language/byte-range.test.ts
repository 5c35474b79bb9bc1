import { describe, expect, it } from 'vitest';
import { decideRange } from '../../../src/domain/sign-language/decide-range.ts';
import { rangeResponse } from '../../../src/sw/byte-range.ts';

const SIZE = 1_000;

describe('decideRange', () => {
  it.each([
    ['bytes=0-99', { kind: 'partial', start: 0, end: 99 }],
    ['bytes=500-', { kind: 'partial', start: 500, end: 999 }],
    ['bytes=-100', { kind: 'partial', start: 900, end: 999 }],
    ['bytes=-5000', { kind: 'partial', start: 0, end: 999 }],
    ['bytes=900-5000', { kind: 'partial', start: 900, end: 999 }],
    ['Bytes=10-19', { kind: 'partial', start: 10, end: 19 }],
    ['bytes=999-999', { kind: 'partial', start: 999, end: 999 }],
  ])('cuts %s', (header, expected) => {
    expect(decideRange(header, SIZE)).toEqual(expected);
  });

  it.each([null, 'bytes=abc', 'bytes=5-2', 'bytes=-', 'items=0-10', 'bytes=0-1,5-6', 'bytes=1.5-3', 'bytes = 10-19', 'bytes=0-1,abc'])('ignores %s', (header) => {
    expect(decideRange(header, SIZE)).toEqual({ kind: 'whole' });
  });

  it.each(['bytes=1000-', 'bytes=3000-3100', 'bytes=-0'])('rejects %s', (header) => {
    expect(decideRange(header, SIZE)).toEqual({ kind: 'unsatisfiable' });
  });

  it('empty file: suffix whole, others 416', () => {
    expect(decideRange('bytes=-10', 0)).toEqual({ kind: 'whole' });
    expect(decideRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
  });
});

describe('rangeResponse', () => {
  const stored = () => new Response(new Uint8Array(SIZE).map((_, index) => index % 256), { headers: { 'content-type': 'video/webm' } });
  const request = (range: string) => new Request('http://127.0.0.1/sign-language/bisindo/screen.start.webm', { headers: { range } });

  it('answers a range with 206', async () => {
    const response = await rangeResponse(request('bytes=256-259'), stored());
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 256-259/1000');
    expect(response.headers.get('content-length')).toBe('4');
    expect(response.headers.get('content-type')).toBe('video/webm');
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0, 1, 2, 3]);
  });

  it('answers an invalid range with the whole file', async () => {
    const response = await rangeResponse(request('bytes=5-2'), stored());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-range')).toBeNull();
    expect((await response.arrayBuffer()).byteLength).toBe(SIZE);
  });

  it('answers a range past the end with 416', async () => {
    const response = await rangeResponse(request('bytes=3000-3100'), stored());
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */1000');
  });
});
