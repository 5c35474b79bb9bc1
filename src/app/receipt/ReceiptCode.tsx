import { informationRequest } from '../../domain/forms/information-request.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import type { OutboxRecord } from '../outbox/types.ts';
import { SlashBreaks } from './SlashBreaks.tsx';

/**
 * Renders the number on the receipt and what kind it is. Under UU 14/2008 Pasal 22 the
 * registration number (nomor pendaftaran) is the receipt of the request. It comes from one of
 * the device's number blocks or from the server. Until there is one, the receipt carries the
 * provisional code with a note that it will be replaced. The tracking code stays the same
 * when the number changes. Without `withTrackingCode` the code is left out, for a receipt that
 * a later visitor could open.
 */
export function ReceiptCode({ record, withTrackingCode = true }: { record: OutboxRecord; withTrackingCode?: boolean }) {
  const { t } = useTranslation();
  const trackingCode = withTrackingCode && record.trackingCode && (
    <>
      <dt>{t('receipt.trackingCode')}</dt>
      <dd class="receipt-code__value receipt-code__value--tracking" data-speech-spell>
        {record.trackingCode}
      </dd>
    </>
  );

  if (record.registrationNumber) {
    return (
      <div class="receipt-code">
        <dl data-speech-intro>
          <dt>{t('receipt.registrationNumber')}</dt>
          <dd class="receipt-code__value receipt-code__value--number">
            <SlashBreaks text={record.registrationNumber} />
          </dd>
          {trackingCode}
        </dl>
        {/* UU 14/2008 Pasal 22 makes the number the receipt of an information request only. */}
        <p>{t(record.receipt.formId === informationRequest.id ? 'receipt.officialNumber' : 'receipt.officialNumberOther')}</p>
        {record.replacedNumber ? (
          <p>{t('receipt.replacedNumber', { number: record.replacedNumber })}</p>
        ) : (
          record.numberSource !== 'block' && <p>{t('receipt.replacedProvisionalCode', { code: record.receipt.provisionalCode })}</p>
        )}
        {withTrackingCode && <p>{t('receipt.trackingCodeHelp')}</p>}
      </div>
    );
  }
  return (
    <div class="receipt-code">
      <dl data-speech-intro>
        <dt>{t('receipt.provisionalCode')}</dt>
        <dd class="receipt-code__value receipt-code__value--number" data-speech-spell>
          {record.receipt.provisionalCode}
        </dd>
        {trackingCode}
      </dl>
      <p>{t('receipt.provisionalCodeHelp')}</p>
      {trackingCode && <p>{t('receipt.trackingCodeStillValid')}</p>}
    </div>
  );
}
