import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import { registerAdminRoutes } from './api/admin-routes.ts';
import { registerBraillePrintRoute, type EmbosserQueue } from './api/braille-print-route.ts';
import { handleServerError } from './api/error-handler.ts';
import { registerConfigRoute } from './api/config-route.ts';
import { registerDeviceRoutes } from './api/device-routes.ts';
import { registerFileRoutes } from './api/file-routes.ts';
import { registerObjectionPrefillRoute } from './api/objection-prefill-route.ts';
import { registerOpenApiRoute } from './api/openapi-route.ts';
import { registerStatusRoutes } from './api/status-routes.ts';
import { registerSubmissionExportRoute } from './api/submission-export-route.ts';
import { registerSubmissionRoutes } from './api/submission-routes.ts';
import type { DeploymentConfig } from './deployment-config.ts';
import { isCupsQueueName } from './embosser/cups-queue-name.ts';
import { DEFAULT_LP_TIMEOUT_MS } from './embosser/submit-print-job.ts';
import { createClientErrorHandler } from './http/client-error.ts';
import { logRequestCompleted, registerRequestLogging } from './http/request-logging.ts';
import { requestPath } from './http/request-path.ts';
import { registerSecurityHeaders, setSecurityHeaders } from './http/security-headers.ts';
import { resolveSignLanguageSource } from './http/sign-language-files.ts';
import { signFilesWarning } from './http/sign-files-warning.ts';
import { signManifestWarning } from './http/sign-manifest-warning.ts';
import { registerStaticFiles } from './http/static-files.ts';
import type { DeviceStore } from './storage/device-store.ts';
import { FileStore } from './storage/file-store.ts';
import { openSqliteStores, type SqliteStores } from './storage/sqlite-stores.ts';
import type { SubmissionStore } from './storage/submission-store.ts';

/**
 * Default request body limit in bytes (256 KiB). The maxLength limits of the information
 * request form add up to about 4,300 characters, under 30 KB even as 6-byte JSON escapes.
 */
export const DEFAULT_BODY_LIMIT = 262_144;

/**
 * Look-ups by registration number and tracking code per client address and minute. The code
 * has about 34 bits, so without a limit a script could try codes until one fits, and the
 * objection prefill then returns the applicant's personal answers.
 */
export const DEFAULT_LOOKUP_LIMIT = 30;

/**
 * Braille print jobs per client address and hour. A kiosk is one address for all its visitors,
 * and each visitor prints a receipt and perhaps a form or two, so 20 covers a busy hour. A
 * job can be up to MAX_BRF_BYTES, about 60 pages, so the limit bounds jobs, not paper.
 */
export const DEFAULT_PRINT_LIMIT = 20;

/**
 * Age in milliseconds after which a temporary upload file counts as left by a crash. A file
 * is temporary only while received bytes are written to disk, well under a second, so an hour
 * leaves a wide margin for another server process writing to the same data directory.
 */
const STALE_TEMPORARY_FILE_MS = 60 * 60 * 1000;

/** Staff tokens shorter than this are rejected at start, because short tokens are easy to guess. */
export const MIN_STAFF_TOKEN_LENGTH = 16;

/** Destination of pino's JSON lines; pino uses stdout when none is given. */
export interface LogDestination {
  write(line: string): void;
}

