import type { TFunction } from 'i18next';

/**
 * Builds the text that speech guidance speaks from the DOM, the way a screen reader would: a control's
 * accessible name, role, state or value, and its description (the aria-describedby targets:
 * hint, then error). Three data attributes refine it:
 *
 * - `data-speech-private` marks personal data (a field's input, a review answer). Its value is
 *   replaced by "not read aloud through the loudspeaker" unless the visitor confirmed headphones.
 * - `data-speech-intro` marks the text spoken with a screen's h1: the lead paragraph, the
 *   receipt's number and dates.
 * - `data-speech-spell` marks codes read character by character, such as the tracking code.
 *
 * This is a subset of the W3C accessible name computation that covers Loket's own markup,
 * not a general implementation.
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
const TEXT_INPUT_TYPES = new Set(['text', 'email', 'tel', 'search', 'url', 'number']);
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

function isPrivate(element: Element): boolean {
  return element.closest(`[${PRIVATE_ATTRIBUTE}]`) !== null;
}

/** Reads a code one character at a time, groups (split at spaces and hyphens) separated by a pause: "3 6 7 1, 0 1 4 5". */
export function spell(text: string): string {
  return text
    .trim()
    .split(/[\s-]+/)
    .filter((group) => group !== '')
    .map((group) => [...group].join(' '))
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
    buffer.append(` ${spell(element.textContent ?? '')} `);
  } else {
    for (const child of element.childNodes) collect(child, options, buffer);
  }
  if (block) buffer.endBlock(element.tagName === 'DT' ? ':' : '.');
}

/** Returns the element's rendered text as it should be spoken, with personal values withheld unless allowed. */
export function textOf(element: Element, options: SpokenTextOptions): string {
  if (!isShown(element)) return '';
  const buffer = new SpokenBuffer();
  if (element.hasAttribute(PRIVATE_ATTRIBUTE) && !options.speakPrivate) return options.t('speech.privateValue');
  for (const child of element.childNodes) collect(child, options, buffer);
  return buffer.toString();
}

function textOfIds(ids: string | null, options: SpokenTextOptions): string {
  if (!ids) return '';
  // Referenced elements count even when hidden, as in the accessible name computation.
  return joinSentences(
    ids
      .split(/\s+/)
      .map((id) => document.getElementById(id))
      .filter((target): target is HTMLElement => target !== null)
      .map((target) => textOfReferenced(target, options)),
  );
}

function textOfReferenced(element: Element, options: SpokenTextOptions): string {
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

export function accessibleName(element: Element, options: SpokenTextOptions): string {
  const labelledBy = textOfIds(element.getAttribute('aria-labelledby'), options);
  if (labelledBy) return labelledBy.replace(/\.$/, '');
  const label = element.getAttribute('aria-label');
  if (label?.trim()) return label.trim();
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) {
    const labels = [...(element.labels ?? [])].map((labelElement) => textOfReferenced(labelElement, options));
    if (labels.some((text) => text !== '')) return labels.join(' ');
  }
  if (element instanceof HTMLFieldSetElement) {
    const legend = element.querySelector(':scope > legend');
    return legend ? textOfReferenced(legend, options) : '';
  }
  const text = textOfReferenced(element, options);
  return text || (element.getAttribute('title') ?? '');
}

export function accessibleDescription(element: Element, options: SpokenTextOptions): string {
  return textOfIds(element.getAttribute('aria-describedby'), options);
}

function roleKey(element: Element): string | undefined {
  const role = element.getAttribute('role');
  if (role) return ['button', 'link', 'checkbox', 'radio', 'textbox'].includes(role) ? role : undefined;
  if (element instanceof HTMLButtonElement) return 'button';
  if (element instanceof HTMLAnchorElement && element.hasAttribute('href')) return 'link';
  if (element instanceof HTMLSelectElement) return 'select';
  if (element instanceof HTMLTextAreaElement) return 'textbox';
  if (element instanceof HTMLInputElement) {
    if (element.type === 'radio' || element.type === 'checkbox') return element.type;
    if (element.type === 'button' || element.type === 'submit') return 'button';
    return 'textbox';
  }
  return undefined;
}

