import { isValidEmail } from '../validation/email.ts';
import { parseNik } from '../validation/nik.ts';
import { normalizePhone } from '../validation/phone.ts';
import type { District } from '../config.ts';
import { checkDate } from '../validation/date.ts';
import type { Condition, FieldDefinition, FieldError, FieldValue, FormDefinition, FormValues } from './types.ts';

/** Options the engine takes from the deployment's configuration, and the date it checks against. */
export interface FormContext {
  agencyCodes: readonly string[];
  /** Kecamatan with their kelurahan; without them no district or village is valid. */
  districts?: readonly District[];
  complaintCategoryCodes?: readonly string[];
  /** Today in the agency's time zone (YYYY-MM-DD): a later date of an event is refused. */
  today?: string;
}

// Whitespace and invisible format characters (Unicode category Cf, such as U+200B zero-width
// space, U+FEFF and U+2060 word joiner) leave nothing to read, so an answer made only of them
// counts as empty, and a required field filled with them gets 'required'.
const BLANK = /^[\s\p{Cf}]*$/u;

export function isEmpty(value: FieldValue | undefined): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return BLANK.test(value);
}

function conditionHolds(condition: Condition, values: FormValues): boolean {
  const value = values[condition.field];
  if (condition.empty !== undefined && isEmpty(value) !== condition.empty) return false;
  if (condition.in !== undefined) {
    // checkValue and normalizeValues trim a single answer, so the condition compares it trimmed
    // too. Otherwise ' copy ' would pass as the option 'copy' while hiding the fields that
    // 'copy' requires, and the normalised answers would then fail validation on the server.
    let answers: readonly string[];
    if (Array.isArray(value)) answers = value;
    else if (value === undefined) answers = [];
    else answers = [value.trim()];
    if (!answers.some((answer) => condition.in?.includes(answer))) return false;
  }
  return true;
}

/**
 * Resolves which fields are shown and the answers that count: those of shown fields. A field
 * hidden by its condition counts as unanswered, so a later condition on it does not hold
 * either (copy delivery by e-mail no longer requires an e-mail address once the visitor
 * chooses to inspect instead). Visibility conditions must refer to earlier fields, which a
 * unit test checks.
 */
export function resolveVisibility(definition: FormDefinition, values: FormValues): { shown: Set<string>; values: FormValues } {
  const shown = new Set<string>();
  const counted: FormValues = {};
  for (const field of definition.fields) {
    if (field.visibleWhen && !conditionHolds(field.visibleWhen, counted)) continue;
    shown.add(field.name);
    const value = values[field.name];
    if (value !== undefined) counted[field.name] = value;
  }
  return { shown, values: counted };
}

export function isVisible(definition: FormDefinition, fieldName: string, values: FormValues): boolean {
  return resolveVisibility(definition, values).shown.has(fieldName);
}

export function isRequired(field: FieldDefinition, visible: FormValues): boolean {
  if (field.required === undefined || field.required === false) return false;
  if (field.required === true) return true;
  return conditionHolds(field.required, visible);
}

function optionValues(field: FieldDefinition, context: FormContext, values: FormValues): readonly string[] {
  const options = field.options;
  if (options === undefined) return [];
  if (options === 'agencies') return context.agencyCodes;
  if (options === 'districts') return (context.districts ?? []).map((district) => district.name);
  if (options === 'complaintCategories') return context.complaintCategoryCodes ?? [];
  if ('villagesOf' in options) {
    const chosen = values[options.villagesOf];
    const district = context.districts?.find((candidate) => typeof chosen === 'string' && candidate.name === chosen.trim());
    return district?.villages ?? [];
  }
  return options;
}

// C0 and C1 control characters and lone UTF-16 surrogates: pasted or injected text that no
// printed form or receipt can show. Tabs, line breaks and the Unicode line and paragraph
// separators (U+2028, U+2029) are allowed only in multi-line answers. The bidirectional
// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are rejected
// everywhere, because they reorder the text around them: the review screen and the receipt
// could show "evil" as "live".
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

function hasOnlyPrintableText(text: string, multiLine: boolean): boolean {
  return !(multiLine ? CONTROL : CONTROL_SINGLE_LINE).test(text) && text.isWellFormed();
}

