import type { FieldView } from '../form/field-view.ts';
import { TextInputField } from '../form/TextInputField.tsx';
import { useTranslation } from '../i18n/use-translation.ts';
import { EXAMPLE_TRACKING_CODE, type LookupField } from './lookup-input.ts';
import type { LookupValues } from './use-status-lookup.ts';

interface LookupFormProps {
  values: LookupValues;
  /** Messages at the fields, by field. */
  messages: ReadonlyMap<LookupField, string>;
  exampleNumber: string;
  busy: boolean;
  /** The button's text, and its text while the look-up runs. */
  submitLabel: string;
  busyLabel: string;
  onValueChange: (field: LookupField, value: string) => void;
  onSubmit: () => void;
}

/**
 * Renders the inputs for the registration number and tracking code, and the button that looks
 * them up: on the status page, and on the objection's first screen to find the request.
 */
export function LookupForm({ values, messages, exampleNumber, busy, submitLabel, busyLabel, onValueChange, onSubmit }: LookupFormProps) {
  const { t } = useTranslation();
  const view = (name: LookupField, label: string, hint: string): FieldView => ({
    name,
    label,
    hint,
    required: true,
    errorMessage: messages.get(name),
  });

  return (
    // noValidate: the page checks the values itself and shows the app's own error summary.
    <form
      class="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {/* Neither value is personal, but autofill would offer one visitor's number to the next. */}
      <TextInputField
        view={view('registrationNumber', t('statusLookup.numberLabel'), t('statusLookup.numberHint', { example: exampleNumber }))}
        type="text"
        autocomplete="off"
        spellCheck={false}
        value={values.registrationNumber}
        onValueChange={(value) => onValueChange('registrationNumber', value)}
      />
      <TextInputField
        view={view('trackingCode', t('statusLookup.codeLabel'), t('statusLookup.codeHint', { example: EXAMPLE_TRACKING_CODE }))}
        type="text"
        autocomplete="off"
        spellCheck={false}
        value={values.trackingCode}
        onValueChange={(value) => onValueChange('trackingCode', value)}
      />

      <div class="button-row">
        {/* aria-disabled rather than disabled: a disabled button would drop keyboard focus. */}
        <button type="submit" class="button button--primary" aria-disabled={busy || undefined}>
          {busy ? busyLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
