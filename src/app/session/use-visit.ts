import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SCREEN_HEADING_ID } from '../a11y/ScreenHeading.tsx';
import type * as Deferred from '../deferred.ts';
import { forgetVisitor } from './forget-visitor.ts';
import { guardVisitHistory, startVisitHistory } from './visit-history.ts';

/** A visit: `id` keys everything a visitor can change, and `attract` shows the attract screen. */
export interface Visit {
  id: number;
  attract: boolean;
}

interface VisitOptions {
  /** True on a kiosk: visits begin on the attract screen, and a page restored from the back/forward cache resets. */
  kiosk: boolean;
  /** Whether a kiosk shows the attract screen when the page loads: only at the kiosk flow's address. */
  attractAtStart: boolean;
  /** Whether a kiosk shows it after a reset: not on /setup, which staff use. */
  attractAfterReset: boolean;
  /** The service-worker update functions, once the deferred chunk has loaded. */
  updates: Pick<typeof Deferred, 'applyPendingUpdate' | 'checkForUpdate' | 'onUpdateWaiting'> | undefined;
  /** Clears the app's own state, such as the flow and the route. It runs first in every reset. */
  onReset: () => void;
}

/**
 * Runs the visits of one page: the attract screen, the reset between visitors, the history
 * guard, focus after a visit changes, and when a new version of the app may load. `endVisit`
 * is what the idle timer and "Selesai" call.
 */
export function useVisit({ kiosk, attractAtStart, attractAfterReset, updates, onReset }: VisitOptions): { visit: Visit; beginVisit: () => void; endVisit: () => void } {
  const [visit, setVisit] = useState<Visit>(() => ({ id: 0, attract: kiosk && attractAtStart }));
  // Set from the start of a reset until every reset handler has finished.
  const resetting = useRef(false);

  const endVisit = useCallback(() => {
    resetting.current = true;
    onReset();
    setVisit((previous) => ({ id: previous.id + 1, attract: kiosk && attractAfterReset }));
    void forgetVisitor().then(() => {
      resetting.current = false;
      // Between visitors is the one safe moment to load a new version of the app. It reloads
      // the page, which is already cleared. Without one waiting, check for one for next time.
      if (updates?.applyPendingUpdate()) return;
      updates?.checkForUpdate();
    });
  }, [kiosk, attractAfterReset, updates, onReset]);

  const beginVisit = useCallback(() => setVisit((previous) => ({ id: previous.id, attract: false })), []);

  // No visit is under way on the attract screen, so a version found then loads at once. During a reset, endVisit() applies it after the reset handlers instead.
  useEffect(() => {
    if (!visit.attract || !updates) return undefined;
    return updates.onUpdateWaiting(() => {
      if (!resetting.current) updates.applyPendingUpdate();
    });
  }, [visit.attract, updates]);

  const endVisitRef = useRef(endVisit);
  endVisitRef.current = endVisit;
  useEffect(() => {
    startVisitHistory();
    // A phone's owner may come back to a half-filled form, but on a kiosk it is someone else's.
    return kiosk ? guardVisitHistory(() => endVisitRef.current()) : undefined;
  }, [kiosk]);

  useVisitFocus(visit, updates !== undefined);
  return { visit, beginVisit, endVisit };
}

/**
 * Moves focus to the start screen's heading when a visitor leaves the attract screen, or after
 * a reset on a device without one, as after any screen change. The attract screen focuses its
 * own button. `deferredLoaded` turns true when FlowScreens replaces the start screen that App
 * rendered first.
 */
function useVisitFocus(visit: Visit, deferredLoaded: boolean): void {
  const shownVisit = useRef(visit);
  const focusedHeading = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const previous = shownVisit.current;
    shownVisit.current = visit;
    if (previous === visit || visit.attract) return;
    focusedHeading.current = document.getElementById(SCREEN_HEADING_ID);
    focusedHeading.current?.focus();
  }, [visit]);

  // A visitor quicker than the deferred chunk gets the start screen rendered by App first.
  // When FlowScreens replaces it, focus would fall to <body> with the old heading.
  useLayoutEffect(() => {
    const heading = focusedHeading.current;
    if (!deferredLoaded || !heading || heading.isConnected || document.activeElement !== document.body) return;
    document.getElementById(SCREEN_HEADING_ID)?.focus();
  }, [deferredLoaded]);
}
