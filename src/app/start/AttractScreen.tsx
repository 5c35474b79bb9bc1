import { useLayoutEffect, useRef } from 'preact/hooks';
import { ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { i18n } from '../i18n/i18n.ts';
import { isSpeechSupported } from '../speech/speech-engine.ts';

interface AttractScreenProps {
  /** Name of the public body from the configuration. */
  body: string;
  onStart: () => void;
}

/**
 * Shows, between visitors, the body's name and "Sentuh untuk memulai" across the whole
 * screen. No language has been chosen yet, so the prompt is in Indonesian and English at
 * once. Any key or a tap anywhere starts. Taps count on `click`, not `pointerdown`, because the
 * start screen appears at once and must not receive the release of the same tap.
 */
export function AttractScreen({ body, onStart }: AttractScreenProps) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef(onStart);
  startRef.current = onStart;

  // Focus on the one control, so a screen reader starts here and Enter works without a Tab.
  useLayoutEffect(() => {
    buttonRef.current?.focus({ preventScroll: true });
  }, []);

  // A layout effect, so the key works from the first painted frame: Preact runs plain effects
  // after a timer, and a key pressed before it would be lost.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Staff use shortcuts such as Ctrl+R on a kiosk. Those, and modifier keys alone, start no visit.
      if (event.ctrlKey || event.altKey || event.metaKey || ['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return;
      // The key only wakes the kiosk; it must not also type or move focus on the next screen.
      event.preventDefault();
      startRef.current();
    };
    document.addEventListener('keydown', onKeyDown, { capture: true });
    return () => document.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  const indonesian = i18n.getFixedT('id');
  const english = i18n.getFixedT('en');
  return (
    // The button is the control for keyboards and screen readers; a tap beside it does the same.
    <div class="attract" onClick={onStart}>
      <ScreenHeading title={body} />
      <button ref={buttonRef} type="button" class="attract__start" onClick={onStart}>
        <span class="attract__prompt" lang="id">
          {indonesian('session.touchToStart')}
        </span>
        <span class="attract__prompt attract__prompt--second" lang="en">
          {english('session.touchToStart')}
        </span>
      </button>
      {isSpeechSupported() && (
        <p class="attract__speech-key">
          <span lang="id">{indonesian('session.speechKey')}</span>
          <span class="attract__prompt--second" lang="en">
            {english('session.speechKey')}
          </span>
        </p>
      )}
    </div>
  );
}
