// @vitest-environment node
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTemporaryDirectories, startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
  await removeTemporaryDirectories();
});

/** Sends raw bytes, which fetch would refuse to produce, and returns the whole response. */
async function sendRaw(request: string): Promise<string> {
  const { hostname, port } = new URL(server.baseUrl);
  const socket = connect(Number(port), hostname);
  socket.write(request);
  const chunks: Buffer[] = [];
  for await (const chunk of socket) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('requests the HTTP parser rejects', () => {
  it('get the API error body', async () => {
    const response = await sendRaw(
      'POST /api/v1/submissions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}',
    );

    expect(response.startsWith('HTTP/1.1 400 Bad Request')).toBe(true);
    expect(response).toContain('application/json');
    expect(response.endsWith('{"error":"malformed"}')).toBe(true);
  });

  it('get 431 for oversized headers', async () => {
    const response = await sendRaw(`GET / HTTP/1.1\r\nHost: localhost\r\nX-Filler: ${'a'.repeat(20_000)}\r\n\r\n`);

    expect(response.startsWith('HTTP/1.1 431')).toBe(true);
    expect(response.endsWith('{"error":"tooLarge"}')).toBe(true);
  });
});
