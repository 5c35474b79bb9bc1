import { currentLocale, intlLocale } from '../i18n/i18n.ts';
import { reportActivity } from '../session/activity.ts';
import { getSpeechSettings } from './speech-settings.ts';
import { loadVoices, onVoicesChanged, voiceFor, voicesLoaded } from './voices.ts';

/**
 * The one wrapper around `speechSynthesis`. Every utterance is in the screen's language, at
 * the visitor's rate and volume, and replaces whatever was being spoken.
 */

export interface SpeakOptions {
  /** Keeps the text for "Ulangi" and the `*` key. Off for feedback such as "Volume: 60%". */
  remember?: boolean;
  /**
   * Tells the idle timer the visitor is listening. Off for speech the app starts by itself
   * (status messages, the idle warning), which must not keep an abandoned kiosk from resetting.
   */
  reportsActivity?: boolean;
  /**
   * Waits for the current utterance instead of cancelling it, as a polite live region waits
   * for a screen reader. For status messages, which must not cut off the receipt or a prompt.
   */
  queue?: boolean;
}

/** Boundary events fire once per word, and the idle timer needs far fewer reports. */
const BOUNDARY_ACTIVITY_INTERVAL_MS = 1000;

let lastText: string | undefined;
/** Text held back until the voice list arrives, so the first utterance gets the right voice. */
let waiting: { text: string; options: SpeakOptions } | undefined;
let initialized = false;

export function isSpeechSupported(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
}

function synthesis(): SpeechSynthesis | undefined {
  if (!isSpeechSupported()) return undefined;
  const synth = window.speechSynthesis;
  if (!initialized) {
    initialized = true;
    onVoicesChanged(() => {
      const held = waiting;
      waiting = undefined;
      if (held) utter(synth, held.text, held.options);
    });
    loadVoices(synth);
  }
  return synth;
}

/** Starts reading the device's voices early, so the first utterance does not wait for them. */
export function prepareSpeech(): void {
  synthesis();
}

/** Cancels any speech and speaks `text` in the screen's language. */
export function speak(text: string, options: SpeakOptions = {}): void {
  const synth = synthesis();
  if (!synth || text.trim() === '') return;
  if (options.remember !== false) lastText = text;
  if (options.queue && waiting) {
    waiting = { text: `${waiting.text} ${text}`, options: waiting.options };
    return;
  }
  if (!options.queue) {
    synth.cancel();
    waiting = undefined;
  }
  if (!voicesLoaded()) {
    waiting = { text, options };
    return;
  }
  utter(synth, text, options);
}

function utter(synth: SpeechSynthesis, text: string, { reportsActivity = true }: SpeakOptions): void {
  const locale = currentLocale();
  const { rate, volume } = getSpeechSettings();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = intlLocale(locale);
  utterance.rate = rate;
  utterance.volume = volume;
  // Without a voice for the language, `voice` stays unset and only `lang` is given. Chromium
  // then lets the platform choose: speech-dispatcher may still find a voice for the language
  // that it did not list, and otherwise the default voice reads the text with a foreign
  // accent. Silence would leave a blind visitor with nothing, so the controls show a notice
  // instead (SpeechControls.tsx) and staff can install a voice (README.md).
  const voice = voiceFor(locale);
  if (voice) utterance.voice = voice;

  if (reportsActivity) {
    let lastReport = 0;
    const report = () => {
      lastReport = Date.now();
      reportActivity();
    };
    utterance.addEventListener('start', report);
    utterance.addEventListener('end', report);
    utterance.addEventListener('boundary', () => {
      if (Date.now() - lastReport >= BOUNDARY_ACTIVITY_INTERVAL_MS) report();
    });
  }
  utterance.addEventListener('error', (event) => {
    // "interrupted" and "canceled" are what cancel() causes whenever new speech replaces old.
    if (event.error !== 'interrupted' && event.error !== 'canceled') console.warn('Speech synthesis failed', event.error);
  });
  synth.speak(utterance);
}

/** Speaks the last remembered text again and returns false when there is none yet. */
export function repeatSpeech(): boolean {
  if (lastText === undefined) return false;
  speak(lastText);
  return true;
}

export function stopSpeech(): void {
  waiting = undefined;
  synthesis()?.cancel();
}

/** Forgets the remembered text, so the next visitor cannot repeat what the previous one heard. */
export function forgetSpeech(): void {
  lastText = undefined;
  stopSpeech();
}

/** Checks whether something is being spoken or waits to be spoken. Escape stops speech only then. */
export function isSpeaking(): boolean {
  const synth = synthesis();
  if (!synth) return false;
  return waiting !== undefined || synth.speaking || synth.pending;
}
