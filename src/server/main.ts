import { fileURLToPath } from 'node:url';
import { buildServer } from './build-server.ts';
import { loadDeploymentConfig } from './deployment-config.ts';
import { readServerEnvironment } from './environment.ts';

/**
 * Starts the intake server with settings from the environment (see environment.ts) and stops
 * it cleanly on SIGINT or SIGTERM. Run from the repository root, as `node dist/server/main.js`
 * after `npm run build:server`.
 */
/** How long a stop waits for requests in flight before it closes their connections. */
const STOP_GRACE_MS = 5_000;

async function main(): Promise<void> {
  const environment = readServerEnvironment(process.env);
  // The logger exists only once the app is built, so warnings wait until then.
  const warnings: string[] = [];
  const config = loadDeploymentConfig(environment.configPath, { calendarDir: environment.calendarDir, onWarning: (message) => warnings.push(message) });

  // The bundle does not contain openapi.yaml. Both this file (src/server/main.ts) and its
  // bundle (dist/server/main.js) sit two folders below the repository root, so one relative
  // URL finds src/server/openapi.yaml from either, whatever the working directory.
  const openApiPath = fileURLToPath(new URL('../../src/server/openapi.yaml', import.meta.url));

  const app = buildServer({
    config,
    dataDir: environment.dataDir,
    staticDir: environment.staticDir,
    signLanguageDir: environment.signLanguageDir,
    bodyLimit: environment.bodyLimit,
    staffToken: environment.staffToken,
    lookupLimit: environment.lookupLimit,
    embosserQueue: environment.embosserQueue,
    lpCommand: environment.lpCommand,
    printLimit: environment.printLimit,
    logLevel: environment.logLevel,
    openApiPath,
  });

  for (const warning of warnings) app.log.warn(warning);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'server stopping');
    // app.close() waits for requests in flight. A client that never finishes one (a stalled
    // download) would hold the stop for good, so after the grace time every connection closes.
    const grace = setTimeout(() => {
      app.log.warn({ graceMs: STOP_GRACE_MS }, 'requests still open after the grace time; closing their connections');
      app.server.closeAllConnections();
    }, STOP_GRACE_MS);
    grace.unref();
    try {
      await app.close();
      app.log.info('server stopped');
    } catch (error) {
      app.log.error({ err: error }, 'server stop failed');
      process.exitCode = 1;
    }
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));

  await app.listen({ port: environment.port, host: environment.host });
  const address = app.server.address();
  app.log.info(
    {
      host: environment.host,
      port: typeof address === 'object' && address ? address.port : environment.port,
      dataDir: environment.dataDir,
      staticDir: environment.staticDir,
      configPath: environment.configPath,
      calendarDir: environment.calendarDir,
      calendarYears: config.calendars.map((calendar) => calendar.year),
      agencies: config.agencies.length,
      staffEndpoint: environment.staffToken ? 'enabled' : 'disabled',
      embosserQueue: environment.embosserQueue ?? null,
    },
    'server started',
  );
}

main().catch((error: unknown) => {
  // The logger may not exist yet (bad environment or config), so write a plain line to stderr.
  console.error(`Loket server failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
