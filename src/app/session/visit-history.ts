/**
 * Tags the browser's history entries with the current visit, so Back cannot lead into a
 * previous visitor's part of the history. The screens themselves live in memory and are gone
 * after a reset, but old entries would still let Back walk out of the app, or into another
 * page of it that the back/forward cache kept with the previous visitor's state.
 */
const VISIT_KEY = 'loketVisit';

let currentVisit = newVisitId();

// Not crypto.randomUUID, which does not exist outside a secure context, such as a kiosk that
// loads Loket over plain http on a LAN. The id only has to differ between visits.
function newVisitId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Returns a history state for pushState that carries the current visit's tag. */
export function visitHistoryState(state: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...state, [VISIT_KEY]: currentVisit };
}

/** Returns true for a history state tagged by an earlier visit. Untagged states belong to no visit. */
function isFromEarlierVisit(state: unknown): boolean {
  if (typeof state !== 'object' || state === null || !(VISIT_KEY in state)) return false;
  return (state as Record<string, unknown>)[VISIT_KEY] !== currentVisit;
}

/** Starts a new visit: a new tag, written onto the entry the browser shows now. */
export function startVisitHistory(): void {
  currentVisit = newVisitId();
  history.replaceState(visitHistoryState(), '');
}

/**
 * Keeps Back out of earlier visits: an entry of an earlier visit is replaced at once by a new
 * entry of the current one, so Back stays where it is. `onRestoredFromCache` runs when the
 * browser brings this page back from its back/forward cache with whatever state it had.
 * Returns the function that removes both listeners.
 */
export function guardVisitHistory(onRestoredFromCache: () => void): () => void {
  const onPopState = (event: PopStateEvent) => {
    if (!isFromEarlierVisit(event.state)) return;
    // Registered in the capture phase, which runs before the leave guard's listener
    // (use-leave-guard.ts), so the guard never treats this as Back inside the current form.
    event.stopImmediatePropagation();
    history.pushState(visitHistoryState(), '');
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) onRestoredFromCache();
  };

  window.addEventListener('popstate', onPopState, { capture: true });
  window.addEventListener('pageshow', onPageShow);
  return () => {
    window.removeEventListener('popstate', onPopState, { capture: true });
    window.removeEventListener('pageshow', onPageShow);
  };
}
