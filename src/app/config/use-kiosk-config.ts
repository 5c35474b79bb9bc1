import { useCallback, useEffect, useState } from 'preact/hooks';
import type { KioskConfig } from '../../domain/config.ts';
import { fetchKioskConfig } from './fetch-kiosk-config.ts';

export type KioskConfigState = { kind: 'loading' } | { kind: 'ready'; config: KioskConfig } | { kind: 'failed' };

/** Loads the configuration once and again on each retry(). */
export function useKioskConfig(): { state: KioskConfigState; retry: () => void } {
  const [state, setState] = useState<KioskConfigState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    fetchKioskConfig(controller.signal).then(
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
  return { state, retry };
}
