import { useEffect, useState } from 'preact/hooks';
import type { ManifestState } from './load-manifest.ts';
import { getSignManifestState, subscribeSignManifest } from './manifest-store.ts';
import { getSignSettings, subscribeSignSettings, type SignSettings } from './sign-settings.ts';

/** Returns the visitor's sign-language settings and re-renders the component when they change. */
export function useSignSettings(): SignSettings {
  const [settings, setSettings] = useState(getSignSettings);
  useEffect(() => {
    setSettings(getSignSettings());
    return subscribeSignSettings(setSettings);
  }, []);
  return settings;
}

/** Returns the manifest state (undefined while loading) and re-renders the component when it changes. */
export function useSignManifest(): ManifestState | undefined {
  const [state, setState] = useState(getSignManifestState);
  useEffect(() => {
    setState(getSignManifestState());
    return subscribeSignManifest(setState);
  }, []);
  return state;
}
