import { useState } from 'preact/hooks';
import { applyDisplaySettings, readDisplaySettings, type DisplaySettings } from './display-settings.ts';

/** Returns the current display settings and a setter that applies changes to <html> at once. */
export function useDisplaySettings(): [DisplaySettings, (change: Partial<DisplaySettings>) => void] {
  const [settings, setSettings] = useState(readDisplaySettings);

  const update = (change: Partial<DisplaySettings>) => {
    const next = { ...readDisplaySettings(), ...change };
    applyDisplaySettings(next);
    setSettings(next);
  };
  return [settings, update];
}
