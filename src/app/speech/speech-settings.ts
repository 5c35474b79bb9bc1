/**
 * The visitor's speech settings: on or off, rate, volume, and whether they confirmed wearing
 * headphones. They live in memory only, outside the display settings, because every new
 * visitor starts from the defaults (speech-guide.ts resets them through onVisitReset).
 */
export interface SpeechSettings {
  enabled: boolean;
  /** SpeechSynthesisUtterance.rate: 1 is the voice's normal speed. */
  rate: number;
  /** SpeechSynthesisUtterance.volume, 0 to 1, a fraction of the device's own volume. */
  volume: number;
  /** The visitor confirmed wearing headphones. Personal values are spoken only while this is true. */
  headphones: boolean;
}

/** Rate steps of the slower and faster buttons. The default is 1, the voice's normal speed. */
export const RATE_STEPS: readonly number[] = [0.6, 0.8, 1, 1.25, 1.5, 1.8];

/**
 * Volume steps of the quieter/louder buttons. The default stays below the maximum, so a
 * visitor who hears badly can still turn it up. Staff set the loudspeaker's own level.
 */
export const VOLUME_STEPS: readonly number[] = [0.2, 0.4, 0.6, 0.8, 1];

export const DEFAULT_SPEECH_SETTINGS: Readonly<SpeechSettings> = { enabled: false, rate: 1, volume: 0.8, headphones: false };

type SettingsListener = (settings: SpeechSettings) => void;

let current: SpeechSettings = { ...DEFAULT_SPEECH_SETTINGS };
const listeners = new Set<SettingsListener>();

export function getSpeechSettings(): SpeechSettings {
  return current;
}

export function updateSpeechSettings(patch: Partial<SpeechSettings>): void {
  current = { ...current, ...patch };
  for (const listener of listeners) listener(current);
}

export function resetSpeechSettings(): void {
  updateSpeechSettings(DEFAULT_SPEECH_SETTINGS);
}

/** Adds a listener and returns the function that removes it. */
export function subscribeSpeechSettings(listener: SettingsListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Returns the next step up (direction 1) or down (-1) from `value`, or `value` at either end. */
export function stepValue(steps: readonly number[], value: number, direction: 1 | -1): number {
  const index = steps.findIndex((step) => Math.abs(step - value) < 1e-9);
  if (index === -1) return value;
  return steps[index + direction] ?? value;
}

/** Formats a rate or volume as a whole percentage, as the controls show and speak it. */
export function toPercent(value: number): number {
  return Math.round(value * 100);
}
