import type { DeadlineRule } from '../forms/types.ts';
import type { DeadlineDate, HolidayCalendarYear } from './holiday-calendar.ts';

/**
 * Working-day arithmetic for legal deadlines. Days are local calendar dates (YYYY-MM-DD) in
 * the agency's time zone: a request captured at 23:30 WIB is received that day, whatever the
 * UTC date or the device's own zone. Saturdays, Sundays, national holidays and cuti bersama
 * are not working days. Dates are counted as whole days since 1970-01-01 (UTC), so daylight
 * saving and the runtime's zone never shift a day.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// An instant needs a time and an explicit offset: without one, `new Date` reads the string in
// the runtime's own zone, and a device set to WITA would then move late-night captures by a day.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
// The largest count in the law is 30 working days. This maximum only stops a bad rule from
// looping for a long time.
const MAX_WORKING_DAYS = 10_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Returns the calendar date of an instant in an IANA time zone, as YYYY-MM-DD. */
export function localDateIn(instant: string | Date, timeZone: string): string {
  if (typeof instant === 'string' && !ISO_INSTANT.test(instant)) {
    throw new RangeError(`Not an ISO 8601 instant with Z or an offset such as +07:00: ${instant}`);
  }
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(instant)}`);

  // formatToParts, because the order of a locale's formatted date differs between ICU versions.
  const parts = formatterFor(timeZone).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Returns the calendar year of an instant in an IANA time zone, the year a registration number carries. */
export function localYearIn(instant: string | Date, timeZone: string): number {
  return Number(localDateIn(instant, timeZone).slice(0, 4));
}

/** Caches one formatter per zone, because creating one costs far more than formatting. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for a zone that this runtime does not know.
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Returns the days since 1970-01-01 of a YYYY-MM-DD date. Throws RangeError for an impossible date such as 2026-02-30. */
function toDayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const day = Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
  if (fromDayNumber(day) !== date) throw new RangeError(`Not a real calendar date: ${date}`);
  return day;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 1970-01-01 was a Thursday; returns 0 for Sunday to 6 for Saturday, like Date#getUTCDay. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Counts `workingDays` working days after `startDate`, not counting the start date itself,
 * and returns the last of them. The start date may itself be a weekend or a holiday: a
 * request received on a Saturday has the Monday after as its first working day.
 *
 * Every calendar's holidays count as days off, confirmed or not, because an unconfirmed
 * calendar's expected dates give a better estimate than none. The result is an estimate when
 * a day after the start date, up to the result, falls in a year without a calendar or with an
 * unconfirmed one. Throws RangeError for an invalid date or a count that is not a whole
 * number from 0 to 10,000.
 */
export function addWorkingDays(startDate: string, workingDays: number, calendars: readonly HolidayCalendarYear[]): DeadlineDate {
  if (!Number.isInteger(workingDays) || workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
    throw new RangeError(`Working days must be a whole number from 0 to ${MAX_WORKING_DAYS}: ${workingDays}`);
  }

  const confirmedYears = new Set(calendars.filter((calendar) => calendar.confirmed).map((calendar) => calendar.year));
  const daysOff = new Set(calendars.flatMap((calendar) => calendar.holidays.map((holiday) => holiday.date)));

  let day = toDayNumber(startDate);
  let estimate = false;
  let counted = 0;
  while (counted < workingDays) {
    day += 1;
    const date = fromDayNumber(day);
    if (!confirmedYears.has(Number(date.slice(0, 4)))) estimate = true;

    const weekday = weekdayOf(day);
    if (weekday === 0 || weekday === 6 || daysOff.has(date)) continue;
    counted += 1;
  }
  return { date: fromDayNumber(day), estimate };
}

/**
 * Returns the answer deadline of a submission received at `receivedAt` (an ISO 8601 instant
 * with an offset), and the deadline after the one extension the rule allows, counted on from
 * the first deadline.
 */
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
