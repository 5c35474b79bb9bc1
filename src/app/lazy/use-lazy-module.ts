import { useEffect, useState } from 'preact/hooks';

const loaded = new Map<() => Promise<unknown>, unknown>();

/**
 * Returns a dynamically imported module once it has loaded, and undefined until then. Loading
 * starts once `enabled` is true, after the next frame has been painted, so the import does not
 * compete with what is on screen. The loader must be a stable function (declared at module
 * level), because it keys the cache that lets later renders get the module without waiting.
 */
export function useLazyModule<T>(load: () => Promise<T>, enabled = true): T | undefined {
  const [module, setModule] = useState(() => loaded.get(load) as T | undefined);
  useEffect(() => {
    if (module || !enabled) return undefined;
    let active = true;
    const startLoading = () => {
      load().then(
        (value) => {
          loaded.set(load, value);
          if (active) setModule(() => value);
        },
        // The service worker precaches every chunk, so this means a broken deployment.
        (error: unknown) => console.error('Loading part of the app failed', error),
      );
    };
    const frame = requestAnimationFrame(() => setTimeout(startLoading, 0));
    return () => {
      active = false;
      cancelAnimationFrame(frame);
    };
  }, [load, module, enabled]);
  return module;
}
