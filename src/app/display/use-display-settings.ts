import { useEffect, useState } from 'preact/hooks';
import { applyDisplaySettings, readDisplaySettings, type DisplaySettings } from './display-settings.ts';

const OBSERVED_ATTRIBUTES = ['data-contrast', 'data-text-size', 'data-reach', 'data-reach-side'];

/**
 * Returns the current display settings and a setter that applies changes to <html> at once.
 * It follows changes made elsewhere too (another toggle for the same setting, the reset
 * between visitors), because the settings live on <html>, not in a component.
 */
export function useDisplaySettings(): [DisplaySettings, (change: Partial<DisplaySettings>) => void] {
  const [settings, setSettings] = useState(readDisplaySettings);

  useEffect(() => {
    const observer = new MutationObserver(() => setSettings(readDisplaySettings()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: OBSERVED_ATTRIBUTES });
    return () => observer.disconnect();
  }, []);

  const update = (change: Partial<DisplaySettings>) => {
    const next = { ...readDisplaySettings(), ...change };
    applyDisplaySettings(next);
    setSettings(next);
  };
  return [settings, update];
}
