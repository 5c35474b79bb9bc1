import type { TFunction } from 'i18next';
import { stepOfField } from '../../domain/forms/engine.ts';
import type { FieldError, FormDefinition } from '../../domain/forms/types.ts';
import type { ApiError } from '../../domain/submission.ts';
import { fieldErrorKey, fieldLabelKey } from '../i18n/form-keys.ts';
import { i18n } from '../i18n/i18n.ts';
import type { ErrorSummaryItem } from './ErrorSummary.tsx';

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

/**
 * Returns the first message per field, for the messages at the fields, the code of that
 * first error (the sign-language panel explains it), and the error summary's items in the
 * same order. An error on a field the form does not have (from the
 * server) is listed as text, not as a link.
 */
export function describeFieldErrors(
  t: TFunction,
  definition: FormDefinition,
  errors: readonly ReportedFieldError[],
): { messages: Map<string, string>; codes: Map<string, string>; summaryItems: ErrorSummaryItem[] } {
  const messages = new Map<string, string>();
  const codes = new Map<string, string>();
  for (const error of errors) {
    if (messages.has(error.field)) continue;
    messages.set(error.field, fieldErrorMessage(t, definition.id, error));
    codes.set(error.field, error.code);
  }
  const summaryItems = [...messages].map(([field, message]) => ({
    field,
    message,
    linked: stepOfField(definition, field) !== undefined,
  }));
  return { messages, codes, summaryItems };
}
