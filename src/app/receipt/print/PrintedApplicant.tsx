import { useTranslation } from '../../i18n/use-translation.ts';
import type { ReceiptSummary } from '../../outbox/types.ts';

/**
 * Renders the applicant on the printed receipt: the name and the masked NIK
 * (`3671 **** **** 0001`), never the phone number, address or e-mail. It is print-only,
 * because the next visitor at a kiosk can read the screen, and renders nothing once
 * retention has removed the applicant.
 */
export function PrintedApplicant({ applicant }: { applicant: ReceiptSummary['applicant'] }) {
  const { t } = useTranslation();
  if (!applicant) return null;
  return (
    <div class="printed-applicant print-only">
      <h2>{t('printedReceipt.applicantTitle')}</h2>
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('printedReceipt.applicantName')}</dt>
          <dd class="summary-list__value">{applicant.name}</dd>
        </div>
        {applicant.nikMasked && (
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('printedReceipt.applicantNik')}</dt>
            <dd class="summary-list__value">{applicant.nikMasked}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
