import { isReachLayoutOffered } from '../kiosk/reach-layout.ts';
import { getKioskProfile, type ApproachSide, type KioskProfile } from '../kiosk/kiosk-profile.ts';

/**
 * Display settings live as data attributes on <html>, so the CSS in src/app/styles switches
 * without a reload and without touching the form: `data-contrast="high"` or `"normal"`, and
 * `data-text-size` as a percentage of the browser's base size (every length is in rem).
 * `data-reach="on"` or `"off"` switches the reach layout of a lowered kiosk (reach.css), and
 * `data-reach-side` is the side its controls gather on.
 */

export const TEXT_SIZES = ['100', '150', '200'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const APPROACH_SIDES: readonly ApproachSide[] = ['left', 'none', 'right'];

export interface DisplaySettings {
  highContrast: boolean;
  textSize: TextSize;
  /** Every control lies in the part of the screen a seated visitor can reach. */
  reachLayout: boolean;
  /** The side a visitor in a wheelchair approaches from; `none` centres the controls. */
  approachSide: ApproachSide;
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
  root.dataset.reach = settings.reachLayout ? 'on' : 'off';
  root.dataset.reachSide = settings.approachSide;
  for (const listener of listeners) listener(settings);
}

export function readDisplaySettings(root: HTMLElement = document.documentElement): DisplaySettings {
  const size = root.dataset.textSize;
  const side = root.dataset.reachSide;
  return {
    highContrast: root.dataset.contrast === 'high',
    textSize: TEXT_SIZES.find((candidate) => candidate === size) ?? '100',
    reachLayout: root.dataset.reach === 'on',
    approachSide: APPROACH_SIDES.find((candidate) => candidate === side) ?? 'none',
  };
}

/**
 * Settings for a new visitor: normal text size, high contrast when the system requests more
 * contrast, and the reach layout and approach side that the kiosk profile sets for the device.
 * The reach layout stays off where the device does not offer it (reach-layout.ts).
 */
export function defaultDisplaySettings(
  profile: Pick<KioskProfile, 'reachByDefault' | 'hand'> = getKioskProfile(),
  reachOffered: boolean = isReachLayoutOffered(),
): DisplaySettings {
  const prefersMoreContrast = typeof matchMedia === 'function' && matchMedia('(prefers-contrast: more)').matches;
  return {
    highContrast: prefersMoreContrast,
    textSize: '100',
    reachLayout: reachOffered && profile.reachByDefault,
    approachSide: profile.hand,
  };
}
