const FOCUSABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';

function isTabbable(element: HTMLElement): boolean {
  if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled) return false;
  return element.checkVisibility?.({ visibilityProperty: true }) ?? true;
}

/**
 * Returns the control that Tab would reach after `field` if the on-screen keyboard were not in
 * the way, skipping everything inside `exclude` (the keyboard). Radio buttons count once per
 * group, at the selected one when there is one, as the browser's own Tab order does.
 */
export function nextControlAfter(field: HTMLElement, exclude: HTMLElement): HTMLElement | undefined {
  const candidates = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !exclude.contains(element) && isTabbable(element),
  );
  const after = candidates.slice(candidates.indexOf(field) + 1);
  const next = after[0];
  if (next instanceof HTMLInputElement && next.type === 'radio' && next.name) {
    const group = next.form?.elements.namedItem(next.name);
    const checked = group instanceof RadioNodeList ? [...group].find((radio) => (radio as HTMLInputElement).checked) : undefined;
    if (checked instanceof HTMLInputElement) return checked;
  }
  return next;
}
