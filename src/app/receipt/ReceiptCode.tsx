import { useTranslation } from '../i18n/use-translation.ts';
import type { OutboxRecord } from '../outbox/types.ts';

/**
 * The number on the receipt. Until the server accepts the request, it is the provisional code with a
 * note that it will be replaced; afterwards the registration number (nomor pendaftaran,
 * which under UU 14/2008 Pasal 22 is the receipt of the request) and the tracking code.
 */
export function ReceiptCode({ record }: { record: OutboxRecord }) {
  const { t } = useTranslation();
  if (record.registrationNumber) {
    return (
      <div class="receipt-code">
        <dl>
          <dt>{t('receipt.registrationNumber')}</dt>
          <dd class="receipt-code__value">{record.registrationNumber}</dd>
          {record.trackingCode && (
            <>
              <dt>{t('receipt.trackingCode')}</dt>
              <dd class="receipt-code__value">{record.trackingCode}</dd>
            </>
          )}
        </dl>
        <p>{t('receipt.trackingCodeHelp')}</p>
      </div>
    );
  }
  return (
    <div class="receipt-code">
      <dl>
        <dt>{t('receipt.provisionalCode')}</dt>
        <dd class="receipt-code__value">{record.receipt.provisionalCode}</dd>
      </dl>
      <p>{t('receipt.provisionalCodeHelp')}</p>
    </div>
  );
}
