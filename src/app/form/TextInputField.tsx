import type { TargetedEvent } from 'preact';
import { describedBy, errorId, fieldId, hintId } from './field-ids.ts';
import type { FieldView } from './field-view.ts';
import { FieldFrame } from './FieldFrame.tsx';

type TextInputType = 'text' | 'email' | 'tel';

interface TextInputFieldProps {
  view: FieldView;
  type: TextInputType;
  value: string;
  onValueChange: (value: string) => void;
  autocomplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email';
  /** Off for codes and addresses that a spell checker would only mark as wrong. */
  spellCheck?: boolean;
}

/** A single-line input for text, e-mail, phone numbers and NIKs. */
export function TextInputField({ view, type, value, onValueChange, autocomplete, inputMode, spellCheck }: TextInputFieldProps) {
  const { name, hint, errorMessage } = view;
  const inputProps: InputProps = {
    id: fieldId(name),
    name,
    class: 'input',
    value,
    autocomplete,
    inputMode,
    spellcheck: spellCheck,
    'aria-required': view.required || undefined,
    'aria-invalid': errorMessage ? true : undefined,
    'aria-describedby': describedBy(hint && hintId(name), errorMessage && errorId(name)),
    'data-speech-private': view.personal ? '' : undefined,
    onInput: (event) => onValueChange(event.currentTarget.value),
  };

  return (
    <FieldFrame view={view}>
      <TypedInput type={type} props={inputProps} />
    </FieldFrame>
  );
}

interface InputProps {
  id: string;
  name: string;
  class: string;
  value: string;
  autocomplete: string | undefined;
  inputMode: TextInputFieldProps['inputMode'];
  spellcheck: boolean | undefined;
  'aria-required': true | undefined;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'data-speech-private': '' | undefined;
  onInput: (event: TargetedEvent<HTMLInputElement>) => void;
}

/**
 * Preact types each input type as its own variant. A `type` that is a union of three literals
 * matches none of them, so each literal gets its own branch.
 */
function TypedInput({ type, props }: { type: TextInputType; props: InputProps }) {
  if (type === 'email') return <input type="email" {...props} />;
  if (type === 'tel') return <input type="tel" {...props} />;
  return <input type="text" {...props} />;
}
