import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HolidayCalendarYear } from '../domain/calendar/holiday-calendar.ts';
import { findCalendarProblems } from '../domain/calendar/find-calendar-problems.ts';
import { JsonFileError, readJsonFile } from './read-json-file.ts';

/** The calendars of a folder, by year, and what the server should log once at start. */
export interface LoadedHolidayCalendars {
  calendars: HolidayCalendarYear[];
  /** A missing folder, or years whose files are not yet confirmed against the decree. */
  warnings: string[];
}

/** Thrown for a calendar folder with a file that cannot be read or is not a valid calendar. */
export class HolidayCalendarError extends Error {
  override name = 'HolidayCalendarError';
}

const YEAR_FILE = /^(\d{4})\.json$/;

/**
 * Loads every `<year>.json` in `directory`, sorted by year. A missing folder gives no
 * calendars and a warning, so the server still starts and shows every deadline as an
 * estimate. Any other problem throws one HolidayCalendarError that lists each bad file and
 * what is wrong with it, including other `.json` files, which are probably misnamed years.
 */
export function loadHolidayCalendars(directory: string): LoadedHolidayCalendars {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return {
        calendars: [],
        warnings: [`Holiday calendar folder ${directory} does not exist, so every deadline is shown as an estimate. Create it with one <year>.json per year, or set LOKET_CALENDAR_DIR.`],
      };
    }
    throw new HolidayCalendarError(`Cannot read holiday calendar folder ${directory}: ${(error as Error).message}. Set LOKET_CALENDAR_DIR to a folder of <year>.json files.`);
  }

  const calendars: HolidayCalendarYear[] = [];
  const problems: string[] = [];
  for (const name of names.sort()) {
    if (!name.toLowerCase().endsWith('.json')) continue;
    const match = YEAR_FILE.exec(name);
    if (!match) {
      problems.push(`${name}: the file name must be a year such as 2026.json; rename the file or move it out of the folder`);
      continue;
    }

    const fileProblems: string[] = [];
    const raw = readCalendarFile(join(directory, name), fileProblems);
    if (raw !== undefined) {
      fileProblems.push(...findCalendarProblems(raw));
      const year = (raw as { year?: unknown }).year;
      if (Number.isInteger(year) && year !== Number(match[1])) {
        fileProblems.push(`"year" ${String(year)} does not match the file name; a file holds the year it is named after`);
      }
    }

    problems.push(...fileProblems.map((problem) => `${name}: ${problem}`));
    if (fileProblems.length === 0) calendars.push(raw as HolidayCalendarYear);
  }

  if (problems.length > 0) {
    throw new HolidayCalendarError(`Invalid holiday calendars in ${directory}:\n- ${problems.join('\n- ')}`);
  }

  const warnings = calendars
    .filter((calendar) => !calendar.confirmed)
    .map((calendar) => `Holiday calendar ${calendar.year}.json is not confirmed, so deadlines that run through ${calendar.year} are shown as estimates. Check it against the decree for ${calendar.year}, then set "confirmed" to true.`);
  return { calendars: calendars.map(toCalendar), warnings };
}

/** Returns the parsed file, or undefined after adding its read or syntax error to `problems`. */
function readCalendarFile(path: string, problems: string[]): unknown {
  try {
    return readJsonFile(path, 'calendar file');
  } catch (error) {
    if (!(error instanceof JsonFileError)) throw error;
    problems.push(error.message);
    return undefined;
  }
}

/** Copies the known keys, leaving out `note` where the file has none. */
function toCalendar({ year, confirmed, source, holidays }: HolidayCalendarYear): HolidayCalendarYear {
  return {
    year,
    confirmed,
    source,
    holidays: holidays.map(({ date, kind, name, note }) => (note === undefined ? { date, kind, name } : { date, kind, name, note })),
  };
}
