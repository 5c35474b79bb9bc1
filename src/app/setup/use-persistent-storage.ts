import { useEffect, useState } from 'preact/hooks';

/** Whether the browser keeps this origin's data under storage pressure; `checking` until the browser replies. */
export type PersistentStorage = 'checking' | 'granted' | 'denied' | 'unsupported';

/**
 * Asks for persistent storage when staff open /setup, so the browser does not evict the
 * kiosk's videos and queued submissions when the disk runs low. Chromium decides without a
 * prompt: it grants installed apps and sites with high engagement, and refuses others.
 */
export function usePersistentStorage(): PersistentStorage {
  const [state, setState] = useState<PersistentStorage>('checking');

  useEffect(() => {
    let current = true;
    const storage = navigator.storage;
    if (!storage?.persist || !storage.persisted) {
      setState('unsupported');
      return;
    }
    void (async () => {
      const granted = (await storage.persisted().catch(() => false)) || (await storage.persist().catch(() => false));
      if (current) setState(granted ? 'granted' : 'denied');
    })();
    return () => {
      current = false;
    };
  }, []);

  return state;
}
