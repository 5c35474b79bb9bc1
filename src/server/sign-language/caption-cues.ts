/** Maximum length of a caption cue, in characters. A longer sentence is split into parts. */
export const MAX_CUE_CHARACTERS = 80;

/** Abbreviations whose full stop ends no sentence, such as "Jl." (jalan) in an address. */
const ABBREVIATIONS = new Set(['Jl.', 'No.', 'Kel.', 'Kec.', 'Dr.']);

export interface CaptionCue {
  /** Seconds from the start of the clip. */
  start: number;
  end: number;
  text: string;
}

function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let current: string[] = [];
  for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
    current.push(word);
    if (/[.!?…]$/.test(word) && !ABBREVIATIONS.has(word)) {
      sentences.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current.join(' '));
  return sentences;
}

/**
 * Splits a sentence longer than MAX_CUE_CHARACTERS: at the comma nearest its middle when both
 * halves fit, else between words into parts of about equal length.
 */
function splitLongSentence(sentence: string): string[] {
  if (sentence.length <= MAX_CUE_CHARACTERS) return [sentence];
  const commas = [...sentence.matchAll(/, /g)].map((match) => match.index + 1);
  const fitting = commas.filter((at) => at <= MAX_CUE_CHARACTERS && sentence.length - at - 1 <= MAX_CUE_CHARACTERS);
  if (fitting.length > 0) {
    const middle = sentence.length / 2;
    const at = fitting.reduce((best, next) => (Math.abs(next - middle) < Math.abs(best - middle) ? next : best));
    return [sentence.slice(0, at), sentence.slice(at + 1)];
  }
  const target = Math.ceil(sentence.length / Math.ceil(sentence.length / MAX_CUE_CHARACTERS));
  const parts: string[] = [];
  let current = '';
  for (const word of sentence.split(' ')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && (next.length > MAX_CUE_CHARACTERS || current.length >= target)) {
      parts.push(current);
      current = word;
    } else {
      current = next;
    }
  }
  if (current !== '') parts.push(current);
  return parts;
}

/** Returns the text of each caption cue: one per sentence, or per part of a long sentence. */
export function captionCueTexts(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap(splitSentences).flatMap(splitLongSentence);
}

/**
 * Times the cues across a clip of `seconds`, each in proportion to its length, so that they
 * follow the clip's reading pace. The first cue starts at 0 and the last ends with the clip.
 */
export function timeCaptionCues(texts: readonly string[], seconds: number): CaptionCue[] {
  const total = texts.reduce((sum, text) => sum + text.length, 0);
  const cues: CaptionCue[] = [];
  let characters = 0;
  for (const text of texts) {
    const start = Math.round((characters / total) * seconds * 1000) / 1000;
    characters += text.length;
    const end = Math.round((characters / total) * seconds * 1000) / 1000;
    cues.push({ start, end, text });
  }
  return cues;
}
