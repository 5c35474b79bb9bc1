import { agencyName, type Agency } from '../../domain/config.ts';
import { isSharedDevice } from '../device.ts';
import type { FieldDefinition, FieldValue } from '../../domain/forms/types.ts';
import { translateOptional } from '../i18n/i18n.ts';
import { fieldHintKey, fieldLabelKey, optionHintKey, optionLabelKey } from '../i18n/form-keys.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { CheckboxesField } from './CheckboxesField.tsx';
import type { ChoiceOption, FieldView } from './field-view.ts';
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
  /** The deployment's PPIDs, for fields whose options are 'agencies'. */
  agencies: Agency[];
  onValueChange: (name: string, value: FieldValue) => void;
}

/** Renders any field of a form definition with the native control for its type. */
export function Field({ formId, field, value, required, errorMessage, agencies, onValueChange }: FieldProps) {
  const { t, language } = useTranslation();
  const view: FieldView = {
    name: field.name,
    label: t(fieldLabelKey(formId, field.name)),
    hint: translateOptional(t, fieldHintKey(formId, field.name)),
    required,
    errorMessage,
    personal: field.personal,
  };
  const text = typeof value === 'string' ? value : '';
  const setText = (next: string) => onValueChange(field.name, next);
  // The browser of a shared kiosk would store what one visitor types and offer it to the next.
  const autocomplete = isSharedDevice() ? 'off' : field.autocomplete;

  const options = (): ChoiceOption[] => {
    if (field.options === 'agencies') {
      return agencies.map((agency) => ({ value: agency.code, label: agencyName({ agencies }, agency.code, language) }));
    }
    // TODO: render the configuration's districts, villages and complaint categories.
    const fixed = Array.isArray(field.options) ? (field.options as readonly string[]) : [];
    return fixed.map((option) => ({
      value: option,
      label: t(optionLabelKey(formId, field.name, option)),
      hint: translateOptional(t, optionHintKey(formId, field.name, option)),
    }));
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
    case 'textarea':
      return <TextareaField view={view} value={text} maxLength={field.maxLength} autocomplete={autocomplete} onValueChange={setText} />;
    case 'radio':
      return <RadioField view={view} options={options()} value={text} onValueChange={setText} />;
    case 'select':
      return <SelectField view={view} options={options()} value={text} onValueChange={setText} />;
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
