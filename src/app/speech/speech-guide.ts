import { onVisitReset } from '../session/visit-reset.ts';
import { describeFocus, describeScreen } from './describe-element.ts';
import { screenRoot, spokenTextOptions, watchPage } from './page-watcher.ts';
import { forgetSpeech, isSpeaking, isSpeechSupported, prepareSpeech, repeatSpeech, speak, stopSpeech } from './speech-engine.ts';
import { getSpeechSettings, resetSpeechSettings, subscribeSpeechSettings, updateSpeechSettings } from './speech-settings.ts';
import { textOf } from './spoken-text.ts';

/**
 * Speech guidance on and off: page-watcher.ts speaks the page while it is on, and this module
 * switches it with the settings, resets it for each visitor and handles the speech keys.
 */

/** Checks whether a key pressed on the element would type into it. */
function typesText(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type);
}

/**
 * Handles the speech keys `*`, `#` and Escape while speech guidance is on. While it is off,
 * `*` outside a text field turns it on: a blind visitor cannot find the toggle on screen, so
 * the attract screen and docs/keypad.md name the key, which a kiosk marks on its keypad.
 */
function onKeyDown(event: KeyboardEvent): void {
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
  if (!getSpeechSettings().enabled) {
    if (event.key !== '*' || typesText(event.target)) return;
    event.preventDefault();
    updateSpeechSettings({ enabled: true });
    repeatGuidance();
    return;
  }
  if (event.key === '*') {
    // NOTE: while speech guidance is on, `*` and `#` are speech keys and do not type. No
    // field of the request form needs them, and a keypad has no other way to send them.
    event.preventDefault();
    repeatGuidance();
  } else if (event.key === '#') {
    event.preventDefault();
    stopSpeech();
  } else if (event.key === 'Escape' && isSpeaking()) {
    // Escape stops speech first, so the on-screen keyboard or a dialog receives only the next one.
    event.preventDefault();
    event.stopImmediatePropagation();
    stopSpeech();
  }
}

let detach: (() => void) | undefined;
let installed = false;

/**
 * Starts following the speech settings; later calls do nothing. Speech guidance attaches when
 * a visitor turns it on and detaches, silencing the speech, when it is turned off or the
 * visit ends. Each new visitor starts with speech off, the default rate and volume, and
 * without the headphone confirmation.
 */
export function installSpeechGuide(): void {
  if (installed || !isSpeechSupported()) return;
  installed = true;
  prepareSpeech();
  // Registered at startup, before the dialogs and the on-screen keyboard add their own
  // listeners, so that Escape reaches this one first while something is being spoken.
  window.addEventListener('keydown', onKeyDown, true);
  subscribeSpeechSettings((settings) => {
    if (settings.enabled && !detach) {
      detach = watchPage();
    } else if (!settings.enabled && detach) {
      detach();
      detach = undefined;
      stopSpeech();
    }
  });
  onVisitReset(() => {
    resetSpeechSettings();
    forgetSpeech();
  });
}

/** Speaks the whole visible screen, for the "Bacakan layar" button. */
export function speakWholeScreen(): void {
  const root = screenRoot();
  if (root instanceof Element) speak(textOf(root, spokenTextOptions()));
}

/**
 * Repeats the last guidance, or speaks the screen's title and intro when nothing was spoken yet.
 * On a field, it describes the field afresh instead, because its value has usually changed since
 * focus arrived and the remembered "kosong" (empty) would be wrong.
 */
export function repeatGuidance(): void {
  const active = document.activeElement;
  const isField = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement;
  if (isField) {
    speak(describeFocus(active, spokenTextOptions()));
    return;
  }
  if (!repeatSpeech()) speak(describeScreen(screenRoot(), spokenTextOptions()));
}
