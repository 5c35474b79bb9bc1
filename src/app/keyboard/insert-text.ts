import { hasCaret, type TextField } from './text-fields.ts';

/**
 * Inserts `text` at the caret, replacing any selection, and fires a bubbling InputEvent so the
 * app's own onInput handlers see the change as typing. A field's maxLength (when set) is
 * respected: text that would not fit is cut, as a browser cuts typed text. Returns the number
 * of characters inserted.
 *
 * NOTE: type=email has no selection API, so there the text goes to the end of the value.
 */
export function insertAtCaret(field: TextField, text: string): number {
  const [start, end] = selection(field);
  const room = field.maxLength >= 0 ? field.maxLength - (field.value.length - (end - start)) : Infinity;
  const accepted = [...text].slice(0, Math.max(0, room)).join('');
  if (accepted === '') return 0;

  replaceRange(field, accepted, start, end);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: accepted }));
  return accepted.length;
}

/**
 * Deletes the selection, or else the character before the caret, as Backspace does, and fires a
 * bubbling InputEvent. Returns whether anything was deleted.
 */
export function deleteBeforeCaret(field: TextField): boolean {
  let [start, end] = selection(field);
  if (start === end) {
    if (start === 0) return false;
    // One character back, keeping a surrogate pair (an emoji pasted earlier) together.
    const before = field.value.slice(0, start);
    start -= [...before].at(-1)?.length ?? 1;
  }
  replaceRange(field, '', start, end);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
  return true;
}

function selection(field: TextField): [number, number] {
  if (!hasCaret(field)) return [field.value.length, field.value.length];
  const start = field.selectionStart ?? field.value.length;
  return [start, field.selectionEnd ?? start];
}

function replaceRange(field: TextField, text: string, start: number, end: number): void {
  if (hasCaret(field)) {
    field.setRangeText(text, start, end, 'end');
    return;
  }
  field.value = field.value.slice(0, start) + text + field.value.slice(end);
}
