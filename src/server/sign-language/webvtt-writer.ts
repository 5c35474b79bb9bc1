import type { CaptionCue } from './caption-cues.ts';

function formatTimestamp(seconds: number): string {
  const milliseconds = Math.round(seconds * 1000);
  const hours = Math.floor(milliseconds / 3_600_000);
  const minutes = Math.floor(milliseconds / 60_000) % 60;
  const rest = milliseconds % 60_000;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(Math.floor(rest / 1000), 2)}.${pad(rest % 1000, 3)}`;
}

/** Escapes the characters WebVTT cue text reserves for tags and entities. */
export function escapeCueText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Writes a WebVTT file with one single-line cue per entry, in order. */
export function writeWebVtt(cues: readonly CaptionCue[]): string {
  const blocks = cues.map((cue) => {
    if (/[\r\n]/.test(cue.text)) throw new Error(`A caption cue must be one line: ${JSON.stringify(cue.text)}`);
    return `${formatTimestamp(cue.start)} --> ${formatTimestamp(cue.end)}\n${escapeCueText(cue.text)}`;
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}
