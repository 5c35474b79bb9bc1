import { dirname, resolve } from 'node:path';
import { DEFAULT_BODY_LIMIT, DEFAULT_LOOKUP_LIMIT } from './build-server.ts';

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
  /** LOKET_STAFF_TOKEN: bearer token for the staff endpoints (status changes, submission export); unset switches them off. */
  staffToken: string | undefined;
  /** LOKET_LOG_LEVEL: pino level, default info. */
  logLevel: string;
  /** LOKET_LOOKUP_LIMIT: look-ups by number and tracking code per client address and minute, default 30. */
  lookupLimit: number;
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

  const configPath = resolve(cwd, env.LOKET_CONFIG || 'config/loket.json');
  return {
    port: readInteger(env, 'PORT', 8080, 0, 65_535),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(cwd, env.LOKET_DATA_DIR || 'data'),
    configPath,
    calendarDir: env.LOKET_CALENDAR_DIR ? resolve(cwd, env.LOKET_CALENDAR_DIR) : resolve(dirname(configPath), 'calendar'),
    bodyLimit: readInteger(env, 'LOKET_BODY_LIMIT', DEFAULT_BODY_LIMIT, 1, Number.MAX_SAFE_INTEGER),
    staticDir: resolve(cwd, env.LOKET_STATIC_DIR || 'dist/app'),
    staffToken: env.LOKET_STAFF_TOKEN || undefined,
    logLevel,
    lookupLimit: readInteger(env, 'LOKET_LOOKUP_LIMIT', DEFAULT_LOOKUP_LIMIT, 1, 100_000),
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
