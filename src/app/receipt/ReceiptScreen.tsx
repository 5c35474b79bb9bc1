import { useEffect, useRef, useState } from 'preact/hooks';
import type { KioskConfig } from '../../domain/config.ts';
import { findFormDefinition } from '../../domain/forms/registry.ts';
import { receiptTopic, screenTopic } from '../../domain/sign-language/topics.ts';
import { announce } from '../a11y/announcer.ts';
import { ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { isSharedDevice } from '../device.ts';
import { formTitleKey, receiptTitleKey } from '../i18n/form-keys.ts';
import { translateOptional } from '../i18n/i18n.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import type { OutboxRecord } from '../outbox/types.ts';
import '../styles/printed-receipt.css';
import { PrintedApplicant } from './print/PrintedApplicant.tsx';
import { getPrintLayout } from './print/print-layout.ts';
import { StatusQr } from './print/StatusQr.tsx';
import { ReceiptAnswers } from './ReceiptAnswers.tsx';
import { ReceiptCode } from './ReceiptCode.tsx';
import { DroppedFilesNotice } from './DroppedFilesNotice.tsx';
import { ReceiptDetails } from './ReceiptDetails.tsx';
import { SlashBreaks } from './SlashBreaks.tsx';
import { nextStepsKey } from './next-steps-key.ts';
import { receiptCode } from './receipt-code.ts';

interface ReceiptScreenProps {
  /** undefined while loading, null when the device no longer has the record. */
  record: OutboxRecord | null | undefined;
  config: KioskConfig;
  /** Opened from the list of receipts: "back to the list" instead of "Selesai". */
  fromList: boolean;
  /** Attachments the outbox could not keep, as its submit result named them; the record may name more. */
  droppedFiles?: readonly string[];
  onFinish: () => void;
  onBackToList: () => void;
  /** Opens this receipt in braille; the button shows wherever the receipt may be printed. */
  onOpenBraille?: () => void;
}

/**
 * "Tanda bukti permohonan" (or keberatan, pengaduan): number, date and time, deadline where the
 * form has one, agency, the summary of the answers, the attached files, a notice naming files
 * that storage could not keep, and the state, which updates while the screen is open. The same markup
 * is the printed receipt (printed-receipt.css, 80 mm or A4 as print-layout.ts sets). On paper
 * it adds a header repeated on every page, a QR code to the status page, and the applicant's
 * name and masked NIK. The applicant prints only on the receipt just issued, never on one
 * reopened from the device's list. These print-only parts are hidden on screen, where the next
 * visitor could read them. No phone number, address or e-mail appears on screen or on paper.
 */
export function ReceiptScreen({ record, config, fromList, droppedFiles = [], onFinish, onBackToList, onOpenBraille }: ReceiptScreenProps) {
  const { t } = useTranslation();
  useAnnounceSent(record);
  const [printLayout] = useState(getPrintLayout);
  const definition = record ? findFormDefinition(record.receipt.formId) : undefined;
  // On a kiosk the list is open to every later visitor. The tracking code unlocks the status
  // page, and the answers may be private, so a receipt reopened there shows neither and cannot
  // be printed again: staff help a visitor who lost the printed one.
  const limited = fromList && isSharedDevice();
  const formId = record?.receipt.formId;
  const title = (formId && translateOptional(t, receiptTitleKey(formId))) || t('receipt.title');
  const dropped = [...new Set([...(record?.receipt.droppedAttachments ?? []), ...droppedFiles])];

  return (
    <div class={`screen receipt receipt--${printLayout}`} data-sign-topic={formId ? receiptTopic(formId) : screenTopic('receipt')}>
      {record && (
        <p class="receipt__running-header print-only">
          <SlashBreaks text={t('printedReceipt.runningHeader', { number: receiptCode(record) })} />
        </p>
      )}
      <div class="receipt__sheet">
        <ScreenHeading title={title} />
        {record === undefined && <p>{t('receipt.loading')}</p>}
        {record === null && <p>{t('receipt.notFound')}</p>}
        {record && (
          <>
            <p class="receipt__body">{config.body}</p>
            <p class="receipt__form">{t(formTitleKey(record.receipt.formId))}</p>
            <div class="receipt__identity">
              <ReceiptCode record={record} withTrackingCode={!limited} />
              {!limited && <StatusQr record={record} publicUrl={config.publicUrl} />}
            </div>
            <ReceiptDetails record={record} definition={definition} config={config} />
            {!limited && dropped.length > 0 && <DroppedFilesNotice files={dropped} />}
            {/* A receipt opened from the device's list may be an earlier visitor's. */}
            {!fromList && <PrintedApplicant applicant={record.receipt.applicant} />}
            {limited && <p class="notice">{t('receipt.limitedOnKiosk')}</p>}
            {definition && !limited && (
              <>
                <h2>{t('receipt.summaryTitle')}</h2>
                <ReceiptAnswers definition={definition} summary={record.receipt} config={config} />
              </>
            )}
            <h2>{t('receipt.nextStepsTitle')}</h2>
            <p>{t(nextStepsKey(record.receipt.formId))}</p>
          </>
        )}
      </div>

      <div class="button-row no-print">
        {record && !limited && (
          <button type="button" class="button button--secondary" onClick={() => window.print()}>
            {t('receipt.print')}
          </button>
        )}
        {/* Braille is a print too: a receipt that may not be printed again is not offered in braille either. */}
        {record && !limited && onOpenBraille && (
          <button type="button" class="button button--secondary" onClick={onOpenBraille}>
            {t('braille.receipt.open')}
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
