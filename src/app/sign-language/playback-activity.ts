import { reportActivity } from '../session/activity.ts';

/** How often a playing clip reports to the idle timer that someone is watching, in milliseconds. */
export const ACTIVITY_INTERVAL_MS = 5000;

let lastReport = Number.NEGATIVE_INFINITY;

/**
 * Reports activity for a playing clip at most once per ACTIVITY_INTERVAL_MS. A Deaf visitor who
 * watches a long clip touches nothing, and the kiosk must not reset under them. The media
 * element's timeupdate events, which fire several times a second during playback, call this.
 */
export function reportPlaybackActivity(now: number = Date.now()): void {
  if (now - lastReport < ACTIVITY_INTERVAL_MS) return;
  lastReport = now;
  reportActivity();
}
