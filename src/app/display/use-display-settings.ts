import { useEffect, useState } from 'preact/hooks';
import { applyDisplaySettings, onDisplaySettingsChange, readDisplaySettings, type DisplaySettings } from './display-settings.ts';

/**
 * Returns the current display settings and a setter that applies changes to <html> at once.
 * Every component using it re-renders when any of them, or the reset between visitors,
 * changes the settings.
 */
export function useDisplaySettings(): [DisplaySettings, (change: Partial<DisplaySettings>) => void] {
  const [settings, setSettings] = useState(readDisplaySettings);
  useEffect(() => {
    // A change between the first render and this effect would otherwise be missed.
    setSettings(readDisplaySettings());
    return onDisplaySettingsChange(setSettings);
  }, []);

  const update = (change: Partial<DisplaySettings>) => {
    applyDisplaySettings({ ...readDisplaySettings(), ...change });
  };
  return [settings, update];
}
