import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onActivity } from './activity.ts';
import { IdleTimer } from './idle-timer.ts';

/**
 * DOM events that count as a visitor's activity. `scroll` does not bubble, so every listener
 * is registered in the capture phase on the document, which also receives events that a
 * component stops.
 */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'scroll', 'input'] as const;

interface IdleTimerProps {
  idleSeconds: number;
  warningSeconds: number;
  onTimeout: () => void;
}

/**
 * Runs an IdleTimer while the component is mounted, fed by the DOM events above and by
 * reportActivity() (speech guidance, sign-language video). Returns the reset time while the
 * warning shows, otherwise null, and `extend` for the warning's button.
 */
export function useIdleTimer({ idleSeconds, warningSeconds, onTimeout }: IdleTimerProps): { resetAt: number | null; extend: () => void } {
  const [resetAt, setResetAt] = useState<number | null>(null);
  const timeoutRef = useRef(onTimeout);
  timeoutRef.current = onTimeout;
  const timerRef = useRef<IdleTimer | null>(null);

  useEffect(() => {
    const timer = new IdleTimer({
      idleMs: idleSeconds * 1000,
      warningMs: warningSeconds * 1000,
      onWarning: setResetAt,
      onReset: () => {
        setResetAt(null);
        timeoutRef.current();
      },
    });
    timerRef.current = timer;
    const record = () => timer.recordActivity();
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, record, { capture: true, passive: true });
    const stopListening = onActivity(record);
    timer.start();

    return () => {
      timer.stop();
      timerRef.current = null;
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, record, { capture: true });
      stopListening();
    };
    // A new warning time needs a new timer; a new idle time is applied below without a restart.
  }, [warningSeconds]);

  useEffect(() => {
    timerRef.current?.setIdleMs(idleSeconds * 1000);
  }, [idleSeconds]);

  const extend = useCallback(() => {
    timerRef.current?.extend();
    setResetAt(null);
  }, []);

  return { resetAt, extend };
}
