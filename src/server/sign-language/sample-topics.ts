import { fieldHintKey, fieldLabelKey, receiptTitleKey, stepHintKey, stepTitleKey } from '../../app/i18n/form-keys.ts';
import { nextStepsKey } from '../../app/receipt/next-steps-key.ts';
import type { FieldErrorCode, FormDefinition } from '../../domain/forms/types.ts';
import { FIELD_ERROR_CODES } from '../../domain/forms/types.ts';
import {
  ERROR_SUMMARY_TOPIC,
  fieldTopic,
  receiptTopic,
  screenTopic,
  SIGN_SCREENS,
  type SignScreen,
  stepTopic,
} from '../../domain/sign-language/topics.ts';

/**
 * The table of app texts each sample clip stands for, as keys of src/app/i18n/locales/id.json.
 * A clip shows its parts in order, one paragraph each: a screen's heading and lead, a step's
 * title and hint, a field's label and hint.
 */

export interface LocaleText {
  key: string;
  /** Values for the text's {{placeholders}}. */
  values?: Readonly<Record<string, string>>;
  /** The app shows nothing when the key is absent (step hints, field hints). */
  optional?: boolean;
}

/**
 * Words that fill placeholders whose real value depends on where the text appears. "Kolom
 * ini" (this field) stands for a field's label and "sekian" (that many) for a number.
 */
export const NEUTRAL_VALUES = {
  label: 'kolom ini',
  max: 'sekian',
  kind: 'pengajuan',
  document: 'Dokumen',
} as const;

/** The heading and lead each screen shows (their ScreenHeading props). */
export const SCREEN_TEXTS: Readonly<Record<SignScreen, readonly LocaleText[]>> = {
  start: [{ key: 'start.title' }, { key: 'start.intro' }],
  chooser: [{ key: 'chooser.title' }, { key: 'chooser.intro' }],
  objectionSource: [{ key: 'objectionSource.title' }, { key: 'objectionSource.intro' }],
  review: [
    { key: 'review.title', values: { kind: NEUTRAL_VALUES.kind } },
    { key: 'review.intro', values: { kind: NEUTRAL_VALUES.kind } },
  ],
  // The receipt screen has no lead; the tracking-code help is the part every receipt shares.
  receipt: [{ key: 'receipt.title' }, { key: 'receipt.trackingCodeHelp' }],
  receipts: [{ key: 'receipts.title' }, { key: 'receipts.intro' }],
  blankForms: [{ key: 'braille.blankForms.title' }, { key: 'braille.blankForms.intro' }],
  braille: [{ key: 'braille.title', values: { document: NEUTRAL_VALUES.document } }, { key: 'braille.intro' }],
  status: [{ key: 'statusLookup.title' }, { key: 'statusLookup.intro' }],
};

export const ERROR_SUMMARY_TEXTS: readonly LocaleText[] = [{ key: 'errors.summaryTitle' }];

/** Returns the generic message of an error code, which a field without its own message shows. */
export function errorTexts(code: FieldErrorCode): LocaleText[] {
  return [{ key: `errors.${code}`, values: { label: NEUTRAL_VALUES.label, max: NEUTRAL_VALUES.max } }];
}

export function stepTexts(formId: string, stepId: string): LocaleText[] {
  return [{ key: stepTitleKey(formId, stepId) }, { key: stepHintKey(formId, stepId), optional: true }];
}

export function fieldTexts(formId: string, field: string): LocaleText[] {
  return [{ key: fieldLabelKey(formId, field) }, { key: fieldHintKey(formId, field), optional: true }];
}

/** Returns the receipt's heading and the "Langkah berikutnya" explanation the receipt screen shows. */
export function receiptTexts(formId: string): LocaleText[] {
  return [{ key: receiptTitleKey(formId) }, { key: nextStepsKey(formId) }];
}

/** One topic of the samples and the texts its clip shows. */
export interface SampleTopicSource {
  /** The topic key; for a field the form's own `field.<formId>.<field>`. */
  key: string;
  texts: readonly LocaleText[];
  /** Set for fields, so a field whose texts every form shares can take the key `field.<field>`. */
  field?: string;
}

/** Lists every topic the samples cover, with the texts each clip shows, in a stable order. */
export function sampleTopicSources(
  definitions: readonly FormDefinition[],
  errorCodes: readonly FieldErrorCode[] = FIELD_ERROR_CODES,
): SampleTopicSource[] {
  const sources: SampleTopicSource[] = SIGN_SCREENS.map((screen) => ({ key: screenTopic(screen), texts: SCREEN_TEXTS[screen] }));
  for (const definition of definitions) {
    for (const step of definition.steps) {
      sources.push({ key: stepTopic(definition.id, step.id), texts: stepTexts(definition.id, step.id) });
    }
  }
  for (const definition of definitions) {
    for (const field of definition.fields) {
      sources.push({ key: fieldTopic(definition.id, field.name), field: field.name, texts: fieldTexts(definition.id, field.name) });
    }
  }
  for (const code of errorCodes) sources.push({ key: `error.${code}`, texts: errorTexts(code) });
  sources.push({ key: ERROR_SUMMARY_TOPIC, texts: ERROR_SUMMARY_TEXTS });
  for (const definition of definitions) sources.push({ key: receiptTopic(definition.id), texts: receiptTexts(definition.id) });
  return sources;
}
