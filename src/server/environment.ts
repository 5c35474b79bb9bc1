import { dirname, resolve } from 'node:path';
import { DEFAULT_BODY_LIMIT, DEFAULT_LOOKUP_LIMIT, DEFAULT_PRINT_LIMIT } from './build-server.ts';
import { isCupsQueueName } from './embosser/cups-queue-name.ts';

/** The server's settings as read from environment variables; paths are absolute. */
export interface ServerEnvironment {
  /** PORT: TCP port, default 8080; 0 picks a free port. */
  port: number;
  /** HOST: address to bind, default 127.0.0.1 (loopback only; a reverse proxy faces the network). */
  host: string;
  /** LOKET_DATA_DIR: directory of loket.sqlite, default ./data, created on first start. */
  dataDir: string;
  /** LOKET_CONFIG: deployment configuration file, default config/loket.json. */
  configPath: string;
  /** LOKET_CALENDAR_DIR: folder of the `<year>.json` holiday calendars, default `calendar` beside the config file. */
  calendarDir: string;
  /** LOKET_BODY_LIMIT: maximum request body in bytes, default 262144. */
  bodyLimit: number;
  /** LOKET_STATIC_DIR: built PWA, default dist/app. */
  staticDir: string;
  /**
   * LOKET_SIGN_LANGUAGE_DIR: the deployment's own sign-language folder (manifest.json, clips and
   * captions), served at /sign-language/ in place of the copy in the built PWA; unset serves that copy.
   */
  signLanguageDir: string | undefined;
  /** LOKET_STAFF_TOKEN: bearer token for the staff endpoints (status changes, submission export); unset switches them off. */
  staffToken: string | undefined;
  /** LOKET_LOG_LEVEL: pino level, default info. */
  logLevel: string;
  /** LOKET_LOOKUP_LIMIT: look-ups by number and tracking code per client address and minute, default 30. */
  lookupLimit: number;
  /** LOKET_EMBOSSER_QUEUE: CUPS raw queue of the braille embosser; unset means no embosser. */
  embosserQueue: string | undefined;
  /** LOKET_LP_COMMAND: the `lp` program, default `lp` (found on PATH); a path with a slash is made absolute. */
  lpCommand: string;
  /** LOKET_PRINT_LIMIT: braille print jobs per client address and hour, default 20. */
  printLimit: number;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Thrown for an environment variable with an unusable value; the message names the variable. */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

/** Reads the settings; relative paths resolve against `cwd`, which main.ts expects to be the repository root. */
export function readServerEnvironment(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): ServerEnvironment {
  const logLevel = env.LOKET_LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new EnvironmentError(`LOKET_LOG_LEVEL "${logLevel}" is invalid; use one of ${LOG_LEVELS.join(', ')}.`);
  }

  const embosserQueue = env.LOKET_EMBOSSER_QUEUE || undefined;
  if (embosserQueue !== undefined && !isCupsQueueName(embosserQueue)) {
    throw new EnvironmentError(
      `LOKET_EMBOSSER_QUEUE ${JSON.stringify(embosserQueue)} is invalid; use the queue name that \`lpstat -p\` lists: 1 to 127 letters, digits, "_", "." and "-", not starting with "-" or ".".`,
    );
  }

  const lpCommand = env.LOKET_LP_COMMAND || 'lp';
  // Control characters have no place in a path, and a newline would garble the log line.
  if (/[\x00-\x1f\x7f]/.test(lpCommand)) {
    throw new EnvironmentError('LOKET_LP_COMMAND contains a control character; set it to the path of the lp program, such as /usr/bin/lp.');
  }

  const configPath = resolve(cwd, env.LOKET_CONFIG || 'config/loket.json');
  return {
    port: readInteger(env, 'PORT', 8080, 0, 65_535),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(cwd, env.LOKET_DATA_DIR || 'data'),
    configPath,
    calendarDir: env.LOKET_CALENDAR_DIR ? resolve(cwd, env.LOKET_CALENDAR_DIR) : resolve(dirname(configPath), 'calendar'),
    bodyLimit: readInteger(env, 'LOKET_BODY_LIMIT', DEFAULT_BODY_LIMIT, 1, Number.MAX_SAFE_INTEGER),
    staticDir: resolve(cwd, env.LOKET_STATIC_DIR || 'dist/app'),
    signLanguageDir: env.LOKET_SIGN_LANGUAGE_DIR ? resolve(cwd, env.LOKET_SIGN_LANGUAGE_DIR) : undefined,
    staffToken: env.LOKET_STAFF_TOKEN || undefined,
    logLevel,
    lookupLimit: readInteger(env, 'LOKET_LOOKUP_LIMIT', DEFAULT_LOOKUP_LIMIT, 1, 100_000),
    embosserQueue,
    // spawn looks up a bare name on PATH, as a shell does. A relative path is made absolute
    // against cwd, like the other paths here.
    lpCommand: lpCommand.includes('/') ? resolve(cwd, lpCommand) : lpCommand,
    printLimit: readInteger(env, 'LOKET_PRINT_LIMIT', DEFAULT_PRINT_LIMIT, 1, 100_000),
  };
}

function readInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new EnvironmentError(`${name} "${text}" is invalid; use a whole number from ${min} to ${max}.`);
  }
  return value;
}
