import type { TFunction } from 'i18next';
import type { Agency, ComplaintCategory, District } from '../../domain/config.ts';
import type { FieldDefinition, FormDefinition, FormValues } from '../../domain/forms/types.ts';
import type { Locale } from '../../domain/submission.ts';
import { translateOptional } from '../i18n/i18n.ts';
import { optionHintKey, optionLabelKey } from '../i18n/form-keys.ts';
import type { ChoiceOption } from './field-view.ts';
import type { FieldSources } from './field-sources.ts';

/** The screen's language with its translate function, for labels of options. */
export interface OptionLanguage {
  t: TFunction;
  language: Locale;
}

function nameOfAgency(agencies: readonly Agency[], code: string, language: Locale): string {
  const agency = agencies.find((candidate) => candidate.code === code);
  if (!agency) return code;
  return language === 'en' && agency.nameEn ? agency.nameEn : agency.name;
}

function nameOfCategory(categories: readonly ComplaintCategory[], code: string, language: Locale): string {
  const category = categories.find((candidate) => candidate.code === code);
  if (!category) return code;
  return language === 'en' && category.nameEn ? category.nameEn : category.name;
}

/** Returns the kelurahan of the kecamatan named by `districtName`, or none when it names no kecamatan. */
export function villagesOf(districts: readonly District[], districtName: unknown): readonly string[] {
  if (typeof districtName !== 'string') return [];
  return districts.find((district) => district.name === districtName.trim())?.villages ?? [];
}

/**
 * Returns a field's options with their labels in the screen's language: fixed options from
 * the locale files, the others from the configuration. Kecamatan and kelurahan keep their
 * official Indonesian names in both languages. `values` are the current answers, for a list
 * that depends on another field (the kelurahan of the chosen kecamatan).
 */
export function fieldOptions(
  { t, language }: OptionLanguage,
  formId: string,
  field: FieldDefinition,
  sources: FieldSources,
  values: FormValues,
): ChoiceOption[] {
  const { options } = field;
  if (options === undefined) return [];
  if (options === 'agencies') {
    return sources.agencies.map((agency) => ({ value: agency.code, label: nameOfAgency(sources.agencies, agency.code, language) }));
  }
  if (options === 'districts') return sources.districts.map((district) => ({ value: district.name, label: district.name }));
  if (options === 'complaintCategories') {
    return sources.complaintCategories.map((category) => ({ value: category.code, label: nameOfCategory(sources.complaintCategories, category.code, language) }));
  }
  if ('villagesOf' in options) return villagesOf(sources.districts, values[options.villagesOf]).map((village) => ({ value: village, label: village }));
  return options.map((option) => ({
    value: option,
    label: t(optionLabelKey(formId, field.name, option)),
    hint: translateOptional(t, optionHintKey(formId, field.name, option)),
  }));
}

/** Returns the label of one chosen option as a summary shows it, also for an option no longer offered. */
export function optionLabel({ t, language }: OptionLanguage, formId: string, field: FieldDefinition, sources: FieldSources, value: string): string {
  const { options } = field;
  if (options === 'agencies') return nameOfAgency(sources.agencies, value, language);
  if (options === 'complaintCategories') return nameOfCategory(sources.complaintCategories, value, language);
  if (options === 'districts' || (typeof options === 'object' && 'villagesOf' in options)) return value;
  return t(optionLabelKey(formId, field.name, value));
}

/**
 * Returns the fields whose answer no longer fits once `field` is set to `value`: a kelurahan
 * chosen before the visitor picked another kecamatan. Their answers are cleared, so the visitor
 * is not left with a choice the list no longer shows.
 */
export function answersToClear(
  definition: FormDefinition,
  districts: readonly District[],
  field: string,
  value: unknown,
  values: FormValues,
): string[] {
  return definition.fields
    .filter((candidate) => typeof candidate.options === 'object' && 'villagesOf' in candidate.options && candidate.options.villagesOf === field)
    .filter((candidate) => {
      const answer = values[candidate.name];
      return typeof answer === 'string' && answer.trim() !== '' && !villagesOf(districts, value).includes(answer.trim());
    })
    .map((candidate) => candidate.name);
}
