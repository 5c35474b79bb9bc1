import { DEFAULT_SIGN_LANGUAGE, type SignLanguage } from '../../domain/sign-language/manifest.ts';

/**
 * The visitor's sign-language video settings. Like speech settings they live in memory only,
 * because every new visitor starts without the mode (the panel resets them through
 * onVisitReset). `data-sign` on <html> mirrors `enabled`, so the layout CSS makes room for the
 * panel without a render.
 */
export interface SignSettings {
  enabled: boolean;
  language: SignLanguage;
  captions: boolean;
  /** HTMLMediaElement.playbackRate: 1, or slower for a visitor who needs more time. */
  rate: number;
}

/** Playback speeds the panel offers, normal first. */
export const SIGN_RATES: readonly number[] = [1, 0.75, 0.5];

export const DEFAULT_SIGN_SETTINGS: Readonly<SignSettings> = {
  enabled: false,
  language: DEFAULT_SIGN_LANGUAGE,
  captions: true,
  rate: 1,
};

type SettingsListener = (settings: SignSettings) => void;

let current: SignSettings = { ...DEFAULT_SIGN_SETTINGS };
const listeners = new Set<SettingsListener>();

export function getSignSettings(): SignSettings {
  return current;
}

export function updateSignSettings(patch: Partial<SignSettings>): void {
  current = { ...current, ...patch };
  if (typeof document !== 'undefined') document.documentElement.dataset.sign = current.enabled ? 'on' : 'off';
  for (const listener of listeners) listener(current);
}

export function resetSignSettings(): void {
  updateSignSettings(DEFAULT_SIGN_SETTINGS);
}

/** Adds a listener and returns the function that removes it. */
export function subscribeSignSettings(listener: SettingsListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