export interface ServerOptions {
  /** The validated deployment configuration (see loadDeploymentConfig). */
  config: DeploymentConfig;
  /** Directory of `loket.sqlite`, created if missing. Required unless `store` is given. */
  dataDir?: string;
  /** A ready store to use in place of SQLite in `dataDir`. The server closes it on close(). */
  store?: SubmissionStore;
  /** A ready device store to use in place of SQLite in `dataDir`; it shares the database of `store`. */
  deviceStore?: DeviceStore;
  /** Attachment files; by default the `files` folder in `dataDir`. */
  fileStore?: FileStore;
  /** Directory of the built PWA. When missing or absent, only the API is served. */
  staticDir?: string;
  /**
   * The deployment's sign-language folder, served at /sign-language/ in place of
   * `<staticDir>/sign-language`. buildServer throws when it is given and is not a folder.
   */
  signLanguageDir?: string;
  /** Maximum request body size in bytes; larger bodies get 413. */
  bodyLimit?: number;
  /** Bearer token for the staff endpoints (status changes, export, device administration). Without it they respond with 403. */
  staffToken?: string;
  /** Look-ups per client address and minute (status and objection prefill); more get 429. */
  lookupLimit?: number;
  /** CUPS raw queue of the braille embosser. Without it `POST /api/v1/braille/print` returns 503. */
  embosserQueue?: string;
  /** The lp program, by default `lp` on PATH. */
  lpCommand?: string;
  /** Milliseconds lp may take per job before it is stopped; default DEFAULT_LP_TIMEOUT_MS. */
  lpTimeoutMs?: number;
  /** Braille print jobs per client address and hour; more get 429. */
  printLimit?: number;
  /** Clock for arrivals, registration years, block exchanges and enrolment expiry; tests inject a fixed instant. */
  now?: () => Date;
  /** pino level: fatal, error, warn, info (default), debug, trace or silent. */
  logLevel?: string;
  logDestination?: LogDestination;
  /** Path of the OpenAPI document; by default openapi.yaml next to this module's source file. */
  openApiPath?: string;
}

/**
 * Builds the intake server without listening, so tests and main.ts share one app. It opens
 * the store and reads the OpenAPI document at once, so a bad data directory or a missing
 * document fails here rather than on the first request. app.close() closes the store.
 */
