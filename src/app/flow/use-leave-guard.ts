import { useEffect, useRef } from 'preact/hooks';
import { visitHistoryState } from '../session/visit-history.ts';
import type { FlowAction, Screen } from './flow-state.ts';

const GUARD_STATE = { loketGuard: true };

/**
 * Keeps the browser's Back button and a reload from throwing away a half-filled form, which on
 * a phone is one swipe. While a form step, the review or the receipts list shows, one history
 * entry is pushed. Back then moves one screen back inside the app instead of leaving it, and a
 * reload or closing the tab asks first while there are answers. The draft itself stays in
 * memory only, so Back can never bring back an earlier visitor's screens.
 */
export function useLeaveGuard(screen: Screen, stepCount: number, hasAnswers: boolean, dispatch: (action: FlowAction) => void): void {
  const guarded = screen.kind === 'step' || screen.kind === 'review' || screen.kind === 'receipts';
  const current = useRef({ screen, hasAnswers });
  current.current = { screen, hasAnswers };

  useEffect(() => {
    if (!guarded) return undefined;
    history.pushState(visitHistoryState(GUARD_STATE), '');

    const onPopState = () => {
      const { screen: shown } = current.current;
      if (shown.kind === 'receipts') {
        dispatch({ type: 'leaveReceipts' });
        // Back from the list returns to where the visitor was; only a form needs the guard again.
        if (shown.returnTo.kind !== 'step' && shown.returnTo.kind !== 'review') return;
      } else if (shown.kind === 'review') {
        dispatch({ type: 'goToStep', index: stepCount - 1, returnToReview: false });
      } else if (shown.kind === 'step' && shown.index > 0) {
        dispatch({ type: 'goToStep', index: shown.index - 1, returnToReview: false });
      } else {
        // Back from the first step is the start screen, where Back may leave the app.
        dispatch({ type: 'goToStart' });
        return;
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
  }, [guarded, stepCount, dispatch]);
}
