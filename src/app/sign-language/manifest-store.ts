import { onVisitReset } from '../session/visit-reset.ts';
import { loadSignManifest, type ManifestState } from './load-manifest.ts';
import { resetSignSettings } from './sign-settings.ts';

/**
 * The sign-language manifest as last loaded: undefined until the first load finishes.
 * The mode is offered only while the state is `ready`, so a deployment without content never
 * shows a toggle that could not work.
 */
type ManifestListener = (state: ManifestState | undefined) => void;

let state: ManifestState | undefined;
let started = false;
const listeners = new Set<ManifestListener>();

export function getSignManifestState(): ManifestState | undefined {
  return state;
}

/** Adds a listener and returns the function that removes it. */
export function subscribeSignManifest(listener: ManifestListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Fetches the manifest again. A manifest that was ready stays when the new attempt finds none,
 * because a kiosk that lost its network for a moment should keep offering the mode.
 */
export async function reloadSignManifest(fetchImpl?: typeof fetch): Promise<void> {
  const next = await loadSignManifest(fetchImpl);
  if (next.kind !== 'ready' && state?.kind === 'ready') return;
  state = next;
  for (const listener of listeners) listener(state);
}

/**
 * Starts the sign-language mode once: loads the manifest and registers the reset between
 * visitors, which turns the mode off and fetches the manifest again, so a kiosk that is never
 * reloaded still receives a city's new clips. App calls this after the start screen is on
 * display, so the fetch does not compete with the first paint.
 */
export function startSignLanguage(): void {
  if (started) return;
  started = true;
  void reloadSignManifest();
  onVisitReset(() => {
    resetSignSettings();
    return reloadSignManifest();
  });
}
