/**
 * Activity that the idle timer cannot see as DOM events: speech being spoken, a sign-language
 * video playing. Their owners report it here; the idle timer listens.
 */
type ActivityListener = () => void;

const listeners = new Set<ActivityListener>();

export function reportActivity(): void {
  for (const listener of listeners) listener();
}

/** Adds a listener and returns the function that removes it. */
export function onActivity(listener: ActivityListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
