import type { ComponentProps } from 'preact';
import { useOutboxRecord } from '../outbox/hooks.ts';
import { ReceiptScreen } from './ReceiptScreen.tsx';

type OutboxReceiptScreenProps = Omit<ComponentProps<typeof ReceiptScreen>, 'record'> & { id: string };

/** The receipt of a record in the outbox, re-rendered whenever the sync engine updates it. */
export function OutboxReceiptScreen({ id, ...props }: OutboxReceiptScreenProps) {
  const record = useOutboxRecord(id);
  return <ReceiptScreen record={record} {...props} />;
}
