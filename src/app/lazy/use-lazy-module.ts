import { useEffect, useState } from 'preact/hooks';

const loaded = new Map<() => Promise<unknown>, unknown>();

/**
 * Returns a dynamically imported module once it has loaded, and undefined until then. The
 * loader must be a stable function (declared at module level), because it keys the cache that
 * lets later renders get the module without waiting.
 */
export function useLazyModule<T>(load: () => Promise<T>): T | undefined {
  const [module, setModule] = useState(() => loaded.get(load) as T | undefined);
  useEffect(() => {
    if (module) return undefined;
    let active = true;
    load().then(
      (value) => {
        loaded.set(load, value);
        if (active) setModule(() => value);
      },
      // The service worker precaches every chunk, so this means a broken deployment.
      (error: unknown) => console.error('Loading part of the app failed', error),
    );
    return () => {
      active = false;
    };
  }, [load, module]);
  return module;
}
