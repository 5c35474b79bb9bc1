import type { HolidayKind } from './holiday-calendar.ts';

export const HOLIDAY_KINDS: readonly HolidayKind[] = ['libur', 'cutiBersama'];

const YEAR_KEYS = ['year', 'confirmed', 'source', 'holidays'];
const HOLIDAY_KEYS = ['date', 'kind', 'name', 'note'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Lists every problem of one year's holiday calendar, so that a city fixes a file in one
 * pass. Both the server, when it loads the calendar files, and the device, when it receives
 * the configuration, check with it, because a wrong holiday gives a wrong legal deadline. Unknown
 * keys are problems too, because a misspelt `confirmed` would otherwise go unnoticed.
 */
export function findCalendarProblems(raw: unknown): string[] {
  if (!isPlainObject(raw)) return ['the calendar must be a JSON object'];

  const problems: string[] = [];
  for (const key of Object.keys(raw)) {
    if (!YEAR_KEYS.includes(key)) problems.push(`unknown key "${key}" (allowed: ${YEAR_KEYS.join(', ')})`);
  }

  const year = raw.year;
  const yearIsValid = Number.isInteger(year) && (year as number) >= 1970 && (year as number) <= 9999;
  if (!yearIsValid) problems.push(`"year" must be a whole number such as 2026, not ${JSON.stringify(year)}`);
  if (typeof raw.confirmed !== 'boolean') problems.push('"confirmed" must be true or false');
  if (typeof raw.source !== 'string' || raw.source.trim() === '') problems.push('"source" must be a non-empty string naming the decree');

  if (!Array.isArray(raw.holidays)) {
    problems.push('"holidays" must be an array');
    return problems;
  }

  const seen = new Set<string>();
  raw.holidays.forEach((holiday: unknown, index) => {
    problems.push(...findHolidayProblems(holiday, `holidays[${index}]`, yearIsValid ? (year as number) : undefined, seen));
  });
  return problems;
}

/** Checks that `calendars` is an array of valid calendars with one entry per year. */
export function findCalendarListProblems(calendars: unknown): string[] {
  if (!Array.isArray(calendars)) return ['"calendars" must be an array'];

  const problems: string[] = [];
  const years = new Set<unknown>();
  calendars.forEach((calendar: unknown, index) => {
    problems.push(...findCalendarProblems(calendar).map((problem) => `calendars[${index}]: ${problem}`));
    const year = isPlainObject(calendar) ? calendar.year : undefined;
    if (years.has(year)) problems.push(`calendars[${index}]: year ${JSON.stringify(year)} appears more than once`);
    years.add(year);
  });
  return problems;
}

function findHolidayProblems(holiday: unknown, key: string, year: number | undefined, seen: Set<string>): string[] {
  if (!isPlainObject(holiday)) return [`"${key}" must be an object with date, kind and name`];

  const problems: string[] = [];
  for (const name of Object.keys(holiday)) {
    if (!HOLIDAY_KEYS.includes(name)) problems.push(`unknown key "${key}.${name}" (allowed: ${HOLIDAY_KEYS.join(', ')})`);
  }

  const date = holiday.date;
  if (typeof date !== 'string' || !ISO_DATE.test(date)) {
    problems.push(`"${key}.date" must be a date written YYYY-MM-DD, not ${JSON.stringify(date)}`);
  } else if (!isRealDate(date)) {
    problems.push(`"${key}.date" "${date}" is not a real calendar date`);
  } else if (year !== undefined && Number(date.slice(0, 4)) !== year) {
    problems.push(`"${key}.date" "${date}" is not in ${year}; each year has its own file`);
  } else if (seen.has(date)) {
    problems.push(`"${key}.date" "${date}" is listed twice; give each date once and name both holidays in one "name"`);
  } else {
    seen.add(date);
  }

  if (!HOLIDAY_KINDS.includes(holiday.kind as HolidayKind)) {
    problems.push(`"${key}.kind" must be one of ${HOLIDAY_KINDS.join(', ')}, not ${JSON.stringify(holiday.kind)}`);
  }
  if (typeof holiday.name !== 'string' || holiday.name.trim() === '') problems.push(`"${key}.name" must be a non-empty string`);
  if (holiday.note !== undefined && (typeof holiday.note !== 'string' || holiday.note.trim() === '')) {
    problems.push(`"${key}.note" must be a non-empty string when present`);
  }
  return problems;
}

/** Rejects dates such as 2026-02-30, which Date.UTC would roll over into March. */
function isRealDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
