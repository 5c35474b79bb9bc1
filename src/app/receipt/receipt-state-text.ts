import type { TFunction } from 'i18next';
import type { OutboxRecord } from '../outbox/types.ts';

/** Returns the receipt's state line: saved on the device, sent to the PPID, or needing staff with the reason. */
export function receiptStateText(t: TFunction, record: OutboxRecord): string {
  switch (record.state) {
    case 'queued':
      return t('receipt.queued');
    case 'sent':
      return t('receipt.sent');
    case 'attention': {
      const code = record.lastError?.code ?? 'other';
      const reason = t([`receipt.attentionReason.${code}`, 'receipt.attentionReason.other']);
      return t('receipt.attention', { reason });
    }
  }
}
