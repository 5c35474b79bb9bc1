/** Reading speed the sample clips assume, in characters per second. */
export const READING_CHARACTERS_PER_SECOND = 15;
export const MIN_CLIP_SECONDS = 4;
export const MAX_CLIP_SECONDS = 20;

/**
 * Returns how long a sample clip showing `text` lasts, in whole seconds so that the last
 * second also starts with a keyframe.
 */
export function clipSeconds(text: string): number {
  const seconds = Math.ceil(text.length / READING_CHARACTERS_PER_SECOND);
  return Math.min(MAX_CLIP_SECONDS, Math.max(MIN_CLIP_SECONDS, seconds));
}
