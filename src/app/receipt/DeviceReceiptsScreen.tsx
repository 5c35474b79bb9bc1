import type { ComponentProps } from 'preact';
import { useOnline } from '../network.ts';
import { useOutboxRecords } from '../outbox/hooks.ts';
import { countWaiting } from '../outbox/outbox.ts';
import { requestSync } from '../outbox/sync-engine.ts';
import { ReceiptsScreen } from './ReceiptsScreen.tsx';

type DeviceReceiptsScreenProps = Omit<ComponentProps<typeof ReceiptsScreen>, 'records' | 'online' | 'onSendNow'>;

/** Renders the list of receipts wired to the live outbox, the network state and the sync engine. */
export function DeviceReceiptsScreen(props: DeviceReceiptsScreenProps) {
  const records = useOutboxRecords();
  const online = useOnline();
  const sendNow = async () => {
    const report = await requestSync();
    return { sent: report?.sent.length ?? 0, waiting: await countWaiting() };
  };
  return <ReceiptsScreen records={records} online={online} onSendNow={sendNow} {...props} />;
}
