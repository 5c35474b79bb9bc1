import type { TFunction } from 'i18next';
import { currentLocale } from '../i18n/i18n.ts';
import { formatCalendarDate } from '../receipt/format-date-time.ts';
import { INTRO_ATTRIBUTE, isPrivate, PRIVATE_ATTRIBUTE, isShown, joinSentences, spell, textOf, textOfReferenced, type SpokenTextOptions } from './spoken-text.ts';

/**
 * Describes elements the way a screen reader would: a control's accessible name, role, state
 * or value, and its description (the aria-describedby targets: hint, then error). This is a
 * subset of the W3C accessible name computation that covers Loket's own markup, not a general
 * implementation.
 */

const TEXT_INPUT_TYPES = new Set(['text', 'email', 'tel', 'search', 'url', 'number']);

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

export function accessibleName(element: Element, options: SpokenTextOptions): string {
  const labelledBy = textOfIds(element.getAttribute('aria-labelledby'), options);
  if (labelledBy) return labelledBy.replace(/\.$/, '');
  // A control inside personal data, such as an on-screen key typing into the NIK, would spell
  // the value out: its name is withheld like the value. Fields keep their labels.
  if (!isFormField(element) && isPrivate(element) && !options.speakPrivate) return options.t('speech.privateValue');
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
  // A date input's value is YYYY-MM-DD whatever it shows, so it is spoken as the date in words.
  if (element instanceof HTMLInputElement && element.type === 'date') {
    return element.value === '' ? t('speech.empty') : formatCalendarDate(element.value, currentLocale());
  }
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
    const description = accessibleDescription(dialog, options);
    // An alert dialog without a description still has its message read: all of its text.
    if (description || dialog.getAttribute('role') !== 'alertdialog') sentences.push(accessibleName(dialog, options), description);
    else sentences.push(textOf(dialog, options));
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
  // On entering withheld keys (the on-screen keys of a NIK), the hint to use headphones is spoken once.
  const privateGroup = options.speakPrivate || isFormField(element) ? null : element.closest(`[${PRIVATE_ATTRIBUTE}]`);
  const hint = privateGroup && !(previous && privateGroup.contains(previous)) ? options.t('speech.headphonesHint') : '';
  const value = valueOf(element, options);
  const head = [accessibleName(element, options), options.t(`speech.role.${role}`), ...stateOf(element, options.t), value];
  sentences.push(head.filter((part): part is string => Boolean(part)).join(', '));
  sentences.push(accessibleDescription(element, options), hint);
  return joinSentences(sentences);
}

function isFormField(element: Element): boolean {
  return element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement;
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
