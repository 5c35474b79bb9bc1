import { ParseError, parseText } from 'media-captions';
import type { SignCheckFinding } from './sign-check-finding.ts';
import { findSkippedCaptionBlocks, type SkippedCaptionBlock } from './skipped-caption-blocks.ts';

export interface CaptionsCheck {
  findings: Omit<SignCheckFinding, 'language' | 'key'>[];
  /** When the last cue ends, in seconds; undefined when there are no valid cues. */
  lastCueEnd: number | undefined;
}

/**
 * media-captions 1.0.4's parse errors, recognised by their English reason, with the values the
 * reason quotes. The report describes each kind in both languages. An unrecognised reason
 * becomes `format`, whose `detail` keeps the library's text for `--json` only.
 */
const PARSE_ERROR_KINDS: readonly [RegExp, string, readonly string[]][] = [
  [/^missing WEBVTT file header/, 'header', []],
  [/^cue start timestamp `(.*)` is invalid/, 'startTimestamp', ['value']],
  [/^cue end timestamp `(.*)` is invalid/, 'endTimestamp', ['value']],
  [/^cue end timestamp `(.*)` is greater than start `(.*)`/, 'endBeforeStart', ['end', 'start']],
  [/^invalid value for (?:cue|region) setting `(.*)` on line \d+ \(value: (.*)\)$/, 'settingValue', ['name', 'value']],
  [/^unknown (?:cue|region) setting `(.*)` on line \d+ \(value: (.*)\)$/, 'unknownSetting', ['name', 'value']],
];

function describeParseError(error: ParseError): SignCheckFinding['details'] {
  for (const [pattern, reason, names] of PARSE_ERROR_KINDS) {
    const match = pattern.exec(error.message);
    if (match) return { line: error.line, reason, ...Object.fromEntries(names.map((name, index) => [name, match[index + 1] ?? ''])) };
  }
  return { line: error.line, reason: 'format', detail: error.message };
}

/** The WebVTT signature: `WEBVTT` alone or followed by a space or tab and any text (WebVTT §4.1). */
const SIGNATURE = /^WEBVTT(?:[ \t].*)?$/;
/** A cue timing line, to find cues that media-captions drops without an error. */
const TIMING_LINE = /^((?:\d{2,}:)?\d{2}:\d{2}\.\d{3})[ \t]+-->[ \t]+((?:\d{2,}:)?\d{2}:\d{2}\.\d{3})(?:[ \t].*)?$/;

/**
 * Checks a WebVTT file the way browsers will read it: UTF-8 text with the WEBVTT header and at
 * least one cue. media-captions parses in strict mode and stops at the first error, which the
 * finding names with its line. Three things it lets pass are checked here: a first line that
 * only starts with WEBVTT (such as `WEBVTTX`), which browsers reject, a cue that ends before
 * it starts, and text with no timing line above it. It drops the last two without a word, and
 * browsers never show them.
 */
export async function checkCaptions(file: string, bytes: Uint8Array): Promise<CaptionsCheck> {
  const fault = (code: SignCheckFinding['code'], details: SignCheckFinding['details'] = {}): CaptionsCheck => ({
    findings: [{ code, file, details }],
    lastCueEnd: undefined,
  });

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fault('captionsNotUtf8');
  }
  // A byte order mark is allowed before the header (WebVTT §4.1), but media-captions 1.0.4 rejects it.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') return fault('captionsEmpty');
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (!SIGNATURE.test(firstLine)) return fault('captionsNoHeader', { line: 1 });

  let cues;
  try {
    ({ cues } = await parseText(text, { strict: true, type: 'vtt' }));
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return fault('captionsInvalid', describeParseError(error));
  }

  const reversed = findReversedCue(text);
  if (reversed !== undefined) return fault('captionsCueOrder', { line: reversed });
  const skipped = findSkippedCaptionBlocks(text);
  if (cues.length === 0 && skipped.length === 0) return fault('captionsNoCues');
  return {
    findings: skipped.map((block) => ({ code: 'captionsInvalid', file, details: describeSkippedBlock(block) })),
    lastCueEnd: cues.length === 0 ? undefined : Math.max(...cues.map((cue) => cue.endTime)),
  };
}

/** Names the line to correct: the mistyped timing line when the block has one, else the block's first line. */
function describeSkippedBlock(block: SkippedCaptionBlock): SignCheckFinding['details'] {
  if (block.timingLike) return { line: block.timingLike.line, reason: 'timingLine', value: block.timingLike.value };
  return { line: block.line, reason: 'textWithoutTiming' };
}

/** Finds the first cue whose end is not after its start and returns its line number. */
function findReversedCue(text: string): number | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  for (const [index, line] of lines.entries()) {
    const match = TIMING_LINE.exec(line.trim());
    if (match && toSeconds(match[2] ?? '') <= toSeconds(match[1] ?? '')) return index + 1;
  }
  return undefined;
}

function toSeconds(timestamp: string): number {
  return timestamp.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}
