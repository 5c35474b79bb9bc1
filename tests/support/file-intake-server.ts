import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AttachmentRef } from '../../src/domain/attachments/file-types.ts';
import { sniffAttachmentType } from '../../src/domain/attachments/sniff-type.ts';
import type { SubmissionPayload } from '../../src/domain/submission.ts';

export interface LoggedRequest {
  method: string;
  /** The path, such as `/api/v1/files/<sha256>` or `/api/v1/submissions`. */
  url: string;
  /** The file's SHA-256 for requests under /api/v1/files. */
  sha256?: string;
}

export interface HeldReply {
  status: number;
  body?: unknown;
  /** Milliseconds to wait before responding, after the request body was read and acted on. */
  delayMs?: number;
}

const FILE_PATH = /^\/api\/v1\/files\/([0-9a-f]{64})$/;

/**
 * A real HTTP server on loopback that implements the intake server's file and submission
 * contract, for the device's upload tests. Files are addressed by SHA-256 (HEAD and PUT, with
 * the server's 413, 415 and 422 responses). A submission is accepted only once every file it
 * names is stored (409 filesMissing otherwise), and it is idempotent by id. The server keeps
 * what it receives, so tests can count uploads. `override` scripts a response in place of
 * the contract's, and `delayResponse` holds the contract's response back after acting on it.
 */
export class FileIntakeServer {
  readonly files = new Map<string, Buffer>();
  readonly log: LoggedRequest[] = [];
  readonly accepted = new Map<string, SubmissionPayload>();
  maxFileBytes = 5 * 1024 * 1024;
  /** Returns a reply to send instead of the contract's, or undefined to follow the contract. */
  override: (request: LoggedRequest) => HeldReply | undefined = () => undefined;
  /** Milliseconds to hold back the contract's response after acting on the request, as on a slow link. */
  delayResponse: (request: LoggedRequest) => number = () => 0;
  private server: Server | undefined;

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

  /** Returns the requests of one method, such as every PUT. */
  requests(method: string): LoggedRequest[] {
    return this.log.filter((request) => request.method === method);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = request.url ?? '';
    const sha256 = FILE_PATH.exec(url)?.[1];
    const logged: LoggedRequest = { method: request.method ?? '', url, ...(sha256 ? { sha256 } : {}) };
    this.log.push(logged);

    const reply = this.override(logged) ?? { ...(await this.follow(logged, body)), delayMs: this.delayResponse(logged) };
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (response.destroyed) return;
    response.writeHead(reply.status, { 'Content-Type': 'application/json' });
    response.end(reply.body === undefined || request.method === 'HEAD' ? undefined : JSON.stringify(reply.body));
  }

  private async follow(request: LoggedRequest, body: Buffer): Promise<HeldReply> {
    if (request.sha256 && request.method === 'HEAD') return { status: this.files.has(request.sha256) ? 200 : 404 };
    if (request.sha256 && request.method === 'PUT') return this.storeFile(request.sha256, body);
    if (request.url === '/api/v1/submissions' && request.method === 'POST') return this.acceptSubmission(JSON.parse(body.toString('utf8')) as SubmissionPayload);
    return { status: 404, body: { error: 'notFound' } };
  }

  private async storeFile(sha256: string, body: Buffer): Promise<HeldReply> {
    if (body.length > this.maxFileBytes) return { status: 413, body: { error: 'tooLarge' } };
    const type = await sniffAttachmentType(new Uint8Array(body));
    if (!type) return { status: 415, body: { error: 'unsupportedFileType' } };
    if (createHash('sha256').update(body).digest('hex') !== sha256) return { status: 422, body: { error: 'hashMismatch' } };
    const existed = this.files.has(sha256);
    this.files.set(sha256, body);
    return { status: existed ? 200 : 201, body: { sha256, size: body.length, type } };
  }

  private acceptSubmission(payload: SubmissionPayload): HeldReply {
    const refs: AttachmentRef[] = payload.attachments ?? [];
    const missing = refs.flatMap((ref, position) => (this.files.has(ref.sha256) ? [] : [{ field: `attachments.${position}`, code: 'missing' }]));
    if (missing.length > 0) return { status: 409, body: { error: 'filesMissing', fields: missing } };

    const repeat = this.accepted.has(payload.id);
    if (!repeat) this.accepted.set(payload.id, payload);
    const number = [...this.accepted.keys()].indexOf(payload.id) + 1;
    return {
      status: repeat ? 200 : 201,
      body: {
        id: payload.id,
        registrationNumber: `${number}/PPID/DINKES/PI/2026`,
        trackingCode: 'TRACK123',
        receivedAt: new Date(payload.capturedAt).toISOString(),
        status: 'diterima',
      },
    };
  }
}
