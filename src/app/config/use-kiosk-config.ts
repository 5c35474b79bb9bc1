import { useCallback, useEffect, useState } from 'preact/hooks';
import type { KioskConfig } from '../../domain/config.ts';
import { fetchKioskConfig, takeEarlyConfigFetch } from './fetch-kiosk-config.ts';

export type KioskConfigState = { kind: 'loading' } | { kind: 'ready'; config: KioskConfig } | { kind: 'failed' };

/**
 * Loads the configuration at start and on each retry(). refresh() fetches it again in the
 * background, between visitors and when the network returns, so a city's edit reaches a kiosk
 * that is never reloaded; a failed refresh keeps the configuration the kiosk already has.
 */
export function useKioskConfig(): { state: KioskConfigState; retry: () => void; refresh: () => void } {
  const [state, setState] = useState<KioskConfigState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    (takeEarlyConfigFetch() ?? fetchKioskConfig(controller.signal)).then(
      (config) => setState({ kind: 'ready', config }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        console.error('Loading the kiosk configuration failed', error);
        setState({ kind: 'failed' });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  const refresh = useCallback(() => {
    fetchKioskConfig().then(
      (config) => setState({ kind: 'ready', config }),
      (error: unknown) => console.warn('Refreshing the kiosk configuration failed; keeping the current one', error),
    );
  }, []);

  useEffect(() => {
    window.addEventListener('online', refresh);
    return () => window.removeEventListener('online', refresh);
  }, [refresh]);

  return { state, retry, refresh };
}
