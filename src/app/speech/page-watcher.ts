import { currentLocale, i18n } from '../i18n/i18n.ts';
import { speak } from './speech-engine.ts';
import { getSpeechSettings } from './speech-settings.ts';
import { onVoicesChanged, voiceAvailability, voicesLoaded } from './voices.ts';
import { describeChange, describeFocus, describeScreen } from './describe-element.ts';
import { INTRO_ATTRIBUTE, isPrivate, isShown, joinSentences, spell, textOf, type SpokenTextOptions } from './spoken-text.ts';

/**
 * While speech guidance is on, this module watches the page and speaks
 *
 * - the screen's h1 and intro when the screen changes (also after a language switch),
 * - the focused control, and its new state when a checkbox, radio, select or toggle changes,
 * - alerts as they appear, and each message written to the live region (announcer.ts).
 *
 * Changes that arrive together, such as a new screen and the focus moving to its heading, are
 * gathered for a moment and spoken as one utterance, because each utterance cancels the last.
 * Only status messages and alerts on their own wait for the current utterance instead, as a
 * polite live region does, so "Semua sudah terkirim" does not cut off the receipt.
 */

/** Elements with this attribute belong to the speech controls: their speech is feedback, not content. */
export const CONTROLS_ATTRIBUTE = 'data-speech-controls';
/** The speech on/off toggle: its own pressed state is announced by the "speech on" message instead. */
export const TOGGLE_ATTRIBUTE = 'data-speech-toggle';

/** Time to gather changes from one render (DOM updates, focus, the announcer's write) into one utterance. */
const GATHER_MS = 80;
/** Time after a pointer press within which a focus change counts as caused by that tap. */
const POINTER_FOCUS_MS = 1000;

interface Pending {
  prefix: string;
  screen: boolean;
  alerts: Element[];
  focus: { element: Element; changeOnly: boolean } | undefined;
  messages: string[];
}

function emptyPending(): Pending {
  return { prefix: '', screen: false, alerts: [], focus: undefined, messages: [] };
}

export function spokenTextOptions(): SpokenTextOptions {
  return { t: i18n.t.bind(i18n), speakPrivate: getSpeechSettings().headphones };
}

/** Returns the element that contains the current screen. */
export function screenRoot(): ParentNode {
  return document.querySelector('main') ?? document.body;
}

/** Identifies the screen on display: a new h1 text (new screen or language) or newly loaded intro content. */
function screenKey(): string {
  const root = screenRoot();
  const heading = root.querySelector('h1')?.textContent ?? '';
  const intros = [...root.querySelectorAll(`[${INTRO_ATTRIBUTE}]`)].filter(isShown).length;
  return `${heading}|${intros}`;
}

function isAlert(element: Element): boolean {
  const role = element.getAttribute('role');
  return role === 'alert' || role === 'alertdialog';
}