function stateOf(element: Element, t: TFunction): string[] {
  const states: string[] = [];
  const pressed = element.getAttribute('aria-pressed');
  if (pressed !== null) states.push(t(pressed === 'true' ? 'speech.state.on' : 'speech.state.off'));
  const expanded = element.getAttribute('aria-expanded');
  if (expanded !== null) states.push(t(expanded === 'true' ? 'speech.state.expanded' : 'speech.state.collapsed'));
  if (element instanceof HTMLInputElement && element.type === 'radio') {
    states.push(t(element.checked ? 'speech.state.selected' : 'speech.state.notSelected'));
  }
  if (element instanceof HTMLInputElement && element.type === 'checkbox') {
    states.push(t(element.checked ? 'speech.state.checked' : 'speech.state.notChecked'));
  }
  if (element.getAttribute('aria-disabled') === 'true' || (element as HTMLButtonElement).disabled) {
    states.push(t('speech.state.unavailable'));
  }
  return states;
}

/** Returns a text field's value as spoken: withheld when personal, spelled digit by digit when it is a number. */
function valueOf(element: Element, options: SpokenTextOptions): string | undefined {
  const { t } = options;
  if (element instanceof HTMLSelectElement) return element.selectedOptions[0]?.text.trim();
  const isTextArea = element instanceof HTMLTextAreaElement;
  const isTextInput = element instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(element.type);
  if (!isTextArea && !isTextInput) return undefined;
  const value = (element as HTMLInputElement | HTMLTextAreaElement).value;
  if (value.trim() === '') return t('speech.empty');
  if (isPrivate(element) && !options.speakPrivate) return t('speech.privateValue');
  const numeric = isTextInput && (element.type === 'tel' || element.inputMode === 'numeric' || element.inputMode === 'tel');
  return numeric ? spell(value) : value.trim();
}

/** Returns the fieldset of a radio or checkbox, whose legend is the question. */
function groupOf(element: Element | null): HTMLFieldSetElement | null {
  if (!(element instanceof HTMLInputElement) || (element.type !== 'radio' && element.type !== 'checkbox')) return null;
  return element.closest('fieldset');
}

function dialogOf(element: Element | null): Element | null {
  return element?.closest('[role="dialog"], [role="alertdialog"], dialog') ?? null;
}

/**
 * Describes the focused element. A control gets its name, role, state or value, and
 * description, and anything else (a focused heading or error summary) its text. On entering a
 * radio group or a dialog from outside, their name and description come first, as screen
 * readers do. An alert dialog's message is therefore read with the button that receives focus.
 */
export function describeFocus(element: Element, options: SpokenTextOptions, previous: Element | null = null): string {
  const sentences: string[] = [];
  const dialog = dialogOf(element);
  if (dialog && dialogOf(previous) !== dialog && dialog !== element) {
    sentences.push(accessibleName(dialog, options), accessibleDescription(dialog, options));
  }
  const group = groupOf(element);
  if (group && groupOf(previous) !== group) {
    sentences.push(accessibleName(group, options), accessibleDescription(group, options));
  }

  const role = roleKey(element);
  if (!role) {
    sentences.push(textOf(element, options));
    return joinSentences(sentences);
  }
  const value = valueOf(element, options);
  const head = [accessibleName(element, options), options.t(`speech.role.${role}`), ...stateOf(element, options.t), value];
  sentences.push(head.filter((part): part is string => Boolean(part)).join(', '));
  sentences.push(accessibleDescription(element, options));
  return joinSentences(sentences);
}

/** Describes a changed value of the focused control: its new state or value, without the rest. */
export function describeChange(element: Element, options: SpokenTextOptions): string {
  const parts = [accessibleName(element, options), ...stateOf(element, options.t), valueOf(element, options)];
  return joinSentences([parts.filter((part): part is string => Boolean(part)).join(', ')]);
}

/** Describes the screen: its h1, then every shown element marked `data-speech-intro`, in document order. */
export function describeScreen(root: ParentNode, options: SpokenTextOptions): string {
  const heading = root.querySelector('h1');
  const intros = [...root.querySelectorAll(`[${INTRO_ATTRIBUTE}]`)].filter(isShown);
  return joinSentences([heading ? textOf(heading, options) : '', ...intros.map((intro) => textOf(intro, options))]);
}
