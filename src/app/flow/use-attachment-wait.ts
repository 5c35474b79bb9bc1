import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../a11y/announcer.ts';
import { useTranslation } from '../i18n/use-translation.ts';

/** The ways out of a step that its attachments can hold back. */
export type StepExit = 'next' | 'backToReview' | 'back';

interface HeldExit {
  exit: StepExit;
  /** The step it was pressed on, so a release never moves a different screen. */
  screenKey: string;
  released: boolean;
}

/**
 * Holds a press of "Lanjut", "Kembali ke pemeriksaan" or "Kembali" on the attachments step
 * while chosen files are still being prepared, because leaving would drop them. When the batch
 * ends the exit runs by itself, unless some files were not attached: then the visitor stays to
 * read the problems and presses again. `leave` runs the exit with the current answers.
 */
export function useAttachmentWait(screenKey: string, leave: (exit: StepExit) => void) {
  const { t } = useTranslation();
  // The screen whose batch is being prepared. A batch and a hold count only on their own
  // screen, so a visit that ended or moved on some other way leaves nothing behind.
  const processingOn = useRef<string | null>(null);
  const [held, setHeld] = useState<HeldExit | null>(null);
  const waiting = held !== null && held.screenKey === screenKey;

  useEffect(() => {
    if (!held?.released) return;
    setHeld(null);
    if (held.screenKey === screenKey) leave(held.exit);
  }, [held, screenKey]);

  const exit = (requested: StepExit) => {
    if (processingOn.current !== screenKey) {
      leave(requested);
      return;
    }
    if (!waiting) announce(t('attachments.waitToLeave'));
    setHeld({ exit: requested, screenKey, released: false });
  };

  const onProcessingStart = () => {
    processingOn.current = screenKey;
  };

  const onProcessingEnd = (problemCount: number) => {
    processingOn.current = null;
    setHeld((current) => (current && problemCount === 0 ? { ...current, released: true } : null));
  };

  return { exit, waiting, onProcessingStart, onProcessingEnd };
}
