import { readFileSync } from 'node:fs';
import type { Agency, KioskConfig } from '../domain/config.ts';
import { DEFAULT_REGISTRATION_PATTERN, validateRegistrationPattern } from '../domain/registration-number.ts';

/** The deployment configuration file: what devices receive, plus the server-only settings. */
export interface DeploymentConfig extends KioskConfig {
  /** Sizes and top-up of the number blocks reserved for enrolled devices. */
  numberBlocks: NumberBlockSettings;
}

/**
 * How many numbers a device holds in reserve. The server sizes each block from the device's
 * own use: enough for `coverDays` days offline at the rate it used numbers of that agency and
 * series over the last `usageWindowDays` days, kept between `minSize` and `maxSize`. A device
 * gets a new block when what it holds falls below `topUpFraction` of that size. From
 * `nextYearFromDays` days before 1 January, devices also hold blocks for the coming year.
 */
export interface NumberBlockSettings {
  minSize: number;
  maxSize: number;
  coverDays: number;
  usageWindowDays: number;
  topUpFraction: number;
  nextYearFromDays: number;
  /** Hours an enrolment code stays valid after an administrator creates it. */
  enrolmentCodeHours: number;
}

export const DEFAULT_NUMBER_BLOCK_SETTINGS: NumberBlockSettings = {
  minSize: 5,
  maxSize: 200,
  coverDays: 3,
  usageWindowDays: 28,
  topUpFraction: 0.5,
  nextYearFromDays: 14,
  enrolmentCodeHours: 24,
};

/** Agency codes appear inside registration numbers, so they may not contain `/` or spaces. */
export const AGENCY_CODE = /^[A-Z0-9-]+$/;

const TOP_LEVEL_KEYS = ['body', 'timeZone', 'timeZoneLabel', 'registrationPattern', 'agencies'];
const AGENCY_KEYS = ['code', 'name', 'nameEn', 'role', 'retired'];
const ROLES: readonly Agency['role'][] = ['utama', 'pelaksana'];

/** Thrown for a configuration file that cannot be read or does not describe a valid deployment. */
export class DeploymentConfigError extends Error {
  override name = 'DeploymentConfigError';
}

/** Reads and validates the JSON configuration file; throws DeploymentConfigError naming the bad key. */
export function loadDeploymentConfig(path: string): DeploymentConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DeploymentConfigError(`Cannot read config file ${path}: ${(error as Error).message}. Set LOKET_CONFIG to the path of loket.json.`);
  }

  // Windows Notepad and some other editors save UTF-8 with a byte order mark, which JSON.parse rejects.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new DeploymentConfigError(describeJsonSyntaxError(path, json, error as Error));
  }
  return parseDeploymentConfig(raw, path);
}

/**
 * Builds the message for a config file that JSON.parse rejected: the file, the line and
 * column of the error where V8 gives a position, and the usual fixes.
 */
function describeJsonSyntaxError(path: string, json: string, error: Error): string {
  // Node 20 ends the message with "in JSON at position N". Newer releases may append
  // "(line L column C)", which is removed so that the location is not given twice.
  const reason = error.message.replace(/ \(line \d+ column \d+\)$/, '');
  const position = /at position (\d+)$/.exec(reason);
  let location = '';
  if (position) {
    const before = json.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    location = ` at line ${line}, column ${column}`;
  }
  return (
    `Config file ${path} is not valid JSON${location}: ${reason}. ` +
    'Fix the file there: JSON needs double quotes around keys and strings, a comma between items but none after the last item, and no comments.'
  );
}

