/**
 * Form definitions are data: one FormDefinition per form type, rendered by one engine in the
 * browser and validated by the same engine on the server. Labels, hints and option texts are
 * not stored here but looked up by key (`forms.<formId>.fields.<field>.label`, `.hint`,
 * `.options.<value>`, and `forms.<formId>.steps.<stepId>`), so every text is translatable.
 */

export type FieldType = 'text' | 'textarea' | 'email' | 'tel' | 'nik' | 'date' | 'radio' | 'select' | 'checkboxes';

/**
 * Option lists that come from the deployment's configuration instead of the definition:
 * the PPID agencies, the kecamatan (districts), the complaint categories, and the kelurahan
 * (villages) of the kecamatan chosen in another field.
 */
export type OptionSource = 'agencies' | 'districts' | 'complaintCategories' | { villagesOf: string };

export type FieldValue = string | string[];
export type FormValues = Record<string, FieldValue>;

/** A condition on another field's answer; all given parts must hold. */
export interface Condition {
  field: string;
  /** The answer equals one of these option values (for checkboxes: one of them is ticked). */
  in?: readonly string[];
  /** The answer is empty (true) or filled in (false). */
  empty?: boolean;
}

export interface FieldDefinition {
  name: string;
  type: FieldType;
  /** Always required (true), or required only while the condition holds. */
  required?: boolean | Condition;
  /** Shown and submitted only while the condition holds; a hidden answer is kept in the draft. */
  visibleWhen?: Condition;
  /** Maximum length in characters, after trimming. */
  maxLength?: number;
  /** Fixed option values, or a list from the deployment's configuration. */
  options?: readonly string[] | OptionSource;
  /** Personal data under UU 27/2022 (Pelindungan Data Pribadi): masked, never logged or spoken. */
  personal?: boolean;
  /** The HTML autocomplete token, so browsers and password managers can help. */
  autocomplete?: string;
}

export interface StepDefinition {
  id: string;
  fields: readonly string[];
  /** The step also collects attachments (photos and documents), which are not form values. */
  attachments?: true;
}

export interface FormDefinition {
  id: string;
  /** Schema version of the definition, stored with each submission. */
  version: number;
  /** Registration series in the number, such as PI for a permohonan informasi. */
  series: string;
  fields: readonly FieldDefinition[];
  steps: readonly StepDefinition[];
  /** The field whose answer names the agency (PPID Pelaksana) asked. */
  agencyField: string;
  /** Fields shown on the receipt as the summary of the request; none of them personal. */
  receiptFields: readonly string[];
  /**
   * The legal answer deadline in working days, counted from the day of receipt. Absent when
   * no deadline is confirmed for the form: receipts and the status page then show none.
   */
  deadline?: DeadlineRule;
}

/**
 * UU 14/2008 Pasal 22 ayat 7-8: an information request is answered within 10 working days,
 * extendable once by 7. Objections (Pasal 36) are answered within 30.
 */
export interface DeadlineRule {
  answerWorkingDays: number;
  /** Working days an extension adds to the answer deadline; 0 when none is allowed. */
  extensionWorkingDays: number;
}

/** Every code a field error can have; the sign-language content checker lists keys from it. */
export const FIELD_ERROR_CODES = [
  'required',
  'tooLong',
  'invalidCharacters',
  'optionInvalid',
  'emailInvalid',
  'phoneInvalid',
  'phoneNotIndonesian',
  'nikLength',
  'nikDigits',
  'nikProvince',
  'nikMonth',
  'nikDay',
  'nikDate',
  'nikSerial',
  'dateInvalid',
  'dateInFuture',
  'unknownField',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** A field error as the API and the UI exchange it: no value, so no personal data. */
export interface FieldError {
  field: string;
  code: FieldErrorCode;
  /** Only for tooLong: the maximum length. */
  max?: number;
}
