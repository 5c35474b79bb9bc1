import type { VTTNode } from 'media-captions';

/** Returns the text of cue nodes without their markup (bold, voice and class spans). */
function textOf(nodes: readonly VTTNode[]): string {
  let text = '';
  for (const node of nodes) {
    if ('children' in node) text += textOf(node.children);
    else if (node.type === 'text') text += node.data;
  }
  return text;
}

/**
 * Fetches a clip's WebVTT captions and returns the text of each cue, without timing or markup,
 * for the panel to show when the video cannot play. Returns undefined when the file is missing,
 * does not parse or has no cues. The parser loads on first use, because most visits never need it.
 */
export async function fetchCaptionText(url: string, fetchImpl: typeof fetch = fetch): Promise<string[] | undefined> {
  let text: string;
  try {
    const response = await fetchImpl(url);
    if (!response.ok) return undefined;
    text = await response.text();
  } catch {
    return undefined;
  }
  try {
    const { parseText, tokenizeVTTCue } = await import('media-captions');
    const { cues } = await parseText(text);
    const lines = cues.map((cue) => textOf(tokenizeVTTCue(cue)).trim()).filter((line) => line !== '');
    return lines.length > 0 ? lines : undefined;
  } catch (error) {
    console.warn('Reading sign-language captions failed', url, error);
    return undefined;
  }
}
