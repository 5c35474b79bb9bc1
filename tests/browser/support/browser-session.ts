import type { BrowserContext } from 'playwright-core';
import { BrowserProfile } from './chromium.ts';
import { IntakeServer } from './intake-server.ts';

/** A running intake server with its own data folder, and Chromium on a fresh profile. */
export class BrowserSession {
  private constructor(
    readonly server: IntakeServer,
    readonly profile: BrowserProfile,
    readonly context: BrowserContext,
  ) {}

  /** `serverEnv` adds environment variables for the server, such as LOKET_STAFF_TOKEN. */
  static async open(options: Parameters<BrowserProfile['launch']>[0] = {}, serverEnv: Record<string, string> = {}): Promise<BrowserSession> {
    const server = await IntakeServer.create(serverEnv);
    const profile = await BrowserProfile.create();
    await server.start();
    return new BrowserSession(server, profile, await profile.launch(options));
  }

  /** Closes the browser, stops the server and deletes both folders. */
  async close(): Promise<void> {
    await this.context.close();
    await this.server.remove();
    await this.profile.remove();
  }
}
