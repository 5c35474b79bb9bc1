import type { TargetedEvent } from 'preact';
import { describedBy, errorId, fieldId, hintId } from './field-ids.ts';
import type { FieldView } from './field-view.ts';
import { FieldFrame } from './FieldFrame.tsx';

/** A date as `<input type="date">` reports it: the only form the value attribute takes. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The answer stored for a date the visitor typed only in part. The input then reports an empty
 * value, which would read as "not answered", so this marker makes the engine report dateInvalid
 * ("enter a real date") instead. It never reaches a payload, because validation rejects it.
 */
export const INCOMPLETE_DATE = 'incomplete';

export function isCompleteDate(value: string): boolean {
  return ISO_DATE.test(value);
}

interface DateFieldProps {
  view: FieldView;
  value: string;
  /** The latest date offered (YYYY-MM-DD): today in the agency's time zone. The engine rejects later dates. */
  max?: string;
  onValueChange: (value: string) => void;
}

/**
 * The browser's own date input. Its segments take digits from a keypad or keyboard, the arrows
 * change the focused segment, and a tap opens the browser's calendar. The on-screen keyboard
 * stays closed here (keyboard/text-fields.ts does not count type=date as a text field), because
 * its keys insert text with setRangeText, which a date input does not support.
 *
 * NOTE: the order of the segments (day/month/year or month/day/year) follows the browser's own
 * language, not the page's, so the hint gives its example in words. Kiosks should run Chromium
 * with `--lang=id`, so a keypad user types the day first, as Indonesian dates are written.
 */
export function DateField({ view, value, max, onValueChange }: DateFieldProps) {
  const { name, hint, errorMessage } = view;
  // Chromium sets badInput while only some segments are filled, and the value is then empty.
  const report = (event: TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const next = input.value === '' && input.validity.badInput ? INCOMPLETE_DATE : input.value;
    if (next !== value) onValueChange(next);
  };
  return (
    <FieldFrame view={view}>
      <input
        id={fieldId(name)}
        name={name}
        type="date"
        class="input input--date"
        // The marker is not a date: the input shows it as empty and keeps the typed segments.
        value={isCompleteDate(value) ? value : ''}
        min="1900-01-01"
        max={max}
        aria-required={view.required || undefined}
        aria-invalid={errorMessage ? true : undefined}
        aria-describedby={describedBy(hint && hintId(name), errorMessage && errorId(name))}
        onInput={report}
        onBlur={report}
      />
    </FieldFrame>
  );
}