/** Validates parsed JSON as a deployment configuration; `source` names the file in messages. */
export function parseDeploymentConfig(raw: unknown, source: string): DeploymentConfig {
  const problems = findConfigProblems(raw);
  if (problems.length > 0) {
    throw new DeploymentConfigError(`Invalid config ${source}:\n- ${problems.join('\n- ')}`);
  }

  const config = raw as Record<string, unknown>;
  return {
    body: config.body as string,
    timeZone: config.timeZone as string,
    timeZoneLabel: config.timeZoneLabel as string,
    registrationPattern: (config.registrationPattern as string | undefined) ?? DEFAULT_REGISTRATION_PATTERN,
    agencies: (config.agencies as Agency[]).map(toAgency),
    // TODO: read from the file and the calendar folder once their parsing lands.
    numberBlocks: DEFAULT_NUMBER_BLOCK_SETTINGS,
    calendars: [],
  };
}

/** Copies the known keys, leaving out `nameEn` when absent and `retired` unless true. */
function toAgency({ code, name, nameEn, role, retired }: Agency): Agency {
  const agency: Agency = { code, name, role };
  if (nameEn !== undefined) agency.nameEn = nameEn;
  if (retired === true) agency.retired = true;
  return agency;
}

/** Lists every problem at once, so an operator fixes the file in one pass. */
function findConfigProblems(raw: unknown): string[] {
  if (!isPlainObject(raw)) return ['the top level must be a JSON object'];

  const problems: string[] = [];
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.includes(key)) problems.push(`unknown key "${key}" (allowed: ${TOP_LEVEL_KEYS.join(', ')})`);
  }

  for (const key of ['body', 'timeZone', 'timeZoneLabel']) {
    if (!isNonEmptyString(raw[key])) problems.push(`"${key}" must be a non-empty string`);
  }
  if (isNonEmptyString(raw.timeZone) && !isValidTimeZone(raw.timeZone)) {
    problems.push(`"timeZone" "${raw.timeZone}" is not an IANA time zone that this Node.js knows, such as Asia/Jakarta`);
  }

  if (raw.registrationPattern !== undefined) {
    if (!isNonEmptyString(raw.registrationPattern)) {
      problems.push('"registrationPattern" must be a non-empty string');
    } else {
      problems.push(...validateRegistrationPattern(raw.registrationPattern).map((message) => `"registrationPattern": ${message}`));
    }
  }

  problems.push(...findAgencyProblems(raw.agencies));
  return problems;
}

function findAgencyProblems(agencies: unknown): string[] {
  if (!Array.isArray(agencies) || agencies.length === 0) return ['"agencies" must be a non-empty array'];

  const problems: string[] = [];
  const seen = new Set<string>();
  agencies.forEach((agency: unknown, index) => {
    const key = `agencies[${index}]`;
    if (!isPlainObject(agency)) {
      problems.push(`"${key}" must be an object`);
      return;
    }
    for (const name of Object.keys(agency)) {
      if (!AGENCY_KEYS.includes(name)) problems.push(`unknown key "${key}.${name}" (allowed: ${AGENCY_KEYS.join(', ')})`);
    }

    if (typeof agency.code !== 'string' || !AGENCY_CODE.test(agency.code)) {
      problems.push(`"${key}.code" must match ${AGENCY_CODE} (capital letters, digits and -)`);
    } else if (seen.has(agency.code)) {
      problems.push(`"${key}.code" "${agency.code}" is used by an earlier agency; codes must be unique`);
    } else {
      seen.add(agency.code);
    }

    if (!isNonEmptyString(agency.name)) problems.push(`"${key}.name" must be a non-empty string`);
    if (agency.nameEn !== undefined && !isNonEmptyString(agency.nameEn)) problems.push(`"${key}.nameEn" must be a non-empty string when present`);
    if (!ROLES.includes(agency.role as Agency['role'])) problems.push(`"${key}.role" must be one of ${ROLES.join(', ')}`);
    if (agency.retired !== undefined && typeof agency.retired !== 'boolean') problems.push(`"${key}.retired" must be true or false when present`);
  });
  if (agencies.every((agency: unknown) => isPlainObject(agency) && agency.retired === true)) {
    problems.push('"agencies" must contain at least one agency that is not retired, so devices have one to offer');
  }
  return problems;
}

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
