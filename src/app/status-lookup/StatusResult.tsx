import type { TFunction } from 'i18next';
import type { DeadlineDate } from '../../domain/calendar/holiday-calendar.ts';
import { agencyName, type KioskConfig } from '../../domain/config.ts';
import type { Locale, StatusResponse } from '../../domain/submission.ts';
import { translateOptional } from '../i18n/i18n.ts';
import { formTitleKey } from '../i18n/form-keys.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { formatDateTime } from '../receipt/format-date-time.ts';
import { formatLocalDate } from './format-local-date.ts';

/** Id of the result's heading, which takes focus after a successful look-up. */
export const RESULT_HEADING_ID = 'status-result-heading';

interface StatusResultProps {
  status: StatusResponse;
  /** The number the visitor looked up: the one on their receipt. */
  lookedUpNumber: string;
  config: KioskConfig;
  onCheckAnother: () => void;
}

/**
 * Renders the status of one request: what it means for the visitor, the dates that matter and
 * the history. The server's response contains nothing personal, and this view adds nothing.
 */
export function StatusResult({ status, lookedUpNumber, config, onCheckAnother }: StatusResultProps) {
  const { t, language } = useTranslation();
  const deadlines = [status.deadline, status.extendedDeadline];
  const hasEstimate = deadlines.some((deadline) => deadline?.estimate === true);

  return (
    <section class="status-result" aria-labelledby={RESULT_HEADING_ID}>
      <h2 id={RESULT_HEADING_ID} tabIndex={-1}>
        {t('statusLookup.resultTitle')}
      </h2>

      <div class={`status-result__current status-result__current--${status.status}`}>
        <p class="status-result__label">{t('statusLookup.statusLabel')}</p>
        <p class="status-result__status">{t(`statusLookup.statuses.${status.status}.name`)}</p>
        {/* Objections and complaints go their own way after a status; requests use the general texts. */}
        <p class="status-result__meaning">
          {t([`statusLookup.formStatuses.${status.formId}.${status.status}`, `statusLookup.statuses.${status.status}.meaning`])}
        </p>
      </div>

      <dl class="summary-list">
        <Row label={t('statusLookup.registrationNumber')} value={status.registrationNumber} />
        {/* The server found the request by a number its device printed before the server replaced it. */}
        {lookedUpNumber !== status.registrationNumber && <Row label={t('statusLookup.replacedNumber')} value={lookedUpNumber} />}
        <Row label={t('statusLookup.agency')} value={agencyName(config, status.agency, language)} />
        <Row label={t('statusLookup.form')} value={translateOptional(t, formTitleKey(status.formId)) ?? status.formId} />
        <Row label={t('statusLookup.receivedAt')} value={formatDateTime(status.receivedAt, config, language, t)} />
        {status.deadline && <Row label={t('statusLookup.deadline')} value={deadlineText(t, status.deadline, language)} />}
        {status.extendedDeadline && (
          <Row label={t('statusLookup.extendedDeadline')} value={deadlineText(t, status.extendedDeadline, language)} />
        )}
      </dl>
      {hasEstimate && <p class="status-result__note">{t('statusLookup.estimateNote')}</p>}

      <h3 class="status-result__history-title">{t('statusLookup.historyTitle')}</h3>
      <ol class="status-history">
        {status.history.map((entry) => (
          <li key={`${entry.status}:${entry.at}`} class="status-history__entry">
            {t('statusLookup.historyEntry', {
              status: t(`statusLookup.statuses.${entry.status}.name`),
              dateTime: formatDateTime(entry.at, config, language, t),
            })}
          </li>
        ))}
      </ol>

      <div class="button-row">
        <button type="button" class="button button--primary" onClick={onCheckAnother}>
          {t('statusLookup.checkAnother')}
        </button>
      </div>
    </section>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div class="summary-list__row">
      <dt class="summary-list__key">{label}</dt>
      <dd class="summary-list__value">{value}</dd>
    </div>
  );
}

function deadlineText(t: TFunction, deadline: DeadlineDate, language: Locale): string {
  const date = formatLocalDate(deadline.date, language);
  return deadline.estimate ? t('statusLookup.estimate', { date }) : date;
}
