import { dirname, join } from 'node:path';
import type { HolidayCalendarYear } from '../domain/calendar/holiday-calendar.ts';
import { type AttachmentLimits, resolveAttachmentLimits } from '../domain/attachments/limits.ts';
import { BRAILLE_PAGE_PRESETS, isBraillePagePreset, type BraillePagePreset } from '../domain/braille/page-size.ts';
import type { Agency, ComplaintCategory, District, KioskConfig } from '../domain/config.ts';
import { DEFAULT_IDLE_SETTINGS, findIdleSettingsProblems, type IdleSettings } from '../domain/idle-settings.ts';
import { DEFAULT_REGISTRATION_PATTERN, validateRegistrationPattern } from '../domain/registration-number.ts';
import { findAttachmentLimitProblems } from './attachment-limit-problems.ts';
import { findComplaintCategoryProblems, findDistrictProblems, toComplaintCategory, toDistrict } from './complaint-option-problems.ts';
import { HolidayCalendarError, loadHolidayCalendars } from './holiday-calendars.ts';
import { isNonEmptyString, isPlainObject } from './json-values.ts';
import { JsonFileError, readJsonFile } from './read-json-file.ts';

/** The deployment configuration file: what devices receive, plus the server-only settings. */
export interface DeploymentConfig extends Omit<KioskConfig, 'braille'> {
  /**
   * Braille settings from the file, with the default filled in. Whether there is an embosser
   * depends on the machine (LOKET_EMBOSSER_QUEUE), so the config route adds `embosser`.
   */
  braille: BrailleFileSettings;
  /** Sizes and top-up of the number blocks reserved for enrolled devices. */
  numberBlocks: NumberBlockSettings;
  /** Kiosk settings with the defaults filled in, so the config route always serves them. */
  kiosk: { idle: IdleSettings };
  /** Attachment limits with the defaults filled in; the server enforces them on uploads. */
  attachments: AttachmentLimits;
  /** Empty when the file lists none, and then no complaint can be filed. */
  complaintCategories: ComplaintCategory[];
  districts: District[];
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

/** The part of BrailleSettings that `braille` in the configuration file sets. */
export interface BrailleFileSettings {
  pageSize: BraillePagePreset;
}

/** 40 cells × 25 lines, the default page of embossers and BRF files. */
export const DEFAULT_BRAILLE_SETTINGS: BrailleFileSettings = { pageSize: 'brf' };

/** Agency codes appear inside registration numbers, so they may not contain `/` or spaces. */
export const AGENCY_CODE = /^[A-Z0-9-]+$/;

const TOP_LEVEL_KEYS = [
  'body',
  'timeZone',
  'timeZoneLabel',
  'registrationPattern',
  'agencies',
  'publicUrl',
  'numberBlocks',
  'kiosk',
  'attachments',
  'complaintCategories',
  'districts',
  'braille',
];
const KIOSK_KEYS = ['idle'];
const AGENCY_KEYS = ['code', 'name', 'nameEn', 'role', 'retired'];
const ROLES: readonly Agency['role'][] = ['utama', 'pelaksana'];

/** Thrown for a configuration file that cannot be read or does not describe a valid deployment. */
export class DeploymentConfigError extends Error {
  override name = 'DeploymentConfigError';
}

export interface LoadDeploymentConfigOptions {
  /** Folder of the `<year>.json` holiday calendars. Default: `calendar` beside the config file. */
  calendarDir?: string;
  /** Receives what the server should log once at start, such as a missing calendar folder. */
  onWarning?: (message: string) => void;
}

/**
 * Reads and validates the JSON configuration file and the holiday calendars; throws
 * DeploymentConfigError naming the bad file and key.
 */
export function loadDeploymentConfig(path: string, options: LoadDeploymentConfigOptions = {}): DeploymentConfig {
  let raw: unknown;
  try {
    raw = readJsonFile(path, 'config file');
  } catch (error) {
    if (!(error instanceof JsonFileError)) throw error;
    const hint = error.reason === 'unreadable' ? ' Set LOKET_CONFIG to the path of loket.json.' : '';
    throw new DeploymentConfigError(error.message + hint);
  }

  const calendarDir = options.calendarDir ?? join(dirname(path), 'calendar');
  let calendars: HolidayCalendarYear[];
  try {
    const loaded = loadHolidayCalendars(calendarDir);
    calendars = loaded.calendars;
    loaded.warnings.forEach((warning) => options.onWarning?.(warning));
  } catch (error) {
    if (!(error instanceof HolidayCalendarError)) throw error;
    throw new DeploymentConfigError(error.message);
  }
  const config = parseDeploymentConfig(raw, path, calendars);
  // A complaint requires a category and a kecamatan, so without both lists none can be filed.
  const missing = (['complaintCategories', 'districts'] as const).filter((key) => config[key].length === 0);
  if (missing.length > 0) {
    options.onWarning?.(`${path} lists no ${missing.join(' and no ')}, so no complaint (pengaduan) can be filed; add them to the file`);
  }
  return config;
}

/**
 * Validates parsed JSON as a deployment configuration; `source` names the file in messages.
 * The calendars come from their own files, which loadHolidayCalendars has already checked.
 */
export function parseDeploymentConfig(raw: unknown, source: string, calendars: HolidayCalendarYear[] = []): DeploymentConfig {
  const problems = findConfigProblems(raw);
  if (problems.length > 0) {
    throw new DeploymentConfigError(`Invalid config ${source}:\n- ${problems.join('\n- ')}`);
  }

  const config = raw as Record<string, unknown>;
  const deployment: DeploymentConfig = {
    body: config.body as string,
    timeZone: config.timeZone as string,
    timeZoneLabel: config.timeZoneLabel as string,
    registrationPattern: (config.registrationPattern as string | undefined) ?? DEFAULT_REGISTRATION_PATTERN,
    agencies: (config.agencies as Agency[]).map(toAgency),
    numberBlocks: { ...DEFAULT_NUMBER_BLOCK_SETTINGS, ...(config.numberBlocks as Partial<NumberBlockSettings> | undefined) },
    kiosk: { idle: { ...DEFAULT_IDLE_SETTINGS, ...((config.kiosk as { idle?: Partial<IdleSettings> } | undefined)?.idle) } },
    calendars,
    attachments: resolveAttachmentLimits(config.attachments as Partial<AttachmentLimits> | undefined),
    complaintCategories: ((config.complaintCategories as ComplaintCategory[] | undefined) ?? []).map(toComplaintCategory),
    districts: ((config.districts as District[] | undefined) ?? []).map(toDistrict),
    braille: { ...DEFAULT_BRAILLE_SETTINGS, ...(config.braille as Partial<BrailleFileSettings> | undefined) },
  };
  if (config.publicUrl !== undefined) deployment.publicUrl = config.publicUrl as string;
  return deployment;
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

  if (raw.publicUrl !== undefined) {
    const problem = findPublicUrlProblem(raw.publicUrl);
    if (problem) problems.push(`"publicUrl" ${problem}`);
  }
  if (raw.numberBlocks !== undefined) problems.push(...findNumberBlockProblems(raw.numberBlocks));
  if (raw.kiosk !== undefined) problems.push(...findKioskProblems(raw.kiosk));
  if (raw.attachments !== undefined) problems.push(...findAttachmentLimitProblems(raw.attachments));
  if (raw.complaintCategories !== undefined) problems.push(...findComplaintCategoryProblems(raw.complaintCategories));
  if (raw.districts !== undefined) problems.push(...findDistrictProblems(raw.districts));
  if (raw.braille !== undefined) problems.push(...findBrailleProblems(raw.braille));

  problems.push(...findAgencyProblems(raw.agencies));
  return problems;
}

/** Receipts print this address in a QR code, so it must open from any phone exactly as written. */
function findPublicUrlProblem(value: unknown): string | null {
  const example = 'such as https://loket.kota.go.id';
  if (typeof value !== 'string' || value.trim() !== value || !URL.canParse(value)) {
    return `must be an absolute http or https URL without spaces, ${example}`;
  }
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `"${value}" must start with https:// or http://`;
  if (url.search !== '' || url.hash !== '' || value.includes('?') || value.includes('#')) {
    return `"${value}" must not contain a query (?) or a fragment (#), because the status link appends its own`;
  }
  if (url.username !== '' || url.password !== '') return `"${value}" must not contain a user name or password`;
  return null;
}

const NUMBER_BLOCK_KEYS = Object.keys(DEFAULT_NUMBER_BLOCK_SETTINGS) as (keyof NumberBlockSettings)[];

/** Checks a partial override of DEFAULT_NUMBER_BLOCK_SETTINGS, with the defaults filling the gaps. */
function findNumberBlockProblems(value: unknown): string[] {
  if (!isPlainObject(value)) return ['"numberBlocks" must be an object'];

  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    if (!(NUMBER_BLOCK_KEYS as string[]).includes(key)) {
      problems.push(`unknown key "numberBlocks.${key}" (allowed: ${NUMBER_BLOCK_KEYS.join(', ')})`);
    }
  }
  for (const key of NUMBER_BLOCK_KEYS) {
    const setting = value[key];
    if (setting === undefined) continue;
    if (key === 'topUpFraction') {
      if (typeof setting !== 'number' || !(setting > 0 && setting <= 1)) {
        problems.push(`"numberBlocks.topUpFraction" must be a number greater than 0 and at most 1, not ${JSON.stringify(setting)}`);
      }
    } else if (!Number.isSafeInteger(setting) || (setting as number) < 1) {
      problems.push(`"numberBlocks.${key}" must be a whole number of 1 or more, not ${JSON.stringify(setting)}`);
    }
  }

