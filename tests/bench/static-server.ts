import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP server for the static floor page. It sends one file for GET / and 404 for
 * everything else, the browser's favicon request included, with no compression and no caching.
 */
export class StaticPageServer {
  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(filePath: string): Promise<StaticPageServer> {
    const html = await readFile(filePath);
    const server = createServer((request, response) => {
      if (request.method === 'GET' && request.url === '/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        response.end(html);
        return;
      }
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found\n');
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address() as AddressInfo;
    return new StaticPageServer(server, `http://127.0.0.1:${port}`);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }
}