/** Validates one answer that is present; returns null when it is valid. */
function checkValue(field: FieldDefinition, value: FieldValue, context: FormContext, values: FormValues): FieldError | null {
  const fail = (code: FieldError['code']): FieldError => ({ field: field.name, code });

  if (field.type === 'checkboxes') {
    if (!Array.isArray(value)) return fail('optionInvalid');
    const allowed = optionValues(field, context, values);
    return value.every((answer) => allowed.includes(answer)) ? null : fail('optionInvalid');
  }
  if (Array.isArray(value)) return fail('optionInvalid');

  const text = value.trim();
  if (!hasOnlyPrintableText(text, field.type === 'textarea')) return fail('invalidCharacters');
  if (field.maxLength !== undefined && [...text].length > field.maxLength) {
    return { field: field.name, code: 'tooLong', max: field.maxLength };
  }
  switch (field.type) {
    case 'nik': {
      const result = parseNik(text);
      return result.ok ? null : fail(result.code);
    }
    case 'tel': {
      const result = normalizePhone(text);
      return result.ok ? null : fail(result.code);
    }
    case 'email':
      return isValidEmail(text) ? null : fail('emailInvalid');
    case 'date': {
      const code = checkDate(text, context.today);
      return code === null ? null : fail(code);
    }
    case 'radio':
    case 'select':
      return optionValues(field, context, values).includes(text) ? null : fail('optionInvalid');
    default:
      return null;
  }
}

/** Validates the given fields (a step, or the whole form) against all current answers. */
export function validateFields(
  definition: FormDefinition,
  fieldNames: readonly string[],
  values: FormValues,
  context: FormContext,
): FieldError[] {
  const { shown, values: visible } = resolveVisibility(definition, values);
  const errors: FieldError[] = [];
  for (const field of definition.fields) {
    if (!fieldNames.includes(field.name) || !shown.has(field.name)) continue;
    const value = visible[field.name];
    if (isEmpty(value)) {
      if (isRequired(field, visible)) errors.push({ field: field.name, code: 'required' });
      continue;
    }
    const error = checkValue(field, value as FieldValue, context, visible);
    if (error) errors.push(error);
  }
  return errors;
}

export function validateStep(definition: FormDefinition, stepId: string, values: FormValues, context: FormContext): FieldError[] {
  const step = definition.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`Unknown step "${stepId}" in form "${definition.id}"`);
  return validateFields(definition, step.fields, values, context);
}

export function validateForm(definition: FormDefinition, values: FormValues, context: FormContext): FieldError[] {
  const known = new Set(definition.fields.map((field) => field.name));
  const unknown: FieldError[] = Object.keys(values)
    .filter((name) => !known.has(name))
    .map((name) => ({ field: name, code: 'unknownField' }));
  return [...unknown, ...validateFields(definition, [...known], values, context)];
}

/**
 * Returns the answers as they are submitted: visible fields only, trimmed, empty answers
 * left out, NIKs as bare digits and phone numbers in E.164. Call it only on values that
 * validateForm accepted; browser and server both store this form, so a retried submission
 * compares equal however the visitor typed it.
 */
export function normalizeValues(definition: FormDefinition, values: FormValues): FormValues {
  const { values: visible } = resolveVisibility(definition, values);
  const normalized: FormValues = {};
  for (const field of definition.fields) {
    const value = visible[field.name];
    if (value === undefined || isEmpty(value)) continue;
    if (Array.isArray(value)) {
      normalized[field.name] = [...value];
      continue;
    }
    const text = value.trim();
    if (field.type === 'nik') {
      const result = parseNik(text);
      normalized[field.name] = result.ok ? result.nik : text;
    } else if (field.type === 'tel') {
      const result = normalizePhone(text);
      normalized[field.name] = result.ok ? result.e164 : text;
    } else {
      normalized[field.name] = text;
    }
  }
  return normalized;
}

/** Returns the form's step that contains a field, for error links that cross steps. */
export function stepOfField(definition: FormDefinition, fieldName: string): string | undefined {
  return definition.steps.find((step) => step.fields.includes(fieldName))?.id;
}
