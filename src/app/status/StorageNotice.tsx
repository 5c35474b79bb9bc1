import type { StorageHealth } from '../outbox/storage-health.ts';
import { useTranslation } from '../i18n/use-translation.ts';

/** A calm note when this device cannot keep forms, or its storage is nearly full. */
export function StorageNotice({ health }: { health: StorageHealth }) {
  const { t } = useTranslation();
  let message: string | null = null;
  if (health.indexedDb === 'unavailable') message = t('storage.unavailable');
  else if (health.nearlyFull) message = t('storage.nearlyFull');
  if (!message) return null;

  return <p class="notice">{message}</p>;
}
