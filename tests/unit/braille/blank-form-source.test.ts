import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { blankFormSource, type Translate } from '../../../src/app/braille/blank-form-source.ts';
import { fieldHintKey, fieldLabelKey, formTitleKey, optionHintKey, optionLabelKey, stepHintKey, stepTitleKey } from '../../../src/app/i18n/form-keys.ts';
import en from '../../../src/app/i18n/locales/en.json';
import id from '../../../src/app/i18n/locales/id.json';
import { layoutBraille } from '../../../src/domain/braille/layout.ts';
import { BRAILLE_PAGE_PRESETS } from '../../../src/domain/braille/page-size.ts';
import type { BrailleBlock, BrailleSource } from '../../../src/domain/braille/document.ts';
import { offeredAgencies, type KioskConfig } from '../../../src/domain/config.ts';
import { formDefinitions } from '../../../src/domain/forms/registry.ts';
import type { FormDefinition } from '../../../src/domain/forms/types.ts';
import { LOCALES, type Locale } from '../../../src/domain/submission.ts';

const config = JSON.parse(readFileSync('config/loket.json', 'utf8')) as KioskConfig;

// The app's i18next settings (src/app/i18n/i18n.ts) on a separate instance, so the test does
// not depend on the app's singleton.
const i18n = i18next.createInstance();
void i18n.init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: 'id',
  fallbackLng: 'id',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
const translators: Record<Locale, Translate> = { id: i18n.getFixedT('id'), en: i18n.getFixedT('en') };

const REQUIRED_MARKER: Record<Locale, string> = { id: '(wajib)', en: '(required)' };

function texts(source: BrailleSource): string[] {
  return source.blocks.flatMap((block) => ('text' in block ? [block.text] : []));
}

/** True for the item that opens a field: its label, with or without the required marker. */
function isFieldItem(block: BrailleBlock, label: string): boolean {
  return block.kind === 'item' && (block.text === label || block.text.startsWith(`${label} (`));
}

/** Returns the blocks of one field: from its label's item up to and including its blank lines. */
function fieldBlocks(source: BrailleSource, label: string): BrailleBlock[] {
  const start = source.blocks.findIndex((block) => isFieldItem(block, label));
  if (start === -1) throw new Error(`No item for the field labelled "${label}"`);
  const end = source.blocks.findIndex((block, index) => index > start && block.kind === 'blankLines');
  return source.blocks.slice(start, end + 1);
}

function blockTexts(blocks: BrailleBlock[]): string[] {
  return blocks.flatMap((block) => ('text' in block ? [block.text] : []));
}

