/**
 * Makes choices work with the keys a telephone-style kiosk keypad sends (docs/keypad.md), which
 * has no Space. Chromium submits the form when Enter is pressed on a checkbox or radio button
 * (implicit submission); here Enter ticks a checkbox on and off, and selects a radio button,
 * as Space would. Continuing is left to the form's buttons and single-line fields.
 */
export function handleChoiceEnter(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || target.disabled) return;
  if (target.type !== 'checkbox' && target.type !== 'radio') return;

  event.preventDefault();
  // click() runs the browser's own toggle, so input and change events reach the app as they
  // would from a tap. A selected radio button stays selected, as with Space.
  if (target.type === 'checkbox' || !target.checked) target.click();
}

/** Installs the keypad handling on the document and returns the function that removes it. */
export function installKeypadKeys(): () => void {
  document.addEventListener('keydown', handleChoiceEnter);
  return () => document.removeEventListener('keydown', handleChoiceEnter);
}
