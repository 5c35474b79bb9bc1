import { statusLink } from '../../../domain/status-link.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import type { OutboxRecord } from '../../outbox/types.ts';
import { receiptCode } from '../receipt-code.ts';
import { QrCode } from './QrCode.tsx';

/**
 * Renders the printed QR code to the status page of this receipt, what it is for, and, on A4,
 * the link itself in small type. Without a registration number the link carries the
 * provisional code. The status page finds a request by that code only once the server has
 * given it a number, and the printed text states this.
 */
export function StatusQr({ record, publicUrl }: { record: OutboxRecord; publicUrl: string | undefined }) {
  const { t } = useTranslation();
  if (!record.trackingCode) {
    // The server sends a tracking code with every acknowledgement, so a sent record without
    // one has been through retention (outbox.ts purgeExpired).
    const reason = record.state === 'sent' ? 'printedReceipt.qrRemoved' : 'printedReceipt.qrUnavailable';
    return <p class="status-qr status-qr--missing print-only">{t(reason)}</p>;
  }

  const number = receiptCode(record);
  const link = statusLink(publicUrl ?? location.origin, number, record.trackingCode);
  return (
    <div class="status-qr print-only">
      <QrCode class="status-qr__code" text={link} label={t('printedReceipt.qrLabel', { number })} />
      <p class="status-qr__link">{link}</p>
      <div class="status-qr__text">
        <p>{t('printedReceipt.qrHelp')}</p>
        {!record.registrationNumber && <p>{t('printedReceipt.qrProvisional')}</p>}
      </div>
    </div>
  );
}
