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

export function applyDisplaySettings(settings: DisplaySettings, root: HTMLElement = document.documentElement): void {
  root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  root.dataset.textSize = settings.textSize;
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
