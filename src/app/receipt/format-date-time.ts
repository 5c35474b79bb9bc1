import type { TFunction } from 'i18next';
import type { KioskConfig } from '../../domain/config.ts';
import type { Locale } from '../../domain/submission.ts';
import { intlLocale } from '../i18n/i18n.ts';

/**
 * Formats a moment in the agency's time zone with the zone's printed name, such as
 * "4 Desember 2026 19.53 WIB". A request is received on the agency's local day, regardless
 * of the device's own zone and of UTC, so the device zone is never used.
 */
export function formatDateTime(
  iso: string,
  zone: Pick<KioskConfig, 'timeZone' | 'timeZoneLabel'>,
  language: Locale,
  t: TFunction,
): string {
  const moment = new Date(iso);
  const locale = intlLocale(language);
  const date = new Intl.DateTimeFormat(locale, { timeZone: zone.timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(moment);
  const time = new Intl.DateTimeFormat(locale, { timeZone: zone.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(moment);
  return t('receipt.dateTime', { date, time, zone: zone.timeZoneLabel });
}

/**
 * Formats a calendar date (YYYY-MM-DD), such as a deadline that working-days.ts computed, as
 * "18 Desember 2026". The date is already the agency's local day, so it is formatted in UTC,
 * where midnight of that day cannot move to a neighbouring one.
 */
export function formatCalendarDate(date: string, language: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const moment = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(moment);
}
