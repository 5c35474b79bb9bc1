import { fieldId } from './field-ids.ts';

/**
 * Moves focus to a field's input and returns whether it exists. In a radio group that has an
 * answer, focus goes to the chosen option, where Tab would put it. Focus on the first option
 * would announce it as "not checked", and an arrow key would then change the answer.
 *
 * The label, or for radios and checkboxes the legend, is scrolled into view first. Scrolling to
 * the input alone can leave its question above the screen edge. NVDA then announces only the
 * field type, as GOV.UK Frontend's error summary documents for NVDA 2018.3.2.
 */
export function focusField(name: string): boolean {
  const input = document.getElementById(fieldId(name));
  if (!input) return false;

  const fieldset = input.closest('fieldset');
  const isRadio = input instanceof HTMLInputElement && input.type === 'radio';
  const checkedRadio = isRadio ? fieldset?.querySelector<HTMLInputElement>('input[type="radio"]:checked') : null;
  const target = checkedRadio ?? input;

  const legend = fieldset?.querySelector('legend');
  const context = legend ?? document.querySelector(`label[for="${input.id}"]`);
  // jsdom implements no scrolling, so scrollIntoView may be missing in component tests.
  context?.scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: Boolean(context) });
  return true;
}
