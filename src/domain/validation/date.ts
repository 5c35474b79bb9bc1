/** A calendar date as `<input type="date">` gives it and the payload stores it. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The earliest date of an event the forms accept; anything before is a typing slip. */
const EARLIEST = '1900-01-01';

/**
 * Checks a date of an event: a real calendar date, YYYY-MM-DD, not before 1900 and not after
 * `today` (YYYY-MM-DD in the agency's time zone) when given. Returns the error code or null.
 */
export function checkDate(text: string, today?: string): 'dateInvalid' | 'dateInFuture' | null {
  const match = ISO_DATE.exec(text);
  if (!match) return 'dateInvalid';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || text < EARLIEST) return 'dateInvalid';
  // ISO dates compare correctly as strings.
  if (today !== undefined && text > today) return 'dateInFuture';
  return null;
}