export function buildServer(options: ServerOptions): FastifyInstance {
  if (options.staffToken !== undefined && options.staffToken.length < MIN_STAFF_TOKEN_LENGTH) {
    throw new Error(`The staff token must be at least ${MIN_STAFF_TOKEN_LENGTH} characters long; set LOKET_STAFF_TOKEN to a longer random value.`);
  }
  if (options.embosserQueue !== undefined && !isCupsQueueName(options.embosserQueue)) {
    throw new Error(`The embosser queue ${JSON.stringify(options.embosserQueue)} is not a valid CUPS queue name; check LOKET_EMBOSSER_QUEUE.`);
  }
  const signLanguage = resolveSignLanguageSource(options.signLanguageDir, options.staticDir);
  const openApiPath = options.openApiPath ?? fileURLToPath(new URL('./openapi.yaml', import.meta.url));
  const openApiDocument = readFileSync(openApiPath, 'utf8');
  // SQLite opens only for a store that the options do not supply.
  let sqlite: SqliteStores | undefined;
  const openSqlite = (): SqliteStores => (sqlite ??= openSqliteStores(requireDataDir(options.dataDir)));
  const store = options.store ?? openSqlite().submissions;
  const deviceStore = options.deviceStore ?? openSqlite().devices;
  const fileStore = options.fileStore ?? new FileStore(requireDataDir(options.dataDir));
  const now = options.now ?? (() => new Date());

  // The parser's error handler is set before the app exists, so it reaches the logger late.
  let logger: FastifyBaseLogger | undefined;
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      ...(options.logDestination ? { stream: options.logDestination } : {}),
      // Fastify's default request serializer logs the full URL, which would include ?code=.
      serializers: { req: (request) => ({ method: request.method, path: requestPath(request.url ?? '') }) },
    },
    // request-logging.ts writes the one line per request instead.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Registration numbers in the path are URL-encoded, so give them room beyond the default 100.
    routerOptions: { maxParamLength: 300 },
    clientErrorHandler: createClientErrorHandler(() => logger),
    frameworkErrors: (error, request, reply) => {
      // Fastify rejects these URLs before routing, so no hook runs: do the hooks' work here.
      // Their durationMs is 0 because Fastify starts the reply clock only for routed requests.
      setSecurityHeaders(reply);
      reply.raw.once('finish', () => logRequestCompleted(request, reply));
      handleServerError(error, request, reply);
    },
  });
  logger = app.log;
  app.addHook('onReady', async () => {
    const removed = await fileStore.removeStaleTemporaryFiles(STALE_TEMPORARY_FILE_MS);
    if (removed > 0) app.log.warn({ removed }, 'removed temporary files left by an interrupted upload');
  });
  app.addHook('onClose', async () => {
    await store.close();
    if (sqlite && sqlite.submissions !== store) await sqlite.submissions.close();
  });

  // Only JSON bodies are accepted; without this, text/plain would reach the routes as a string.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler(handleServerError);
  registerSecurityHeaders(app);
  registerRequestLogging(app);
  // Phones and tablets reach the server over real networks: compress the app shell and API
  // responses (brotli or gzip, as the client accepts) above 1 kB.
  app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 });
  // Only the routes that take a tracking code opt in, through their `lookupRateLimit` config.
  // NOTE: behind a reverse proxy every client has the proxy's address unless Fastify's
  // trustProxy is set, and then all kiosks share one limit.
  app.register(fastifyRateLimit, { global: false });
  const lookupRateLimit = { max: options.lookupLimit ?? DEFAULT_LOOKUP_LIMIT, timeWindow: 60_000 };
  const printRateLimit = { max: options.printLimit ?? DEFAULT_PRINT_LIMIT, timeWindow: 60 * 60_000 };
  const embosser: EmbosserQueue | undefined =
    options.embosserQueue === undefined
      ? undefined
      : { queue: options.embosserQueue, lpCommand: options.lpCommand ?? 'lp', timeoutMs: options.lpTimeoutMs ?? DEFAULT_LP_TIMEOUT_MS };

  registerSubmissionRoutes(app, { config: options.config, store, devices: deviceStore, files: fileStore, now });
  registerSubmissionExportRoute(app, { store, staffToken: options.staffToken });
  registerFileRoutes(app, { files: fileStore, limits: options.config.attachments, staffToken: options.staffToken });
  // The rate limit applies through an onRoute hook. Routes added directly on `app` would exist
  // before that hook, so these are added in a plugin that loads after it.
  app.register(async (scope) => {
    registerStatusRoutes(scope, { config: options.config, store, now, staffToken: options.staffToken, lookupRateLimit });
    registerObjectionPrefillRoute(scope, { store, lookupRateLimit });
    registerBraillePrintRoute(scope, { embosser, printRateLimit });
  });
  registerDeviceRoutes(app, { config: options.config, devices: deviceStore, now });
  registerAdminRoutes(app, { config: options.config, devices: deviceStore, now, staffToken: options.staffToken });
  registerConfigRoute(app, options.config, { embosser: embosser !== undefined });
  registerOpenApiRoute(app, openApiDocument);

  const servingStatic = registerStaticFiles(app, options.staticDir, signLanguage);
  if (!servingStatic) {
    app.log.warn({ staticDir: options.staticDir ?? null }, 'static directory not found; serving the API only');
  }
  if (signLanguage) app.log.info({ signLanguageDir: signLanguage.folder, from: signLanguage.origin }, 'serving sign-language content');
  else app.log.warn({ staticDir: options.staticDir ?? null }, 'no sign-language folder; /sign-language/ returns 404');
  // The folder is served even with a broken manifest, so that staff can fix it without a
  // restart, but the app then shows no clip, so the server logs a warning at start.
  const manifestWarning = signLanguage ? signManifestWarning(signLanguage.folder) : undefined;
  if (manifestWarning) app.log.warn({ from: signLanguage?.origin, ...manifestWarning.fields }, manifestWarning.message);
  const filesWarning = signLanguage ? signFilesWarning(signLanguage.folder) : undefined;
  if (filesWarning) app.log.warn({ from: signLanguage?.origin, ...filesWarning.fields }, filesWarning.message);
  return app;
}

function requireDataDir(dataDir: string | undefined): string {
  if (dataDir === undefined) throw new Error('buildServer needs either options.dataDir or both options.store and options.deviceStore');
  return dataDir;
}
