import { useTranslation } from '../i18n/use-translation.ts';
import { FieldFrame } from './FieldFrame.tsx';
import { describedBy, errorId, fieldId, hintId } from './field-ids.ts';
import type { ChoiceOption, FieldView } from './field-view.ts';

interface SelectFieldProps {
  view: FieldView;
  options: readonly ChoiceOption[];
  value: string;
  /** The text of the first, empty option; "Pilih salah satu" unless the list needs another choice first. */
  placeholder?: string;
  onValueChange: (value: string) => void;
}

/** A native select whose first, empty option prompts the visitor to choose. */
export function SelectField({ view, options, value, placeholder, onValueChange }: SelectFieldProps) {
  const { t } = useTranslation();
  const { name, hint, errorMessage } = view;
  return (
    <FieldFrame view={view}>
      <select
        id={fieldId(name)}
        name={name}
        class="select"
        value={value}
        aria-required={view.required || undefined}
        aria-invalid={errorMessage ? true : undefined}
        aria-describedby={describedBy(hint && hintId(name), errorMessage && errorId(name))}
        onChange={(event) => onValueChange(event.currentTarget.value)}
      >
        <option value="">{placeholder ?? t('field.selectPlaceholder')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
