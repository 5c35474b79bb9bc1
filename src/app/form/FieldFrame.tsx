import type { ComponentChildren } from 'preact';
import { FieldErrorMessage } from './FieldErrorMessage.tsx';
import { FieldHint } from './FieldHint.tsx';
import { fieldId } from './field-ids.ts';
import type { FieldView } from './field-view.ts';
import { LabelText } from './LabelText.tsx';

/**
 * Wraps one text, date or select control with its label, hint and error message, in the order
 * every field shows them. The control itself points at the hint and error by their ids.
 */
export function FieldFrame({ view, children }: { view: FieldView; children: ComponentChildren }) {
  const { name, hint, errorMessage } = view;
  return (
    <div class={errorMessage ? 'field field--error' : 'field'} data-sign-topic={view.signTopic} data-sign-error-topic={view.signErrorTopic}>
      <label class="field__label" for={fieldId(name)}>
        <LabelText label={view.label} required={view.required} />
      </label>
      <FieldHint name={name} hint={hint} />
      <FieldErrorMessage name={name} message={errorMessage} />
      {children}
    </div>
  );
}
