/**
 * Makes choices work with the keys a telephone-style kiosk keypad sends (docs/keypad.md), which
 * has no Space. Chromium submits the form when Enter is pressed on a checkbox or radio button
 * (implicit submission). Here Enter ticks a checkbox on and off, and selects a radio button,
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

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * Moves focus between the buttons of a labelled row of toggle buttons (role="group"), such as
 * the languages or the text sizes, as arrows do in a radio group. Tab still moves on, so the
 * arrows only add a shorter way. The on-screen keyboard handles its own arrows.
 */
export function handleGroupArrows(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  let step = 0;
  if (NEXT_KEYS.has(event.key)) step = 1;
  if (PREVIOUS_KEYS.has(event.key)) step = -1;
  const target = event.target;
  if (step === 0 || !(target instanceof HTMLButtonElement) || target.closest('.osk')) return;
  const group = target.closest('[role="group"]');
  if (!group) return;

  const buttons = [...group.querySelectorAll('button')].filter((button) => !button.disabled);
  const next = buttons[buttons.indexOf(target) + step];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

function onKeyDown(event: KeyboardEvent): void {
  handleChoiceEnter(event);
  handleGroupArrows(event);
}

/** Installs the keypad handling on the document and returns the function that removes it. */
export function installKeypadKeys(): () => void {
  document.addEventListener('keydown', onKeyDown);
  return () => document.removeEventListener('keydown', onKeyDown);
}
