import type { KioskConfig } from '../../domain/config.ts';
import type { FormDefinition } from '../../domain/forms/types.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import type { OutboxRecord } from '../outbox/types.ts';
import { formatDateTime } from './format-date-time.ts';
import { receiptDeadlineText } from './receipt-deadline.ts';
import { receiptStateText } from './receipt-state-text.ts';

interface ReceiptDetailsProps {
  record: OutboxRecord;
  /** undefined for a form this release does not know; the deadline is then left out. */
  definition: FormDefinition | undefined;
  config: KioskConfig;
}

/**
 * Renders when the request was received (in the agency's time zone), its answer deadline and,
 * on screen only, its state, because on paper the state is out of date once printed.
 */
export function ReceiptDetails({ record, definition, config }: ReceiptDetailsProps) {
  const { t, language } = useTranslation();
  const deadline = definition?.deadline && receiptDeadlineText(t, record.receipt.capturedAt, definition.deadline, config, language);
  return (
    <dl class="summary-list" data-speech-intro>
      <div class="summary-list__row">
        <dt class="summary-list__key">{t('receipt.capturedAt')}</dt>
        <dd class="summary-list__value">{formatDateTime(record.receipt.capturedAt, config, language, t)}</dd>
      </div>
      {deadline && (
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('receipt.deadlineLabel')}</dt>
          <dd class="summary-list__value">
            {deadline.due}
            {deadline.extension && <span class="receipt__deadline-extension">{deadline.extension}</span>}
          </dd>
        </div>
      )}
      {record.receipt.correctedFrom && (
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('receipt.dateCorrectedLabel')}</dt>
          <dd class="summary-list__value">{t('receipt.dateCorrected')}</dd>
        </div>
      )}
      <div class="summary-list__row no-print">
        <dt class="summary-list__key">{t('receipt.state')}</dt>
        <dd class="summary-list__value">{receiptStateText(t, record)}</dd>
      </div>
    </dl>
  );
}
