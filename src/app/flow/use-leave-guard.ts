import { useEffect, useRef } from 'preact/hooks';
import { visitHistoryState } from '../session/visit-history.ts';
import type { FlowAction, Screen } from './flow-state.ts';

const GUARD_STATE = { loketGuard: true };

/** Screens Back moves away from inside the app; from the start screen Back may leave it. */
const GUARDED: ReadonlySet<Screen['kind']> = new Set(['chooser', 'objectionSource', 'step', 'review', 'receipts', 'blankForms', 'braille']);

/**
 * Keeps the browser's Back button and a reload from throwing away a half-filled form, which on
 * a phone is one swipe. While the chooser, a form step, the review, the receipts list or a
 * braille screen shows, one history entry is pushed. Back then moves one screen back inside the app instead of
 * leaving it, and a reload or closing the tab asks first while there are answers. The draft
 * itself stays in memory only, so Back can never bring back an earlier visitor's screens.
 */
export function useLeaveGuard(screen: Screen, hasAnswers: boolean, dispatch: (action: FlowAction) => void): void {
  const guarded = GUARDED.has(screen.kind);
  const current = useRef({ screen, hasAnswers });
  current.current = { screen, hasAnswers };

  useEffect(() => {
    if (!guarded) return undefined;
    history.pushState(visitHistoryState(GUARD_STATE), '');

    const onPopState = () => {
      const { screen: shown } = current.current;
      if (shown.kind === 'receipts') {
        dispatch({ type: 'leaveReceipts' });
        // Back from the list returns to where the visitor was, and only a guarded screen needs the guard again.
        if (!GUARDED.has(shown.returnTo.kind)) return;
      } else {
        dispatch({ type: 'back' });
        // Back from the chooser is the start screen, where Back may leave the app, and Back
        // from a receipt in braille is the receipt, which needs no guard either.
        if (shown.kind === 'chooser') return;
        if (shown.kind === 'braille' && !GUARDED.has(shown.returnTo.kind)) return;
      }
      history.pushState(visitHistoryState(GUARD_STATE), '');
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!current.current.hasAnswers) return;
      event.preventDefault();
      // Chromium before version 119 shows the prompt only when returnValue is set.
      event.returnValue = '';
    };

    window.addEventListener('popstate', onPopState);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [guarded, dispatch]);
}
