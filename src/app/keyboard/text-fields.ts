/** A field the on-screen keyboard types into. */
export type TextField = HTMLInputElement | HTMLTextAreaElement;

// Input types that take free typing. number is left out because Loket renders none and its
// value cannot hold a partly typed entry.
const TYPED_INPUT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url']);

/** Returns whether `element` is an editable single-line text input or a textarea. */
export function isTextField(element: EventTarget | null): element is TextField {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (element instanceof HTMLInputElement) return TYPED_INPUT_TYPES.has(element.type) && !element.readOnly && !element.disabled;
  return false;
}

/**
 * Returns whether the field supports the selection API. Browsers throw on selectionStart and
 * setRangeText for type=email (HTML Standard, "do not apply" table for the selection API).
 */
export function hasCaret(field: TextField): boolean {
  return field instanceof HTMLTextAreaElement || field.type !== 'email';
}

/** Returns the text of the field's first label, without the "(wajib)" marker's extra spaces. */
export function fieldLabel(field: TextField): string {
  const label = field.labels?.[0]?.textContent ?? field.getAttribute('aria-label') ?? '';
  return label.replace(/\s+/g, ' ').trim();
}
