import type { TFunction } from 'i18next';
import type { FieldError } from '../../domain/forms/types.ts';
import type { ApiError } from '../../domain/submission.ts';
import { fieldErrorKey, fieldLabelKey } from '../i18n/form-keys.ts';
import { i18n } from '../i18n/i18n.ts';

/** A field error from the domain engine, or one from the server whose code this app may not know. */
export type ReportedFieldError = FieldError | NonNullable<ApiError['fields']>[number];

/**
 * Returns the message for a field error, saying what to fix. A message written for this field
 * (`forms.<formId>.fields.<field>.errors.<code>`) wins over the generic `errors.<code>`; a
 * code with neither gets `errors.unrecognized`. The field's label and `max` are interpolated.
 */
export function fieldErrorMessage(t: TFunction, formId: string, error: ReportedFieldError): string {
  const labelKey = fieldLabelKey(formId, error.field);
  const label = i18n.exists(labelKey) ? t(labelKey) : error.field;
  return t([fieldErrorKey(formId, error.field, error.code), `errors.${error.code}`, 'errors.unrecognized'], {
    label,
    max: error.max,
  });
}
