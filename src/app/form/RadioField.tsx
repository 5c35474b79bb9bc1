import { FieldErrorMessage } from './FieldErrorMessage.tsx';
import { FieldHint } from './FieldHint.tsx';
import { describedBy, errorId, hintId, optionId } from './field-ids.ts';
import type { ChoiceOption, FieldView } from './field-view.ts';
import { LabelText } from './LabelText.tsx';

interface RadioFieldProps {
  view: FieldView;
  options: readonly ChoiceOption[];
  value: string;
  onValueChange: (value: string) => void;
}

/** Native radios in a fieldset; the legend is the question and each option has its own label. */
export function RadioField({ view, options, value, onValueChange }: RadioFieldProps) {
  const { name, hint, errorMessage } = view;
  return (
    <div class={errorMessage ? 'field field--error' : 'field'} data-sign-topic={view.signTopic} data-sign-error-topic={view.signErrorTopic}>
      <fieldset class="fieldset" aria-describedby={describedBy(hint && hintId(name), errorMessage && errorId(name))}>
        <legend class="field__label">
          <LabelText label={view.label} required={view.required} />
        </legend>
        <FieldHint name={name} hint={hint} />
        <FieldErrorMessage name={name} message={errorMessage} />
        <div class="choices">
          {options.map((option, index) => {
            const id = optionId(name, option.value, index);
            return (
              <div class="choice" key={option.value}>
                <input
                  id={id}
                  class="choice__input"
                  type="radio"
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  // Every option carries the invalid state, so screen readers report it on whichever
                  // option has focus. The message itself is the fieldset's description.
                  aria-invalid={errorMessage ? true : undefined}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                  onChange={() => onValueChange(option.value)}
                />
                <label class="choice__label" for={id}>
                  {option.label}
                </label>
                {option.hint && (
                  <p id={`${id}-hint`} class="choice__hint">
                    {option.hint}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
