import { useEffect, useMemo, useRef } from 'preact/hooks';
import { localDateIn } from '../../domain/calendar/working-days.ts';
import type { KioskConfig } from '../../domain/config.ts';
import { screenTopic } from '../../domain/sign-language/topics.ts';
import { announce } from '../a11y/announcer.ts';
import { ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { isSharedDevice } from '../device.ts';
import type { ReceiptSource } from '../flow/flow-state.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { useOutboxRecord } from '../outbox/hooks.ts';
import type { OutboxRecord } from '../outbox/types.ts';
import { receiptCode } from '../receipt/receipt-code.ts';
import { BrailleScreen, type BrailleScreenProps } from './BrailleScreen.tsx';
import { fileNamePart, fileNameSlug } from './download-file.ts';
import { namesApplicant, receiptSource } from './receipt-source.ts';

interface ReceiptBrailleScreenProps extends Pick<BrailleScreenProps, 'pageSize' | 'onPageSizeChange'> {
  source: ReceiptSource;
  /** Opened from the device's list, so the receipt may be an earlier visitor's. */
  fromList: boolean;
  config: KioskConfig;
  onBack: () => void;
}

/** Renders the braille screen for a receipt, laid out again whenever the sync engine updates its record. */
export function ReceiptBrailleScreen({ source, ...props }: ReceiptBrailleScreenProps) {
  const stored = useOutboxRecord(source.kind === 'outbox' ? source.id : undefined);
  const record = source.kind === 'outbox' ? stored : source.record;
  const droppedFiles = source.kind === 'outbox' ? source.droppedFiles : undefined;
  return <ReceiptBraille record={record} droppedFiles={droppedFiles} {...props} />;
}

interface ReceiptBrailleProps extends Pick<BrailleScreenProps, 'pageSize' | 'onPageSizeChange'> {
  /** undefined while loading, null when the device no longer has the record. */
  record: OutboxRecord | null | undefined;
  fromList: boolean;
  droppedFiles?: readonly string[];
  config: KioskConfig;
  onBack: () => void;
}

function ReceiptBraille({ record, fromList, droppedFiles, config, onBack, ...pageSizeMemory }: ReceiptBrailleProps) {
  const { t, language } = useTranslation();
  const sharedDevice = isSharedDevice();
  const source = useMemo(
    () => record && receiptSource(record, t, { config, language, fromList, sharedDevice, droppedFiles, origin: location.origin }),
    [record, language, fromList, sharedDevice, droppedFiles, config],
  );
  useAnnounceNewNumber(record);

  if (!record || !source) {
    return (
      <div class="screen" data-sign-topic={screenTopic('braille')}>
        <ScreenHeading title={t('braille.receipt.title')} />
        <p>{t(record === undefined ? 'receipt.loading' : 'receipt.notFound')}</p>
        <div class="button-row">
          <button type="button" class="button button--secondary" onClick={onBack}>
            {t('braille.receipt.back')}
          </button>
        </div>
      </div>
    );
  }
  const code = receiptCode(record);
  return (
    <BrailleScreen
      source={source}
      config={config}
      identifier={code}
      date={localDateIn(record.receipt.capturedAt, config.timeZone)}
      fileName={`${fileNameSlug(t('braille.receipt.fileName'))}-${fileNamePart(code)}`}
      jobTitle={`${source.title} ${code}`}
      personal={namesApplicant(record, { fromList, sharedDevice })}
      backLabel={t('braille.receipt.back')}
      onBack={onBack}
      {...pageSizeMemory}
    />
  );
}

/**
 * Announces a registration number that arrives while the braille receipt is open, as when the
 * sync engine sends a queued submission. The braille text changes under the reader, and the
 * status bar's "Semua sudah terkirim." alone does not say that this document changed.
 */
function useAnnounceNewNumber(record: OutboxRecord | null | undefined): void {
  const { t } = useTranslation();
  // undefined until the record has loaded, so the number it opens with is not announced.
  const lastSeen = useRef<{ number: string | undefined } | undefined>(undefined);
  const number = record?.registrationNumber;
  useEffect(() => {
    if (!record) return;
    const before = lastSeen.current;
    lastSeen.current = { number };
    if (before && number && number !== before.number) announce(t('braille.receipt.announceNumber', { number }));
  }, [record, number]);
}
