import type { BrailleBlock, BrailleSource } from '../../domain/braille/document.ts';
import { agencyName, complaintCategoryName, offeredAgencies, type KioskConfig } from '../../domain/config.ts';
import type { Condition, FieldDefinition, FieldType, FormDefinition } from '../../domain/forms/types.ts';
import type { Locale } from '../../domain/submission.ts';
import { fieldHintKey, fieldLabelKey, formTitleKey, optionHintKey, optionLabelKey, stepHintKey, stepTitleKey } from '../i18n/form-keys.ts';

/**
 * A translate function such as i18next's `t`. For an optional key (hints) it is called with
 * `{ defaultValue: '' }` and must then return '' when the key is absent, as i18next does.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface BlankFormOptions {
  /** The option lists come from here: offered agencies, kecamatan, complaint categories. */
  config: Pick<KioskConfig, 'body' | 'agencies' | 'districts' | 'complaintCategories'>;
  /** The language `t` translates into; it picks agency and category names (`nameEn`). */
  locale: Locale;
}

/**
 * Lines left blank under each question for the answer, by field type. A choice needs only the
 * numbers of the chosen options. Long free text does not fit on any form, so the introduction
 * asks the visitor to continue on a separate sheet.
 */
const ANSWER_LINES: Readonly<Record<FieldType, number>> = {
  text: 2,
  email: 2,
  tel: 1,
  nik: 1,
  date: 1,
  textarea: 6,
  radio: 1,
  select: 1,
  checkboxes: 1,
};

const KEYS = 'braille.blankForm';

// Creating an Intl.ListFormat costs far more than using one, so each locale's is kept.
const listFormats = new Map<Locale, Intl.ListFormat>();

function listFormat(locale: Locale): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'disjunction' });
    listFormats.set(locale, format);
  }
  return format;
}

/**
 * Builds the braille source of a blank paper form that staff hand to a blind visitor: the body's
 * name, the form's full title, an introduction, and per step its heading and hint, then each
 * field with its label, required marker, condition, hint, numbered options and blank lines for
 * the answer. The kelurahan list depends on the kecamatan chosen, so it is not listed and the
 * visitor writes the name instead.
 *
 * The pages' title lines show a short running title (`braille.blankForm.runningTitle.<form>`),
 * written to fit a 31-cell line beside a two-digit page number, so it is never shortened.
 */
