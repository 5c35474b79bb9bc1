import type { DeadlineRule } from '../forms/types.ts';
import type { DeadlineDate, HolidayCalendarYear } from './holiday-calendar.ts';

/**
 * Working-day arithmetic for legal deadlines. Days are local calendar dates (YYYY-MM-DD) in
 * the agency's time zone: a request captured at 23:30 WIB is received that day, whatever the
 * UTC date. Saturdays, Sundays, national holidays and cuti bersama are not working days.
 */

const DAY_MS = 86_400_000;

/** Returns the calendar date of an instant in an IANA time zone, as YYYY-MM-DD. */
export function localDateIn(instant: string | Date, timeZone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(instant)}`);
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

function toDayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Counts `workingDays` working days after `startDate`, not counting the start date itself,
 * and returns the last of them. A year without a calendar, or with an unconfirmed one, counts
 * only weekends as days off there and marks the result as an estimate.
 */
export function addWorkingDays(startDate: string, workingDays: number, calendars: readonly HolidayCalendarYear[]): DeadlineDate {
  const byYear = new Map(calendars.map((calendar) => [calendar.year, calendar]));
  const holidays = new Set(calendars.flatMap((calendar) => calendar.holidays.map((holiday) => holiday.date)));
  let day = toDayNumber(startDate);
  let estimate = false;
  let counted = 0;
  while (counted < workingDays) {
    day += 1;
    const date = fromDayNumber(day);
    const calendar = byYear.get(Number(date.slice(0, 4)));
    if (!calendar?.confirmed) estimate = true;
    const weekday = new Date(day * DAY_MS).getUTCDay();
    if (weekday === 0 || weekday === 6 || holidays.has(date)) continue;
    counted += 1;
  }
  return { date: fromDayNumber(day), estimate };
}

/** The answer deadline of a submission received at `receivedAt`, and the deadline after an extension. */
export function answerDeadlines(
  receivedAt: string,
  timeZone: string,
  rule: DeadlineRule,
  calendars: readonly HolidayCalendarYear[],
): { due: DeadlineDate; extendedDue: DeadlineDate } {
  const due = addWorkingDays(localDateIn(receivedAt, timeZone), rule.answerWorkingDays, calendars);
  const extension = addWorkingDays(due.date, rule.extensionWorkingDays, calendars);
  return { due, extendedDue: { date: extension.date, estimate: due.estimate || extension.estimate } };
}
