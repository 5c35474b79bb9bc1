import type { Locale } from '../../domain/submission.ts';
import { intlLocale } from '../i18n/i18n.ts';

/**
 * Formats a calendar date (YYYY-MM-DD) with its weekday, such as "Jumat, 18 Desember 2026".
 * Deadlines are already dates in the agency's time zone, so the date is formatted in UTC to
 * keep the device's own zone from moving it to the day before or after.
 */
export function formatLocalDate(date: string, language: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const moment = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(moment);
}