/** Starts watching the page and speaking its changes; returns the function that stops it. */
export function watchPage(): () => void {
  let pending = emptyPending();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopWaitingForVoices: (() => void) | undefined;
  let lastKey = screenKey();
  let previousFocus: Element | null = null;
  let lastLocale = currentLocale();

  // The first change starts the timer and later ones join it. Restarting it on each change
  // would let a page that keeps changing (fast typing, a busy status bar) delay speech forever.
  const schedule = () => {
    if (timer === undefined && !stopWaitingForVoices) timer = setTimeout(flush, GATHER_MS);
  };

  const flush = () => {
    timer = undefined;
    // The missing-voice notice needs the voice list, which Chromium may still be loading.
    if (!voicesLoaded()) {
      stopWaitingForVoices ??= onVoicesChanged(() => {
        stopWaitingForVoices?.();
        stopWaitingForVoices = undefined;
        flush();
      });
      return;
    }
    const { prefix, screen, alerts, focus, messages } = pending;
    pending = emptyPending();
    const options = spokenTextOptions();
    const focusElement = focus?.element;
    const onHeading = focusElement?.tagName === 'H1';
    const parts = [prefix];
    // Said when speech starts and after a language switch, the moments a missing voice matters.
    const locale = currentLocale();
    if ((prefix || locale !== lastLocale) && voiceAvailability(locale) === 'missing') parts.push(i18n.t(`speech.noVoice.${locale}`));
    lastLocale = locale;
    if (screen || onHeading) parts.push(describeScreen(screenRoot(), options));
    for (const alert of alerts) {
      // An alert that has focus, or contains it, is read once, as the focused element.
      if (!alert.isConnected || (focusElement && (alert.contains(focusElement) || focusElement.contains(alert)))) continue;
      parts.push(textOf(alert, options));
    }
    if (focusElement?.isConnected && !onHeading) {
      parts.push(focus?.changeOnly ? describeChange(focusElement, options) : describeFocus(focusElement, options, previousFocus));
    }
    parts.push(...messages);
    if (focusElement) previousFocus = focusElement;

    const text = joinSentences(parts);
    if (text === '') return;
    const onlyControls =
      !prefix && !screen && alerts.length === 0 && messages.length === 0 && Boolean(focusElement?.closest(`[${CONTROLS_ATTRIBUTE}]`));
    // Alerts, the app's own messages and focus that an alert dialog took by itself are not the
    // visitor acting, so they must not keep an abandoned kiosk from resetting.
    const byVisitor = Boolean(prefix) || screen || (focusElement !== undefined && !focusElement.closest('[role="alertdialog"]'));
    // Status messages and alerts on their own wait their turn, and `*` still repeats the prompt.
    const appOnly = !byVisitor && !focusElement;
    speak(text, { remember: !onlyControls && !appOnly, reportsActivity: byVisitor, queue: appOnly });
  };

  // A tap on "Ulangi" or "Bacakan layar" focuses the button just before its action speaks.
  // Naming the button 80 ms later would cut that speech off, so focus from a tap on the speech
  // controls is not spoken. Focus that arrives by keyboard still is.
  let lastPointerDown = -Infinity;
  const onPointerDown = () => {
    lastPointerDown = performance.now();
  };

  const onFocusIn = (event: FocusEvent) => {
    if (!(event.target instanceof Element)) return;
    const tapped = performance.now() - lastPointerDown < POINTER_FOCUS_MS;
    if (tapped && event.target.closest(`[${CONTROLS_ATTRIBUTE}]`)) return;
    pending.focus = { element: event.target, changeOnly: false };
    schedule();
  };

  // Typing is echoed, as screen readers do, so a blind visitor can check each digit of a NIK.
  // Personal fields echo only after the visitor confirmed headphones.
  const onInput = (event: Event) => {
    const target = event.target;
    if (!(event instanceof InputEvent) || !(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
    const options = spokenTextOptions();
    if (isPrivate(target) && !options.speakPrivate) return;
    const echo = typingEcho(event, options);
    if (echo) speak(echo, { remember: false });
  };

  const onChange = (event: Event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    if (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio') return;
    if (target !== document.activeElement) return;
    pending.focus = { element: target, changeOnly: true };
    schedule();
  };

  const observer = new MutationObserver((records) => {
    let changed = false;
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const announcer = target?.closest('[data-announcer]');
      if (announcer && record.type === 'childList') {
        const message = announcer.textContent?.trim();
        if (message && !pending.messages.includes(message)) {
          pending.messages.push(message);
          changed = true;
        }
        continue;
      }
      if (record.type === 'attributes') {
        // A toggle pressed or a panel opened: the focused control's new state is spoken.
        if (target && target === document.activeElement && !target.hasAttribute(TOGGLE_ATTRIBUTE)) {
          pending.focus = { element: target, changeOnly: true };
          changed = true;
        }
        continue;
      }
      for (const added of record.addedNodes) {
        if (!(added instanceof Element)) continue;
        const alerts = isAlert(added) ? [added] : [...added.querySelectorAll('[role="alert"], [role="alertdialog"]')];
        if (alerts.length > 0) {
          pending.alerts.push(...alerts);
          changed = true;
        }
      }
    }
    const key = screenKey();
    if (key !== lastKey) {
      lastKey = key;
      pending.screen = true;
      changed = true;
    }
    if (changed) schedule();
  });

  document.addEventListener('pointerdown', onPointerDown, true);
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('change', onChange);
  document.addEventListener('input', onInput);
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-pressed', 'aria-expanded'],
  });

  pending.prefix = i18n.t('speech.turnedOn');
  pending.screen = true;
  schedule();

  return () => {
    clearTimeout(timer);
    timer = undefined;
    stopWaitingForVoices?.();
    observer.disconnect();
    document.removeEventListener('pointerdown', onPointerDown, true);
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('change', onChange);
    document.removeEventListener('input', onInput);
  };
}

/** Returns the echo of one input event: the inserted characters one by one, a space or a deletion by name. */
export function typingEcho(event: InputEvent, options: SpokenTextOptions): string {
  if (event.inputType.startsWith('delete')) return options.t('speech.deleted');
  if (!event.inputType.startsWith('insert') || !event.data) return '';
  if (event.data === ' ') return options.t('speech.space');
  // A pasted or completed word is read as a word, and a typed character or two is spelled.
  return event.data.length > 2 ? event.data : spell(event.data);
}
