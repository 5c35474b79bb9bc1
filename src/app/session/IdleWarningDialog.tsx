import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation.ts';

const TITLE_ID = 'idle-warning-title';
const DESCRIPTION_ID = 'idle-warning-description';

/** Seconds left at which the dialog's own live region speaks once more. */
const FINAL_NOTICE_SECONDS = 10;

interface IdleWarningDialogProps {
  /** Moment of the reset, in Date.now() milliseconds. */
  resetAt: number;
  /** Restarts the time; the owner then stops rendering this dialog. */
  onExtend: () => void;
}

function secondsUntil(moment: number): number {
  return Math.max(0, Math.ceil((moment - Date.now()) / 1000));
}

function useSecondsLeft(resetAt: number): number {
  const [seconds, setSeconds] = useState(() => secondsUntil(resetAt));
  useEffect(() => {
    // A quarter second keeps the shown number within that of the real one; an unchanged
    // number does not re-render.
    const interval = setInterval(() => setSeconds(secondsUntil(resetAt)), 250);
    return () => clearInterval(interval);
  }, [resetAt]);
  return seconds;
}

/**
 * The warning before the idle reset, as a modal <dialog> with role alertdialog: screen readers
 * read its title and description once when focus moves to its one button. The countdown in
 * the description is not a live region, so it is not read out every second. A live region
 * inside the dialog speaks once more at 10 seconds. It sits inside because a modal dialog
 * hides the app's own announcer from assistive technology. The button, Escape and a tap
 * anywhere, on the dialog or beside it, all extend the time.
 */
export function IdleWarningDialog({ resetAt, onExtend }: IdleWarningDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const closingRef = useRef(false);
  const secondsLeft = useSecondsLeft(resetAt);

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    const previous = document.activeElement;
    dialog.showModal();
    buttonRef.current?.focus();
    return () => {
      closingRef.current = true;
      if (dialog.open) dialog.close();
      // Back to where the visitor was. Chromium does this on close by itself, and this line
      // covers browsers that do not. After a reset that element is gone, and the reset places focus.
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      class="idle-warning"
      role="alertdialog"
      aria-labelledby={TITLE_ID}
      aria-describedby={DESCRIPTION_ID}
      // A click on the backdrop targets the dialog itself, so this covers a tap anywhere.
      // Click rather than pointerdown: the page under the finger must not get the release.
      onClick={onExtend}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Handled here, not by the dialog's own close, so Escape always extends.
        event.preventDefault();
        onExtend();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onExtend();
      }}
      // Chromium's close-request rules can close a modal dialog without a cancelable cancel
      // event, such as on a repeated Escape. A close that this component did not request still extends.
      onClose={() => {
        if (!closingRef.current) onExtend();
      }}
    >
      <h2 id={TITLE_ID} class="idle-warning__title">
        {t('session.warningTitle')}
      </h2>
      <p id={DESCRIPTION_ID}>
        {t('session.warningCountdown', { count: secondsLeft })}
      </p>
      <p class="visually-hidden" aria-live="assertive" aria-atomic="true">
        {secondsLeft <= FINAL_NOTICE_SECONDS ? t('session.warningFinal', { count: FINAL_NOTICE_SECONDS }) : ''}
      </p>
      <button ref={buttonRef} type="button" class="button button--primary button--large" onClick={onExtend}>
        {t('session.stillHere')}
      </button>
    </dialog>
  );
}
