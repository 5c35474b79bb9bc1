import { localYearIn } from '../domain/calendar/working-days.ts';

/**
 * Returns the calendar year of an instant in an IANA time zone. Registration numbers carry
 * the year in the office's local time: 2027-01-01T00:30 WIB (UTC+7) is 2026-12-31T17:30Z, so
 * its registration number carries 2027 although the UTC year is still 2026.
 */
export function calendarYearIn(timeZone: string, instant: Date): number {
  return localYearIn(instant, timeZone);
}
