/**
 * Element ids of a field. The input (for radios and checkboxes, the first option) is always
 * `field-<name>`, so error links and browser tests can target `#field-<name>`.
 */

export function fieldId(name: string): string {
  return `field-${name}`;
}

/** Id of a field's answer on the review screen, which its "Ubah" link and error link point to. */
export function answerId(name: string): string {
  return `answer-${name}`;
}

export function optionId(name: string, value: string, index: number): string {
  return index === 0 ? fieldId(name) : `${fieldId(name)}-${value}`;
}

export function hintId(name: string): string {
  return `${fieldId(name)}-hint`;
}

export function errorId(name: string): string {
  return `${fieldId(name)}-error`;
}

/** Joins the ids that exist into an aria-describedby value, or undefined when there are none. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}
