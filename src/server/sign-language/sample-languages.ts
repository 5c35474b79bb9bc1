import type { SampleClipText } from './sample-text.ts';

/**
 * Above this total, SIBI gets clips for screens and steps only: the repository and every
 * kiosk's first prefetch carry the samples, and SIBI is the optional second language.
 */
export const SAMPLE_SIZE_BUDGET_BYTES = 6 * 1024 * 1024;

/**
 * Returns the clips SIBI gets: all of BISINDO's while a second full set (about as large as
 * BISINDO's, since the clips last as long) fits the budget, else those of screens and steps.
 */
export function sibiClips(clips: readonly SampleClipText[], bisindoBytes: number): SampleClipText[] {
  if (bisindoBytes * 2 <= SAMPLE_SIZE_BUDGET_BYTES) return [...clips];
  return clips.filter((clip) => clip.key.startsWith('screen.') || clip.key.startsWith('step.'));
}
