import { useEffect, useRef } from 'preact/hooks';
import type { KioskConfig } from '../../domain/config.ts';
import { findFormDefinition } from '../../domain/forms/registry.ts';
import { announce } from '../a11y/announcer.ts';
import { ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { formTitleKey } from '../i18n/form-keys.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import type { OutboxRecord } from '../outbox/types.ts';
import { formatDateTime } from './format-date-time.ts';
import { ReceiptAnswers } from './ReceiptAnswers.tsx';
import { ReceiptCode } from './ReceiptCode.tsx';
import { receiptStateText } from './receipt-state-text.ts';

interface ReceiptScreenProps {
  /** undefined while loading, null when the device no longer has the record. */
  record: OutboxRecord | null | undefined;
  config: KioskConfig;
  /** Opened from the list of receipts: "back to the list" instead of "Selesai". */
  fromList: boolean;
  onFinish: () => void;
  onBackToList: () => void;
}

/**
 * "Tanda bukti permohonan": code, date and time, agency, what was asked and how it will be
 * delivered, and the state, which updates while the screen is open. No NIK, phone number or
 * address appears here, on screen or on paper.
 */
export function ReceiptScreen({ record, config, fromList, onFinish, onBackToList }: ReceiptScreenProps) {
  const { t, language } = useTranslation();
  useAnnounceSent(record);
  const definition = record ? findFormDefinition(record.receipt.formId) : undefined;

  return (
    <div class="screen receipt">
      <ScreenHeading title={t('receipt.title')} />
      {record === undefined && <p>{t('receipt.loading')}</p>}
      {record === null && <p>{t('receipt.notFound')}</p>}
      {record && (
        <>
          <p class="receipt__body">{config.body}</p>
          <p class="receipt__form">{t(formTitleKey(record.receipt.formId))}</p>
          <ReceiptCode record={record} />
          <dl class="summary-list">
            <div class="summary-list__row">
              <dt class="summary-list__key">{t('receipt.capturedAt')}</dt>
              <dd class="summary-list__value">{formatDateTime(record.receipt.capturedAt, config, language, t)}</dd>
            </div>
            <div class="summary-list__row">
              <dt class="summary-list__key">{t('receipt.state')}</dt>
              <dd class="summary-list__value">{receiptStateText(t, record)}</dd>
            </div>
          </dl>
          {definition && (
            <>
              <h2>{t('receipt.summaryTitle')}</h2>
              <ReceiptAnswers definition={definition} summary={record.receipt} agencies={config.agencies} />
            </>
          )}
          <h2>{t('receipt.nextStepsTitle')}</h2>
          <p>{t('receipt.deadline')}</p>
          <p>{t('receipt.objection')}</p>
        </>
      )}

      <div class="button-row no-print">
        {record && (
          <button type="button" class="button button--secondary" onClick={() => window.print()}>
            {t('receipt.print')}
          </button>
        )}
        {fromList ? (
          <button type="button" class="button button--secondary" onClick={onBackToList}>
            {t('receipt.backToList')}
          </button>
        ) : (
          <button type="button" class="button button--primary" onClick={onFinish}>
            {t('receipt.finish')}
          </button>
        )}
      </div>
    </div>
  );
}

/** Speaks the registration number when a record on screen changes from queued to sent. */
function useAnnounceSent(record: OutboxRecord | null | undefined): void {
  const { t } = useTranslation();
  const previousState = useRef(record?.state);
  useEffect(() => {
    const before = previousState.current;
    previousState.current = record?.state;
    if (before === 'queued' && record?.state === 'sent' && record.registrationNumber) {
      announce(t('receipt.announceSent', { number: record.registrationNumber }));
    }
  }, [record?.state]);
}
