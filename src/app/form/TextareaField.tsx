import { CharacterCount, countId } from './CharacterCount.tsx';
import { describedBy, errorId, fieldId, hintId } from './field-ids.ts';
import type { FieldView } from './field-view.ts';
import { FieldFrame } from './FieldFrame.tsx';

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
    <FieldFrame view={view}>
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
    </FieldFrame>
  );
}