export function blankFormSource(definition: FormDefinition, t: Translate, { config, locale }: BlankFormOptions): BrailleSource {
  const optional = (key: string) => t(key, { defaultValue: '' }).trim();
  const formId = definition.id;
  const title = t(formTitleKey(formId));
  const fieldsByName = new Map(definition.fields.map((field) => [field.name, field]));
  const labelOf = (name: string) => t(fieldLabelKey(formId, name));

  /** Returns the text of one of `field`'s option values, from the locale or the configuration. */
  const optionText = (field: FieldDefinition | undefined, value: string): string => {
    if (!field) return value;
    if (Array.isArray(field.options)) return t(optionLabelKey(formId, field.name, value));
    if (field.options === 'agencies') return agencyName(config, value, locale);
    if (field.options === 'complaintCategories') return complaintCategoryName(config, value, locale);
    return value;
  };

  const conditionText = (condition: Condition): string => {
    const field = t(fieldLabelKey(formId, condition.field));
    if (condition.in) {
      const answers = condition.in.map((value) => `“${optionText(fieldsByName.get(condition.field), value)}”`);
      const list = listFormat(locale).format(answers);
      return t(`${KEYS}.conditionIn`, { field, answers: list });
    }
    return t(condition.empty === false ? `${KEYS}.conditionFilled` : `${KEYS}.conditionEmpty`, { field });
  };

  const blocks: BrailleBlock[] = [
    { kind: 'heading', text: config.body },
    { kind: 'heading', text: title },
    { kind: 'paragraph', text: t(`${KEYS}.intro`) },
  ];

  for (const step of definition.steps) {
    blocks.push({ kind: 'heading', text: t(stepTitleKey(formId, step.id)) });
    const stepHint = optional(stepHintKey(formId, step.id));
    if (stepHint) blocks.push({ kind: 'paragraph', text: stepHint });

    for (const name of step.fields) {
      const field = fieldsByName.get(name);
      if (!field) throw new Error(`Form ${formId} lists field ${name} in step ${step.id} but does not define it`);
      blocks.push(...fieldBlocks(field));
    }
    if (step.attachments) blocks.push({ kind: 'paragraph', text: t(`${KEYS}.attachments`) });
  }
  blocks.push({ kind: 'paragraph', text: t(`${KEYS}.handIn`) });
  return { title, runningTitle: t(`${KEYS}.runningTitle.${formId}`), blocks };

  /**
   * Returns a field's blocks. The label and the sentences under it keep with what follows, so
   * a page never ends between a label and the field's first hint, option or answer line. The
   * options in between may break across pages, because a list of agencies can be longer than a
   * page. The last option and the sentence after the options keep with the answer lines, so
   * the room to answer stays under the question.
   */
  function fieldBlocks(field: FieldDefinition): BrailleBlock[] {
    const label = labelOf(field.name);
    const { required, visibleWhen } = field;
    // A field required exactly while it is shown is marked required, and the sentence under
    // its label states when to fill it in, as the screen shows it.
    const requiredAlways = required === true || (typeof required === 'object' && sameCondition(required, visibleWhen));
    const out: BrailleBlock[] = [{ kind: 'item', text: requiredAlways ? t(`${KEYS}.requiredLabel`, { label }) : label, keepWithNext: true }];

    if (visibleWhen) out.push({ kind: 'paragraph', text: t(`${KEYS}.onlyWhen`, { condition: conditionText(visibleWhen) }), keepWithNext: true });
    if (typeof required === 'object' && !requiredAlways) {
      out.push({ kind: 'paragraph', text: t(`${KEYS}.requiredWhen`, { condition: conditionText(required) }), keepWithNext: true });
    }
    // A hint under `braille.blankForm.hints` replaces the screen's hint where that one refers
    // to the screen, such as picking a date from a calendar.
    const hint = optional(`${KEYS}.hints.${formId}.${field.name}`) || optional(fieldHintKey(formId, field.name));
    if (hint) out.push({ kind: 'paragraph', text: hint, keepWithNext: true });

    const choices = choiceTexts(field);
    if (choices.length > 0) {
      choices.forEach((text, index) => {
        const last = index === choices.length - 1;
        out.push({ kind: 'item', text: t(`${KEYS}.option`, { number: index + 1, label: text }), keepWithNext: last });
      });
      out.push({ kind: 'paragraph', text: t(field.type === 'checkboxes' ? `${KEYS}.chooseAny` : `${KEYS}.chooseOne`), keepWithNext: true });
    } else if (typeof field.options === 'object' && 'villagesOf' in field.options) {
      out.push({ kind: 'paragraph', text: t(`${KEYS}.writeVillage`), keepWithNext: true });
    }
    out.push({ kind: 'blankLines', count: ANSWER_LINES[field.type] });
    return out;
  }

  /** Returns the option texts to number, with each option's hint where the locale has one. */
  function choiceTexts(field: FieldDefinition): string[] {
    const source = field.options;
    if (source === undefined) return [];
    if (Array.isArray(source)) {
      return source.map((value) => {
        const text = t(optionLabelKey(formId, field.name, value));
        const hint = optional(optionHintKey(formId, field.name, value));
        return hint ? t(`${KEYS}.optionWithHint`, { label: text, hint }) : text;
      });
    }
    if (source === 'agencies') return offeredAgencies(config).map((agency) => agencyName(config, agency.code, locale));
    if (source === 'complaintCategories') {
      return (config.complaintCategories ?? []).map((category) => complaintCategoryName(config, category.code, locale));
    }
    // Kecamatan keep their official Indonesian names in both languages.
    if (source === 'districts') return (config.districts ?? []).map((district) => district.name);
    return [];
  }
}

function sameCondition(a: Condition, b: Condition | undefined): boolean {
  return b !== undefined && a.field === b.field && a.empty === b.empty && (a.in ?? []).join('\n') === (b.in ?? []).join('\n');
}
