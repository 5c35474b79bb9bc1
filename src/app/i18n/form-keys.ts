/**
 * Translation keys for form definitions. Definitions carry no text, so every label, hint,
 * option and step title is looked up under `forms.<formId>`; see src/domain/forms/types.ts.
 * Keys marked optional may be absent, and the screen then shows nothing in their place.
 */

export function formTitleKey(formId: string): string {
  return `forms.${formId}.title`;
}

export function stepTitleKey(formId: string, stepId: string): string {
  return `forms.${formId}.steps.${stepId}`;
}

/** Optional: a paragraph under the step's heading. */
export function stepHintKey(formId: string, stepId: string): string {
  return `forms.${formId}.stepHints.${stepId}`;
}

export function fieldLabelKey(formId: string, field: string): string {
  return `forms.${formId}.fields.${field}.label`;
}

/** Optional. */
export function fieldHintKey(formId: string, field: string): string {
  return `forms.${formId}.fields.${field}.hint`;
}

export function optionLabelKey(formId: string, field: string, value: string): string {
  return `forms.${formId}.fields.${field}.options.${value}`;
}

/** Optional: a line under one radio or checkbox option. */
export function optionHintKey(formId: string, field: string, value: string): string {
  return `forms.${formId}.fields.${field}.optionHints.${value}`;
}

/** Optional: a message for one field that replaces the generic `errors.<code>`. */
export function fieldErrorKey(formId: string, field: string, code: string): string {
  return `forms.${formId}.fields.${field}.errors.${code}`;
}

/** Returns the key of the form's kind as a noun for sentences: "permohonan", "keberatan", "pengaduan". */
export function formNounKey(formId: string): string {
  return `forms.${formId}.noun`;
}

/** The receipt's heading for the form, such as "Tanda bukti pengaduan". */
export function receiptTitleKey(formId: string): string {
  return `forms.${formId}.receiptTitle`;
}
