import type { FieldDefinition, FieldValue, FormValues } from '../../domain/forms/types.ts';
import { errorTopic, fieldTopic } from '../../domain/sign-language/topics.ts';
import { isSharedDevice } from '../device.ts';
import { translateOptional } from '../i18n/i18n.ts';
import { fieldHintKey, fieldLabelKey } from '../i18n/form-keys.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { CheckboxesField } from './CheckboxesField.tsx';
import { DateField } from './DateField.tsx';
import { fieldOptions } from './field-options.ts';
import type { FieldSources } from './field-sources.ts';
import type { FieldView } from './field-view.ts';
import { RadioField } from './RadioField.tsx';
import { SelectField } from './SelectField.tsx';
import { TextareaField } from './TextareaField.tsx';
import { TextInputField } from './TextInputField.tsx';

interface FieldProps {
  formId: string;
  field: FieldDefinition;
  value: FieldValue | undefined;
  required: boolean;
  errorMessage?: string;
  /** The code of the error `errorMessage` describes, for the sign-language topic. */
  errorCode?: string;
  /** Option lists and today's date from the configuration. */
  sources: FieldSources;
  /** Every current answer, for options that depend on another field (kelurahan of a kecamatan). */
  values: FormValues;
  onValueChange: (name: string, value: FieldValue) => void;
}

/** Renders any field of a form definition with the native control for its type. */
export function Field({ formId, field, value, required, errorMessage, errorCode, sources, values, onValueChange }: FieldProps) {
  const { t, language } = useTranslation();
  const view: FieldView = {
    name: field.name,
    label: t(fieldLabelKey(formId, field.name)),
    hint: translateOptional(t, fieldHintKey(formId, field.name)),
    required,
    errorMessage,
    personal: field.personal,
    signTopic: fieldTopic(formId, field.name),
    signErrorTopic: errorMessage && errorCode ? errorTopic(formId, field.name, errorCode) : undefined,
  };
  const text = typeof value === 'string' ? value : '';
  const setText = (next: string) => onValueChange(field.name, next);
  // The browser of a shared kiosk would store what one visitor types and offer it to the next.
  const autocomplete = isSharedDevice() ? 'off' : field.autocomplete;
  const options = () => fieldOptions({ t, language }, formId, field, sources, values);
  // "Pilih Kecamatan lebih dulu" in a kelurahan list while no kecamatan is chosen.
  const dependentPlaceholder = (): string | undefined => {
    const source = field.options;
    if (typeof source !== 'object' || !('villagesOf' in source)) return undefined;
    const parent = values[source.villagesOf];
    if (typeof parent === 'string' && parent.trim() !== '') return undefined;
    return t('field.chooseFirst', { label: t(fieldLabelKey(formId, source.villagesOf)) });
  };

  switch (field.type) {
    case 'text':
      return <TextInputField view={view} type="text" value={text} autocomplete={autocomplete} onValueChange={setText} />;
    case 'email':
      return (
        <TextInputField
          view={view}
          type="email"
          inputMode="email"
          spellCheck={false}
          value={text}
          autocomplete={autocomplete}
          onValueChange={setText}
        />
      );
    case 'tel':
      return <TextInputField view={view} type="tel" inputMode="tel" value={text} autocomplete={autocomplete} onValueChange={setText} />;
    case 'nik':
      // Personal data: no autofill suggestions that would show one visitor's NIK to the next.
      return <TextInputField view={view} type="text" inputMode="numeric" autocomplete="off" spellCheck={false} value={text} onValueChange={setText} />;
    case 'date':
      return <DateField view={view} value={text} max={sources.today} onValueChange={setText} />;
    case 'textarea':
      return <TextareaField view={view} value={text} maxLength={field.maxLength} autocomplete={autocomplete} onValueChange={setText} />;
    case 'radio':
      return <RadioField view={view} options={options()} value={text} onValueChange={setText} />;
    case 'select':
      return <SelectField view={view} options={options()} value={text} placeholder={dependentPlaceholder()} onValueChange={setText} />;
    case 'checkboxes':
      return (
        <CheckboxesField
          view={view}
          options={options()}
          value={Array.isArray(value) ? value : []}
          onValueChange={(ticked) => onValueChange(field.name, ticked)}
        />
      );
  }
}
