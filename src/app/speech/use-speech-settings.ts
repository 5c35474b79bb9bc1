import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../domain/submission.ts';
import { getSpeechSettings, subscribeSpeechSettings, type SpeechSettings } from './speech-settings.ts';
import { onVoicesChanged, voiceAvailability, type VoiceAvailability } from './voices.ts';

/** Returns the current speech settings and re-renders the component when they change. */
export function useSpeechSettings(): SpeechSettings {
  const [settings, setSettings] = useState(getSpeechSettings);
  useEffect(() => {
    setSettings(getSpeechSettings());
    return subscribeSpeechSettings(setSettings);
  }, []);
  return settings;
}

/** Returns whether the device has a voice for `locale`, re-rendering when the voice list arrives. */
export function useVoiceAvailability(locale: Locale): VoiceAvailability {
  const [availability, setAvailability] = useState(() => voiceAvailability(locale));
  useEffect(() => {
    setAvailability(voiceAvailability(locale));
    return onVoicesChanged(() => setAvailability(voiceAvailability(locale)));
  }, [locale]);
  return availability;
}
