import type { FieldView } from '../form/field-view.ts';
import { TextInputField } from '../form/TextInputField.tsx';
import { useTranslation } from '../i18n/use-translation.ts';
import { EXAMPLE_TRACKING_CODE, type LookupField } from '../status-lookup/lookup-input.ts';
import type { PrefillLookupValues } from './use-prefill-lookup.ts';

interface PrefillLookupFormProps {
  values: PrefillLookupValues;
  /** Messages at the fields, by field. */
  messages: ReadonlyMap<LookupField, string>;
  exampleNumber: string;
  busy: boolean;
  onValueChange: (field: LookupField, value: string) => void;
  onSubmit: () => void;
}

/** The registration number and tracking code of the request an objection is about, and "Cari permohonan". */
export function PrefillLookupForm({ values, messages, exampleNumber, busy, onValueChange, onSubmit }: PrefillLookupFormProps) {
  const { t } = useTranslation();
  const view = (name: LookupField, label: string, hint: string): FieldView => ({ name, label, hint, required: true, errorMessage: messages.get(name) });
  return (
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
          {busy ? t('objectionSource.looking') : t('objectionSource.lookupButton')}
        </button>
      </div>
    </form>
  );
}
