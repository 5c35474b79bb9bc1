import { findCalendarListProblems } from '../../domain/calendar/find-calendar-problems.ts';
import type { Agency, KioskConfig } from '../../domain/config.ts';
import { validateRegistrationPattern } from '../../domain/registration-number.ts';

export const CONFIG_URL = '/api/v1/config';

/** The configuration could not be fetched or is not a usable KioskConfig. */
export class ConfigLoadError extends Error {
  override name = 'ConfigLoadError';
}

/**
 * Fetches the deployment's configuration. Offline, the service worker responds with its copy
 * of the last successful response, so an offline start fails only on a device that has never
 * loaded it. A server error or an invalid body raises ConfigLoadError.
 */
export async function fetchKioskConfig(signal?: AbortSignal): Promise<KioskConfig> {
  const response = await fetch(CONFIG_URL, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) throw new ConfigLoadError(`GET ${CONFIG_URL} failed with HTTP ${response.status}`);

  const body: unknown = await response.json();
  const problem = findConfigProblem(body);
  if (problem) throw new ConfigLoadError(`GET ${CONFIG_URL} returned an invalid configuration: ${problem}`);
  return body as KioskConfig;
}

let earlyFetch: Promise<KioskConfig> | undefined;

/**
 * Starts fetching the configuration before the first render, so the request does not wait
 * for Preact's first effects; useKioskConfig takes the result with takeEarlyConfigFetch().
 */
export function startEarlyConfigFetch(): void {
  earlyFetch = fetchKioskConfig();
  // Handled when taken; without this an early failure is reported as unhandled.
  earlyFetch.catch(() => undefined);
}

/** Returns the fetch started by startEarlyConfigFetch, once; undefined afterwards. */
export function takeEarlyConfigFetch(): Promise<KioskConfig> | undefined {
  const started = earlyFetch;
  earlyFetch = undefined;
  return started;
}

/** Returns what is wrong with a configuration body, or null when receipts can rely on it. */
export function findConfigProblem(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return 'the body is not an object';
  const config = body as Partial<Record<keyof KioskConfig, unknown>>;
  if (typeof config.body !== 'string' || config.body === '') return '"body" is missing';
  if (typeof config.timeZoneLabel !== 'string') return '"timeZoneLabel" is missing';
  if (typeof config.timeZone !== 'string' || !isTimeZone(config.timeZone)) {
    // A wrong zone would print a wrong time on legal receipts, so refuse it rather than guess.
    return `"timeZone" ${JSON.stringify(config.timeZone)} is not an IANA time zone`;
  }
  if (!Array.isArray(config.agencies) || config.agencies.length === 0) return '"agencies" is empty';
  if (!config.agencies.every(isAgency)) return 'an agency lacks "code" or "name"';

  // Devices print official numbers with this pattern, so a broken one is refused like a bad zone.
  if (typeof config.registrationPattern !== 'string') return '"registrationPattern" is missing';
  const patternProblem = validateRegistrationPattern(config.registrationPattern)[0];
  if (patternProblem) return `"registrationPattern": ${patternProblem}`;

  // A wrong holiday would print a wrong legal deadline. An empty list only makes deadlines estimates.
  const calendarProblem = findCalendarListProblems(config.calendars)[0];
  if (calendarProblem) return calendarProblem;

  if (config.publicUrl !== undefined && !isHttpUrl(config.publicUrl)) return `"publicUrl" ${JSON.stringify(config.publicUrl)} is not an http or https URL`;
  return null;
}

// new URL in try/catch instead of URL.canParse, which Safari lacks before 17.
function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isAgency(value: unknown): value is Agency {
  if (typeof value !== 'object' || value === null) return false;
  const agency = value as Partial<Agency>;
  return typeof agency.code === 'string' && agency.code !== '' && typeof agency.name === 'string' && agency.name !== '';
}
