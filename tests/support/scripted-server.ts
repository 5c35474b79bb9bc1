import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Milliseconds to wait before responding, to provoke client timeouts. */
  delayMs?: number;
}

/**
 * A real HTTP server on loopback whose responses a test scripts, for the failure modes the
 * intake server does not produce on demand (503, 429 with Retry-After, slow responses).
 */
export class ScriptedServer {
  readonly received: { method: string; url: string; body: unknown; authorization?: string }[] = [];
  private readonly replies: ScriptedReply[] = [];
  private server: Server | undefined;
  fallback: (body: unknown) => ScriptedReply = (body) => ({
    status: 201,
    body: { id: (body as { id: string }).id, registrationNumber: `${this.received.length}/PPID/DINKES/PI/2026`, trackingCode: 'TRACK123', receivedAt: new Date((body as { capturedAt: string }).capturedAt).toISOString(), status: 'diterima' },
  });

  /** Queues responses for the next requests; after them, `fallback` responds. */
  reply(...replies: ScriptedReply[]): void {
    this.replies.push(...replies);
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body: unknown = text ? JSON.parse(text) : undefined;
    this.received.push({ method: request.method ?? '', url: request.url ?? '', body, authorization: request.headers.authorization });

    const reply = this.replies.shift() ?? this.fallback(body);
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (response.destroyed) return;
    response.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers });
    response.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  }
}
