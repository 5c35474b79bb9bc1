import type { Locale } from '../../domain/submission.ts';

/**
 * Choosing a voice for the screen's language. Chromium fills `speechSynthesis.getVoices()`
 * only after it has asked the platform (speech-dispatcher on Linux), so the list is often
 * empty at first and arrives with a `voiceschanged` event. Some platforms have no voices at
 * all and never fire the event, hence the time limit.
 */

/** How long to wait for `voiceschanged` before deciding that the device has no voices. */
export const VOICES_TIMEOUT_MS = 3000;

export type VoiceAvailability = 'loading' | 'available' | 'missing';

/** Language tags a voice may carry for each locale. "in" is the old ISO 639 code for Indonesian, which Java's Locale still returns. */
const VOICE_LANGUAGES: Record<Locale, readonly string[]> = { id: ['id', 'in'], en: ['en'] };

/** Regional variant preferred among several voices of a locale, matching intlLocale(). */
const PREFERRED_REGION: Record<Locale, string> = { id: 'id-id', en: 'en-gb' };

function normalizedLang(voice: SpeechSynthesisVoice): string {
  return voice.lang.replace(/_/g, '-').toLowerCase();
}

function speaksLocale(voice: SpeechSynthesisVoice, locale: Locale): boolean {
  const lang = normalizedLang(voice);
  return VOICE_LANGUAGES[locale].some((code) => lang === code || lang.startsWith(`${code}-`));
}

/**
 * Returns the best voice for `locale`, or undefined when the device has none. Local voices
 * come first because a kiosk may be offline, and Chrome's network voices need a connection.
 */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], locale: Locale): SpeechSynthesisVoice | undefined {
  const score = (voice: SpeechSynthesisVoice) =>
    (voice.localService ? 4 : 0) + (normalizedLang(voice) === PREFERRED_REGION[locale] ? 2 : 0) + (voice.default ? 1 : 0);
  const candidates = voices.filter((voice) => speaksLocale(voice, locale));
  return candidates.sort((a, b) => score(b) - score(a))[0];
}

type VoicesListener = () => void;

let voices: readonly SpeechSynthesisVoice[] = [];
let loaded = false;
let loading = false;
const listeners = new Set<VoicesListener>();

function setVoices(list: readonly SpeechSynthesisVoice[]): void {
  voices = list;
  loaded = true;
  for (const listener of listeners) listener();
}

/**
 * Starts reading the device's voices, once: later calls do nothing. Listeners run when the list
 * arrives, when it changes, and when the time limit passes without any voice.
 */
export function loadVoices(synth: SpeechSynthesis): void {
  if (loading) return;
  loading = true;
  const read = () => synth.getVoices();
  synth.addEventListener('voiceschanged', () => setVoices(read()));
  const initial = read();
  if (initial.length > 0) {
    setVoices(initial);
    return;
  }
  setTimeout(() => {
    if (!loaded) setVoices(read());
  }, VOICES_TIMEOUT_MS);
}

export function voicesLoaded(): boolean {
  return loaded;
}

export function voiceFor(locale: Locale): SpeechSynthesisVoice | undefined {
  return pickVoice(voices, locale);
}

export function voiceAvailability(locale: Locale): VoiceAvailability {
  if (!loaded) return 'loading';
  return voiceFor(locale) ? 'available' : 'missing';
}

/** Adds a listener for changes of the voice list and returns the function that removes it. */
export function onVoicesChanged(listener: VoicesListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