  const minSize = value.minSize ?? DEFAULT_NUMBER_BLOCK_SETTINGS.minSize;
  const maxSize = value.maxSize ?? DEFAULT_NUMBER_BLOCK_SETTINGS.maxSize;
  if (Number.isSafeInteger(minSize) && Number.isSafeInteger(maxSize) && (minSize as number) > (maxSize as number)) {
    problems.push(`"numberBlocks.minSize" ${String(minSize)} must not exceed "numberBlocks.maxSize" ${String(maxSize)} (defaults fill whichever is not set)`);
  }
  return problems;
}

/** Checks the optional `kiosk` object; each setting in it falls back to its default when absent. */
function findKioskProblems(value: unknown): string[] {
  if (!isPlainObject(value)) return ['"kiosk" must be an object'];

  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    if (!KIOSK_KEYS.includes(key)) problems.push(`unknown key "kiosk.${key}" (allowed: ${KIOSK_KEYS.join(', ')})`);
  }
  if (value.idle !== undefined) problems.push(...findIdleSettingsProblems(value.idle, 'kiosk.idle'));
  return problems;
}

const BRAILLE_KEYS = Object.keys(DEFAULT_BRAILLE_SETTINGS);

/** Checks the optional `braille` object. The embosser queue is machine-specific, so it comes from LOKET_EMBOSSER_QUEUE instead. */
function findBrailleProblems(value: unknown): string[] {
  if (!isPlainObject(value)) return ['"braille" must be an object'];

  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    const hint = key === 'embosser' || key === 'queue' ? '; the embosser queue is set by the environment variable LOKET_EMBOSSER_QUEUE' : '';
    if (!BRAILLE_KEYS.includes(key)) problems.push(`unknown key "braille.${key}" (allowed: ${BRAILLE_KEYS.join(', ')})${hint}`);
  }
  if (value.pageSize !== undefined && !isBraillePagePreset(value.pageSize)) {
    const presets = Object.entries(BRAILLE_PAGE_PRESETS).map(([name, size]) => `"${name}" (${size.cells} cells × ${size.lines} lines)`);
    problems.push(`"braille.pageSize" must be one of ${presets.join(', ')}, not ${JSON.stringify(value.pageSize)}`);
  }
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
