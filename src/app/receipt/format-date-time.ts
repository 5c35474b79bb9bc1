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
