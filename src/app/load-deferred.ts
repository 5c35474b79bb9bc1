import type * as Deferred from './deferred.ts';

let loading: Promise<typeof Deferred> | undefined;

/**
 * Imports the deferred chunk (deferred.ts) once and, on its arrival, starts the sync engine
 * and registers the service worker. One stable loader for every caller.
 */
export function loadDeferred(): Promise<typeof Deferred> {
  loading ??= import('./deferred.ts').then((module) => {
    module.startSyncEngine();
    module.registerServiceWorker();
    // Reads a `?printer=` launch parameter now, before any navigation can drop it.
    module.getPrintLayout();
    return module;
  });
  return loading;
}
