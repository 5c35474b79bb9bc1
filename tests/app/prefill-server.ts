import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the server received: the address and the parsed body, so tests can check where personal data went. */
export interface ReceivedRequest {
  method: string;
  url: string;
  body: unknown;
}

/** Request stored on the test server, by its number and tracking code, with the answers it returns. */
export interface KnownRequest {
  registrationNumber: string;
  trackingCode: string;
  agency: string;
  values: Record<string, string>;
}

export interface PrefillServer {
  origin: string;
  received: ReceivedRequest[];
  close: () => Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Starts a small HTTP server on 127.0.0.1 that implements the objection prefill contract:
 * `POST /api/v1/objection-prefill` with `{registrationNumber, trackingCode}` answers 200 with
 * the request's number, agency and answers, or 404 `{error: 'notFound'}`.
 */
export async function startPrefillServer(known: KnownRequest): Promise<PrefillServer> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((request, response) => {
    void readBody(request).then((body) => {
      received.push({ method: request.method ?? '', url: request.url ?? '', body });
      const typed = (body ?? {}) as { registrationNumber?: unknown; trackingCode?: unknown };
      response.setHeader('Content-Type', 'application/json');
      if (request.method !== 'POST' || request.url !== '/api/v1/objection-prefill') {
        response.writeHead(404).end(JSON.stringify({ error: 'notFound' }));
      } else if (typed.registrationNumber === known.registrationNumber && typed.trackingCode === known.trackingCode) {
        response.writeHead(200).end(JSON.stringify({ registrationNumber: known.registrationNumber, agency: known.agency, values: known.values }));
      } else {
        response.writeHead(404).end(JSON.stringify({ error: 'notFound' }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Returns the origin of a port on 127.0.0.1 that nothing listens on, for "server unreachable". */
export async function closedOrigin(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
