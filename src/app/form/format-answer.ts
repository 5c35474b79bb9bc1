import type { TFunction } from 'i18next';
import { agencyName, type Agency } from '../../domain/config.ts';
import { isEmpty } from '../../domain/forms/engine.ts';
import type { FieldDefinition, FieldValue } from '../../domain/forms/types.ts';
import type { Locale } from '../../domain/submission.ts';
import { maskNik } from '../../domain/validation/nik.ts';
import { optionLabelKey } from '../i18n/form-keys.ts';

export interface FormatAnswerOptions {
  agencies: Agency[];
  language: Locale;
  /** Shows a NIK in full, grouped by four digits; otherwise it is masked as `3671 **** **** 0001`. */
  revealNik?: boolean;
}

/** Returns an answer as a visitor reads it (option labels, agency names, masked NIK), or null when empty. */
export function formatAnswer(
  t: TFunction,
  formId: string,
  field: FieldDefinition,
  value: FieldValue | undefined,
  { agencies, language, revealNik = false }: FormatAnswerOptions,
): string | null {
  if (value === undefined || isEmpty(value)) return null;

  const optionLabel = (option: string) =>
    field.options === 'agencies' ? agencyName({ agencies }, option, language) : t(optionLabelKey(formId, field.name, option));

  if (Array.isArray(value)) return value.map(optionLabel).join(', ');
  const text = value.trim();
  switch (field.type) {
    case 'radio':
    case 'select':
    case 'checkboxes':
      return optionLabel(text);
    case 'nik':
      return revealNik ? groupDigits(text) : maskNik(text);
    default:
      return text;
  }
}

function groupDigits(nik: string): string {
  const digits = nik.replace(/[\s.\-]/g, '');
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}
