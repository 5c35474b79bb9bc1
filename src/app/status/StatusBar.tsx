import { useEffect, useRef } from 'preact/hooks';
import { announce } from '../a11y/announcer.ts';
import { useTranslation } from '../i18n/use-translation.ts';

interface StatusBarProps {
  online: boolean;
  /** Submissions on this device not yet acknowledged by the server. */
  waitingCount: number;
  onOpenReceipts: () => void;
}

/**
 * Network state and the number of submissions waiting to be sent. Changes after the first
 * render are spoken through the shared announcer. The bar itself is no live region, so
 * nothing is announced twice and the first render stays quiet.
 */
export function StatusBar({ online, waitingCount, onOpenReceipts }: StatusBarProps) {
  const { t } = useTranslation();
  const waitingText = waitingCount === 0 ? t('status.allSent') : t('status.waiting', { count: waitingCount });
  useAnnounceChange(online, () => t(online ? 'status.announceOnline' : 'status.announceOffline'));
  useAnnounceChange(waitingCount, () => waitingText);

  return (
    <section class="status-bar" aria-label={t('status.region')}>
      <p class={`status-bar__network status-bar__network--${online ? 'online' : 'offline'}`}>
        <span class="status-bar__dot" aria-hidden="true" />
        {t(online ? 'status.online' : 'status.offline')}
      </p>
      <button type="button" class="button button--secondary" onClick={onOpenReceipts}>
        {`${t('status.openReceipts')} `}
        <span class="status-bar__count">{waitingText}</span>
      </button>
    </section>
  );
}

function useAnnounceChange<T>(value: T, message: () => string): void {
  const previous = useRef(value);
  useEffect(() => {
    if (Object.is(previous.current, value)) return;
    previous.current = value;
    announce(message());
  }, [value]);
}
