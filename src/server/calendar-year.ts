/**
 * Returns the calendar year of an instant in an IANA time zone. Registration numbers carry
 * the year in the office's local time: 2027-01-01T00:30 WIB (UTC+7) is 2026-12-31T17:30Z, so
 * its registration number carries 2027 although the UTC year is still 2026.
 */
export function calendarYearIn(timeZone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US-u-ca-gregory', { timeZone, year: 'numeric' }).formatToParts(instant);
  const year = parts.find((part) => part.type === 'year');
  if (!year) throw new Error(`Intl.DateTimeFormat returned no year for time zone ${timeZone}`);
  return Number(year.value);
}
