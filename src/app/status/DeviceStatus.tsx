import { useOnline } from '../network.ts';
import { useWaitingCount } from '../outbox/hooks.ts';
import { useStorageHealth } from '../outbox/storage-health.ts';
import { StatusBar } from './StatusBar.tsx';
import { StorageNotice } from './StorageNotice.tsx';

/** Wires the network, outbox and storage hooks into the status bar and the storage notice. */
export function DeviceStatus({ onOpenReceipts }: { onOpenReceipts: () => void }) {
  const online = useOnline();
  const waitingCount = useWaitingCount();
  const health = useStorageHealth();
  return (
    <>
      <StatusBar online={online} waitingCount={waitingCount} onOpenReceipts={onOpenReceipts} />
      <StorageNotice health={health} />
    </>
  );
}
