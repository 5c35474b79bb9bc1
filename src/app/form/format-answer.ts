import type { TFunction } from 'i18next';
import { isEmpty } from '../../domain/forms/engine.ts';
import type { FieldDefinition, FieldValue } from '../../domain/forms/types.ts';
import type { Locale } from '../../domain/submission.ts';
import { maskNik } from '../../domain/validation/nik.ts';
import { formatCalendarDate } from '../receipt/format-date-time.ts';
import { isCompleteDate } from './DateField.tsx';
import { optionLabel } from './field-options.ts';
import type { FieldSources } from './field-sources.ts';

export interface FormatAnswerOptions {
  sources: FieldSources;
  language: Locale;
  /** Shows a NIK in full, grouped by four digits; otherwise it is masked as `3671 **** **** 0001`. */
  revealNik?: boolean;
}

/**
 * Returns an answer as a visitor reads it (option labels, agency and category names, a date
 * in words, a masked NIK), or null when empty. Ticked checkboxes come as one label per box.
 */
export function formatAnswer(
  t: TFunction,
  formId: string,
  field: FieldDefinition,
  value: FieldValue | undefined,
  { sources, language, revealNik = false }: FormatAnswerOptions,
): string | readonly string[] | null {
  if (value === undefined || isEmpty(value)) return null;

  const label = (option: string) => optionLabel({ t, language }, formId, field, sources, option);
  if (Array.isArray(value)) return value.map(label);
  const text = value.trim();
  switch (field.type) {
    case 'radio':
    case 'select':
    case 'checkboxes':
      return label(text);
    case 'nik':
      return revealNik ? groupDigits(text) : maskNik(text);
    case 'date':
      // A date typed only in part cannot leave its step, but the review screen may show it
      // when the visitor went back and forth without continuing.
      return isCompleteDate(text) ? formatCalendarDate(text, language) : t('field.dateIncomplete');
    default:
      return text;
  }
}

function groupDigits(nik: string): string {
  const digits = nik.replace(/[\s.\-]/g, '');
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}
