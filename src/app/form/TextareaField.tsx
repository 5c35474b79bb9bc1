import { CharacterCount, countId } from './CharacterCount.tsx';
import { FieldErrorMessage } from './FieldErrorMessage.tsx';
import { FieldHint } from './FieldHint.tsx';
import { describedBy, errorId, fieldId, hintId } from './field-ids.ts';
import type { FieldView } from './field-view.ts';
import { LabelText } from './LabelText.tsx';

interface TextareaFieldProps {
  view: FieldView;
  value: string;
  /** Shows a character count; no maxlength attribute, which would cut pasted text silently. */
  maxLength?: number;
  autocomplete?: string;
  onValueChange: (value: string) => void;
}

export function TextareaField({ view, value, maxLength, autocomplete, onValueChange }: TextareaFieldProps) {
  const { name, hint, errorMessage } = view;
  return (
    <div class={errorMessage ? 'field field--error' : 'field'}>
      <label class="field__label" for={fieldId(name)}>
        <LabelText label={view.label} required={view.required} />
      </label>
      <FieldHint name={name} hint={hint} />
      <FieldErrorMessage name={name} message={errorMessage} />
      <textarea
        id={fieldId(name)}
        name={name}
        class="textarea"
        rows={5}
        value={value}
        autocomplete={autocomplete}
        aria-required={view.required || undefined}
        aria-invalid={errorMessage ? true : undefined}
        aria-describedby={describedBy(hint && hintId(name), maxLength !== undefined && countId(name), errorMessage && errorId(name))}
        data-speech-private={view.personal ? '' : undefined}
        onInput={(event) => onValueChange(event.currentTarget.value)}
      />
      {maxLength !== undefined && <CharacterCount name={name} maxLength={maxLength} value={value} />}
    </div>
  );
}
