import type { TFunction } from 'i18next';

/**
 * Turns rendered DOM text into the text that speech guidance speaks: hidden parts skipped,
 * pauses after blocks, and three data attributes applied:
 *
 * - `data-speech-private` marks personal data (a field's input, a review answer). Its value is
 *   replaced by "not read aloud through the loudspeaker" unless the visitor confirmed headphones.
 * - `data-speech-intro` marks the text spoken with a screen's h1: the lead paragraph, the
 *   receipt's number and dates.
 * - `data-speech-spell` marks codes read character by character, such as the tracking code.
 */

export const PRIVATE_ATTRIBUTE = 'data-speech-private';
export const INTRO_ATTRIBUTE = 'data-speech-intro';
export const SPELL_ATTRIBUTE = 'data-speech-spell';

export interface SpokenTextOptions {
  t: TFunction;
  /** True once the visitor confirmed headphones: personal values may then be spoken. */
  speakPrivate: boolean;
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'INPUT', 'SELECT', 'TEXTAREA']);
const BLOCK_TAGS = new Set([
  'P', 'LI', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'DIV', 'SECTION', 'UL', 'OL', 'DL', 'TR', 'TD', 'TH',
  'LABEL', 'FIELDSET', 'FORM', 'HEADER', 'MAIN', 'BR', 'BUTTON',
]);
const ENDS_WITH_PUNCTUATION = /[.:!?…,;]$/;

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** Checks that the element and all its ancestors are rendered and not hidden from assistive technology. */
export function isShown(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isHidden(node)) return false;
  }
  return true;
}

function isBlock(element: Element): boolean {
  if (BLOCK_TAGS.has(element.tagName)) return true;
  // Chromium applies the stylesheet, so a span styled as a block (the h1's caption) gets a pause.
  // Absolute positioning turns any display into block, but .visually-hidden text such as the
  // field name in "Ubah <NIK>" continues its sentence.
  const style = getComputedStyle(element);
  if (style.position === 'absolute' || style.position === 'fixed') return false;
  return style.display !== '' && !style.display.startsWith('inline') && style.display !== 'contents';
}

/** Checks whether the element is personal data or inside personal data. */
export function isPrivate(element: Element): boolean {
  return element.closest(`[${PRIVATE_ATTRIBUTE}]`) !== null;
}

/** Reads a code one character at a time, groups (split at spaces and hyphens) separated by a pause: "3 6 7 1, 0 1 4 5". */
export function spell(text: string, maskedWord = ''): string {
  return text
    .trim()
    .split(/[\s-]+/)
    .filter((group) => group !== '')
    // A masked group such as the NIK's "****" is one word, not four asterisks read aloud.
    .map((group) => (maskedWord && /^\*+$/.test(group) ? maskedWord : [...group].join(' ')))
    .join(', ');
}

/** Collects text with a pause after each block, added only when more text follows. */
class SpokenBuffer {
  private text = '';
  private pause = '';

  append(fragment: string): void {
    if (fragment.trim() === '') {
      if (fragment !== '' && this.text !== '' && !this.text.endsWith(' ')) this.text += ' ';
      return;
    }
    if (this.pause && this.text.trim() !== '') {
      this.text = this.text.trimEnd();
      if (!ENDS_WITH_PUNCTUATION.test(this.text)) this.text += this.pause;
      this.text += ' ';
    }
    this.pause = '';
    this.text += fragment;
  }

  /** Asks for a pause before a block's text, unless the previous block already asked for one. */
  startBlock(): void {
    if (!this.pause) this.pause = '.';
  }

  /** Asks for a pause after a block: a colon after a term (dt), so "Nomor pendaftaran: 1/PPID/…". */
  endBlock(mark: '.' | ':'): void {
    this.pause = mark;
  }

  toString(): string {
    return normalize(this.text);
  }
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s+([.,:;!?])/g, '$1').trim();
}

function collect(node: Node, options: SpokenTextOptions, buffer: SpokenBuffer): void {
  if (node.nodeType === Node.TEXT_NODE) {
    buffer.append(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const element = node as Element;
  if (SKIPPED_TAGS.has(element.tagName) || isHidden(element)) return;

  const block = isBlock(element);
  if (block) buffer.startBlock();
  if (element.hasAttribute(PRIVATE_ATTRIBUTE) && !options.speakPrivate) {
    buffer.append(` ${options.t('speech.privateValue')} `);
  } else if (element.hasAttribute(SPELL_ATTRIBUTE)) {
    buffer.append(` ${spell(element.textContent ?? '', options.t('speech.masked'))} `);
  } else {
    for (const child of element.childNodes) collect(child, options, buffer);
  }
  if (block) buffer.endBlock(element.tagName === 'DT' ? ':' : '.');
}

/** Returns the element's rendered text as it should be spoken, with personal values withheld unless allowed. */
export function textOf(element: Element, options: SpokenTextOptions): string {
  return isShown(element) ? textOfReferenced(element, options) : '';
}

/** Returns the element's text as spoken even when the element itself is hidden, as aria-labelledby and aria-describedby targets count. */
export function textOfReferenced(element: Element, options: SpokenTextOptions): string {
  const buffer = new SpokenBuffer();
  if (element.hasAttribute(PRIVATE_ATTRIBUTE) && !options.speakPrivate) return options.t('speech.privateValue');
  for (const child of element.childNodes) collect(child, options, buffer);
  return buffer.toString();
}

/** Joins sentences with a full stop where one is missing, dropping empty ones. */
export function joinSentences(sentences: readonly string[]): string {
  return sentences
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '')
    .map((sentence) => (ENDS_WITH_PUNCTUATION.test(sentence) ? sentence : `${sentence}.`))
    .join(' ');
}
