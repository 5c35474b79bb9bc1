/**
 * Display settings live as data attributes on <html>, so the CSS in src/app/styles switches
 * without a reload and without touching the form: `data-contrast="high"` or `"normal"`, and
 * `data-text-size` as a percentage of the browser's base size (every length is in rem).
 */

export const TEXT_SIZES = ['100', '150', '200'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface DisplaySettings {
  highContrast: boolean;
  textSize: TextSize;
}

type DisplaySettingsListener = (settings: DisplaySettings) => void;

const listeners = new Set<DisplaySettingsListener>();

/**
 * Adds a listener for every applyDisplaySettings() call and returns the function that removes
 * it. The settings bar, the start screen's choices and the reset between visitors each change
 * the settings, and every toggle on screen must show the result.
 */
export function onDisplaySettingsChange(listener: DisplaySettingsListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function applyDisplaySettings(settings: DisplaySettings, root: HTMLElement = document.documentElement): void {
  root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  root.dataset.textSize = settings.textSize;
  for (const listener of listeners) listener(settings);
}

export function readDisplaySettings(root: HTMLElement = document.documentElement): DisplaySettings {
  const size = root.dataset.textSize;
  return {
    highContrast: root.dataset.contrast === 'high',
    textSize: TEXT_SIZES.find((candidate) => candidate === size) ?? '100',
  };
}

/** Settings for a new visitor: normal text size, high contrast when the system requests more contrast. */
export function defaultDisplaySettings(): DisplaySettings {
  const prefersMoreContrast = typeof matchMedia === 'function' && matchMedia('(prefers-contrast: more)').matches;
  return { highContrast: prefersMoreContrast, textSize: '100' };
}
