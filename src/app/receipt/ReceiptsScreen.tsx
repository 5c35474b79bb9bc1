import { useState } from 'preact/hooks';
import { agencyName, type KioskConfig } from '../../domain/config.ts';
import { screenTopic } from '../../domain/sign-language/topics.ts';
import { announce } from '../a11y/announcer.ts';
import { ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { translateOptional } from '../i18n/i18n.ts';
import { formTitleKey } from '../i18n/form-keys.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import type { OutboxRecord, OutboxState } from '../outbox/types.ts';
import { formatDateTime } from './format-date-time.ts';
import { receiptCode } from './receipt-code.ts';

interface ReceiptsScreenProps {
  /** Newest first; undefined while loading. */
  records: readonly OutboxRecord[] | undefined;
  online: boolean;
  config: KioskConfig;
  onOpen: (id: string) => void;
  onBack: () => void;
  /** Sends what is queued now; resolves with how many went and how many still wait. */
  onSendNow: () => Promise<{ sent: number; waiting: number }>;
}

const STATE_KEYS: Record<OutboxState, string> = {
  queued: 'receipts.stateQueued',
  sent: 'receipts.stateSent',
  attention: 'receipts.stateAttention',
};

/**
 * "Tanda bukti di perangkat ini": the receipts kept on this device, with code, kind of form,
 * date, agency and state only, because the next visitor can read this screen too.
 */
export function ReceiptsScreen({ records, online, config, onOpen, onBack, onSendNow }: ReceiptsScreenProps) {
  const { t, language } = useTranslation();
  const [sending, setSending] = useState(false);

  const sendNow = async () => {
    if (sending) return;
    // Offline every attempt would fail, so announce that instead of trying.
    if (!online) {
      announce(t('receipts.offlineNote'));
      return;
    }
    setSending(true);
    try {
      const result = await onSendNow();
      announce(t('receipts.sendResult', result));
    } catch (error) {
      console.error('Sending queued requests failed', error);
      announce(t('receipts.sendFailed'));
    } finally {
      setSending(false);
    }
  };

  return (
    <div class="screen" data-sign-topic={screenTopic('receipts')}>
      <ScreenHeading title={t('receipts.title')} lead={t('receipts.intro')} />
      {!online && <p class="notice">{t('receipts.offlineNote')}</p>}

      <div class="button-row">
        <button type="button" class="button button--primary" aria-disabled={sending || undefined} onClick={() => void sendNow()}>
          {sending ? t('receipts.sending') : t('receipts.sendNow')}
        </button>
        <button type="button" class="button button--secondary" onClick={onBack}>
          {t('receipts.back')}
        </button>
      </div>

      {records === undefined && <p>{t('receipts.loading')}</p>}
      {records?.length === 0 && <p>{t('receipts.empty')}</p>}
      {records && records.length > 0 && (
        <ul class="receipt-list">
          {records.map((record) => {
            const code = receiptCode(record);
            return (
              <li key={record.id} class="receipt-list__item">
                <p class="receipt-list__code">{code}</p>
                <p class="receipt-list__kind">{translateOptional(t, formTitleKey(record.receipt.formId)) ?? record.receipt.formId}</p>
                {record.replacedNumber ? (
                  <p>{t('receipts.replacedNumber', { number: record.replacedNumber })}</p>
                ) : (
                  // A block number was on the receipt from the start: it replaced nothing.
                  record.registrationNumber &&
                  record.numberSource !== 'block' && <p>{t('receipts.replacedCode', { code: record.receipt.provisionalCode })}</p>
                )}
                <p>{formatDateTime(record.receipt.capturedAt, config, language, t)}</p>
                <p>{agencyName(config, record.receipt.agency, language)}</p>
                <p class={`receipt-list__state receipt-list__state--${record.state}`}>{t(STATE_KEYS[record.state])}</p>
                <button type="button" class="button button--secondary" onClick={() => onOpen(record.id)}>
                  {t('receipts.open', { code })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