describe('blankFormSource', () => {
  for (const definition of Object.values(formDefinitions) as FormDefinition[]) {
    for (const locale of LOCALES) {
      describe(`${definition.id} in ${locale}`, () => {
        const t = translators[locale];
        const source = blankFormSource(definition, t, { config, locale });
        const all = texts(source);
        const label = (field: string) => t(fieldLabelKey(definition.id, field));

        it('titles the pages with the form title', () => {
          expect(source.title).toBe(t(formTitleKey(definition.id)));
          expect(source.blocks[1]).toEqual({ kind: 'heading', text: source.title });
        });

        it('names the public body', () => {
          expect(source.blocks[0]).toEqual({ kind: 'heading', text: config.body });
        });

        it('heads every step', () => {
          for (const step of definition.steps) {
            expect(source.blocks).toContainEqual({ kind: 'heading', text: t(stepTitleKey(definition.id, step.id)) });
          }
        });

        it('lists every field once, in step order', () => {
          const order = definition.steps.flatMap((step) => step.fields);
          const positions = order.map((field) => source.blocks.findIndex((block) => isFieldItem(block, label(field))));
          expect(positions.every((position) => position >= 0), `fields found: ${positions.join()}`).toBe(true);
          expect([...positions].sort((a, b) => a - b)).toEqual(positions);
          expect(order.length).toBe(definition.fields.length);
        });

        it('marks required fields and only them', () => {
          for (const field of definition.fields) {
            const item = fieldBlocks(source, label(field.name))[0];
            const requiredWhenShown = field.required === true || (typeof field.required === 'object' && field.visibleWhen?.field === field.required.field);
            expect(item?.kind === 'item' && item.text.endsWith(` ${REQUIRED_MARKER[locale]}`), field.name).toBe(requiredWhenShown);
          }
        });

        it('says when conditional fields apply', () => {
          for (const field of definition.fields) {
            const conditions = [field.visibleWhen, typeof field.required === 'object' ? field.required : undefined];
            for (const condition of conditions) {
              if (!condition) continue;
              const fieldText = blockTexts(fieldBlocks(source, label(field.name))).join('\n');
              expect(fieldText, field.name).toContain(`“${label(condition.field)}”`);
              for (const value of condition.in ?? []) {
                expect(fieldText, field.name).toContain(`“${t(optionLabelKey(definition.id, condition.field, value))}”`);
              }
            }
          }
        });

        it('gives every hint', () => {
          const optional = (key: string) => t(key, { defaultValue: '' });
          for (const step of definition.steps) {
            const hint = optional(stepHintKey(definition.id, step.id));
            if (hint) expect(all, step.id).toContain(hint);
          }
          for (const field of definition.fields) {
            const fieldText = blockTexts(fieldBlocks(source, label(field.name))).join('\n');
            const hint = optional(`braille.blankForm.hints.${definition.id}.${field.name}`) || optional(fieldHintKey(definition.id, field.name));
            if (hint) expect(fieldText, field.name).toContain(hint);
            for (const option of Array.isArray(field.options) ? field.options : []) {
              const optionHint = optional(optionHintKey(definition.id, field.name, option));
              if (optionHint) expect(fieldText, `${field.name}: ${option}`).toContain(optionHint);
            }
          }
        });

        it('numbers every fixed option', () => {
          for (const field of definition.fields) {
            if (!Array.isArray(field.options)) continue;
            const fieldText = blockTexts(fieldBlocks(source, label(field.name)));
            field.options.forEach((option, index) => {
              const text = t(optionLabelKey(definition.id, field.name, option));
              expect(fieldText.some((line) => line.startsWith(`${index + 1}. ${text}`)), `${field.name}: ${text}`).toBe(true);
            });
          }
        });

        it('lists the configured options', () => {
          for (const field of definition.fields) {
            const fieldText = () => blockTexts(fieldBlocks(source, label(field.name)));
            if (field.options === 'agencies') {
              const names = offeredAgencies(config).map((agency) => (locale === 'en' && agency.nameEn ? agency.nameEn : agency.name));
              expect(fieldText()).toEqual(expect.arrayContaining(names.map((name, index) => `${index + 1}. ${name}`)));
            }
            if (field.options === 'complaintCategories') {
              const names = (config.complaintCategories ?? []).map((category) => (locale === 'en' && category.nameEn ? category.nameEn : category.name));
              expect(fieldText()).toEqual(expect.arrayContaining(names.map((name, index) => `${index + 1}. ${name}`)));
            }
            if (field.options === 'districts') {
              const names = (config.districts ?? []).map((district) => district.name);
              expect(fieldText()).toEqual(expect.arrayContaining(names.map((name, index) => `${index + 1}. ${name}`)));
            }
          }
        });

        it('leaves kelurahan to be written by hand', () => {
          for (const field of definition.fields) {
            if (typeof field.options !== 'object' || !('villagesOf' in field.options)) continue;
            const fieldText = blockTexts(fieldBlocks(source, label(field.name)));
            expect(fieldText).toContain(t('braille.blankForm.writeVillage'));
            expect(fieldText.filter((line) => /^\d+\. /.test(line))).toEqual([]);
          }
        });

        it('leaves more lines for long answers', () => {
          for (const field of definition.fields) {
            const lines = fieldBlocks(source, label(field.name)).at(-1);
            expect(lines?.kind, field.name).toBe('blankLines');
            const count = lines?.kind === 'blankLines' ? lines.count : 0;
            expect(count, field.name).toBeGreaterThanOrEqual(field.type === 'textarea' ? 4 : 1);
          }
        });

        it('leaves no key untranslated', () => {
          for (const text of all) {
            expect(text).not.toMatch(/\b(forms|braille)\.[\w-]+\./);
            expect(text).not.toMatch(/\{\{|\}\}/);
            expect(text.trim()).not.toBe('');
          }
        });

        it('uses only characters with a braille rule', () => {
          const document = layoutBraille(source, BRAILLE_PAGE_PRESETS.brf);
          expect(document.unknown).toEqual([]);
        });
      });
    }
  }

  it('offers no retired agency', () => {
    const withRetired: KioskConfig = { ...config, agencies: [...config.agencies, { code: 'OLD', name: 'Dinas Lama', role: 'pelaksana', retired: true }] };
    const source = blankFormSource(formDefinitions['information-request'] as FormDefinition, translators.id, { config: withRetired, locale: 'id' });
    expect(texts(source).some((text) => text.includes('Dinas Lama'))).toBe(false);
  });

  it('writes the hint meant for paper over the screen hint', () => {
    const source = blankFormSource(formDefinitions.complaint as FormDefinition, translators.id, { config, locale: 'id' });
    const fieldText = blockTexts(fieldBlocks(source, 'Tanggal kejadian')).join('\n');
    expect(fieldText).toContain(translators.id('braille.blankForm.hints.complaint.eventDate'));
    expect(fieldText).not.toContain('kalender');
  });

  it('writes choices without lists as lines only', () => {
    const bare: KioskConfig = { ...config, districts: undefined, complaintCategories: undefined };
    const source = blankFormSource(formDefinitions.complaint as FormDefinition, translators.id, { config: bare, locale: 'id' });
    const fieldText = blockTexts(fieldBlocks(source, 'Kategori (wajib)'));
    expect(fieldText.filter((line) => /^\d+\. /.test(line))).toEqual([]);
    expect(fieldText).not.toContain(translators.id('braille.blankForm.chooseOne'));
  });

  it('uses braille keys that exist in both locales', () => {
    const module = readFileSync('src/app/braille/blank-form-source.ts', 'utf8');
    const names = [...module.matchAll(/\$\{KEYS\}\.(\w+)/g)].map((match) => match[1] as string);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      expect(Object.keys(id.braille.blankForm), `id: ${name}`).toContain(name);
      expect(Object.keys(en.braille.blankForm), `en: ${name}`).toContain(name);
    }
  });
});
