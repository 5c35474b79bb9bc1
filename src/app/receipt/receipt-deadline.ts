import type { TFunction } from 'i18next';
import type { DeadlineDate } from '../../domain/calendar/holiday-calendar.ts';
import { answerDeadlines } from '../../domain/calendar/working-days.ts';
import type { KioskConfig } from '../../domain/config.ts';
import type { DeadlineRule } from '../../domain/forms/types.ts';
import type { Locale } from '../../domain/submission.ts';
import { formatCalendarDate } from './format-date-time.ts';

/** The deadline lines of a receipt, ready to print: the answer date and the extension rule. */
export interface ReceiptDeadlineText {
  due: string;
  /** Empty when the form allows no extension. */
  extension: string;
}

/**
 * Describes the legal answer deadline of a request received at `capturedAt` (UU 14/2008
 * Pasal 22 ayat 7-8): working days counted in the agency's time zone with the configured
 * holiday calendars. A date through a year without a confirmed calendar reads
 * "sekitar … (perkiraan)", because a holiday decreed later can move it.
 */
export function receiptDeadlineText(
  t: TFunction,
  capturedAt: string,
  rule: DeadlineRule,
  config: Pick<KioskConfig, 'timeZone' | 'calendars'>,
  language: Locale,
): ReceiptDeadlineText {
  // A configuration cached by a release before calendars existed has none: every date is an estimate.
  const calendars = config.calendars ?? [];
  const { due, extendedDue } = answerDeadlines(capturedAt, config.timeZone, rule, calendars);
  const describe = (deadline: DeadlineDate) => {
    const date = formatCalendarDate(deadline.date, language);
    return deadline.estimate ? t('receipt.deadlineEstimate', { date }) : date;
  };
  return {
    due: describe(due),
    extension:
      rule.extensionWorkingDays > 0 ? t('receipt.deadlineExtension', { days: rule.extensionWorkingDays, date: describe(extendedDue) }) : '',
  };
}
