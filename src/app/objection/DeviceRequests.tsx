import { agencyName, type KioskConfig } from '../../domain/config.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import type { OutboxRecord } from '../outbox/types.ts';
import { formatDateTime } from '../receipt/format-date-time.ts';
import { requestsOnDevice } from './prefill.ts';

interface DeviceRequestsProps {
  config: KioskConfig;
  /** Every record on the device, newest first; undefined while loading. */
  records: readonly OutboxRecord[] | undefined;
  onUse: (record: OutboxRecord) => void;
}

/**
 * The information requests filed on this device that have a registration number, with number,
 * date and agency only, as the receipts list shows them: the next visitor can read this too.
 */
export function DeviceRequests({ config, records, onUse }: DeviceRequestsProps) {
  const { t, language } = useTranslation();
  if (records === undefined) return <p>{t('receipts.loading')}</p>;
  const requests = requestsOnDevice(records);
  if (requests.length === 0) return <p>{t('objectionSource.deviceEmpty')}</p>;
  return (
    <ul class="receipt-list" data-testid="objection-device-requests">
      {requests.map((record) => {
        const number = record.registrationNumber ?? '';
        return (
          <li key={record.id} class="receipt-list__item">
            <p class="receipt-list__code">{number}</p>
            <p>{formatDateTime(record.receipt.capturedAt, config, language, t)}</p>
            <p>{agencyName(config, record.receipt.agency, language)}</p>
            <button type="button" class="button button--secondary" onClick={() => onUse(record)}>
              {t('objectionSource.useRequest', { number })}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
