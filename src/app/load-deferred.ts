/** Imports the deferred chunk (deferred.ts); one stable loader for every caller. */
export const loadDeferred = () => import('./deferred.ts');
