import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { blankFormSource, type Translate } from '../../../src/app/braille/blank-form-source.ts';
import { fieldHintKey, fieldLabelKey, formTitleKey, optionHintKey, optionLabelKey, stepHintKey, stepTitleKey } from '../../../src/app/i18n/form-keys.ts';
import en from '../../../src/app/i18n/locales/en.json';
import id from '../../../src/app/i18n/locales/id.json';
import { BLANK_CELL } from '../../../src/domain/braille/cells.ts';
import { layoutBraille } from '../../../src/domain/braille/layout.ts';
import { BRAILLE_PAGE_PRESETS, type BraillePageSize } from '../../../src/domain/braille/page-size.ts';
import type { BrailleBlock, BrailleDocument, BrailleSource } from '../../../src/domain/braille/document.ts';
import { translateToBraille } from '../../../src/domain/braille/translate.ts';
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

const keepsWithNext = (block: BrailleBlock) => block.kind === 'heading' || (block.kind !== 'blankLines' && block.keepWithNext === true);

/** Returns where each text line of the document is: its page, its row under the title line and its block. */
function placeLines(source: BrailleSource, document: BrailleDocument, size: BraillePageSize): { page: number; row: number; block: number }[] {
  // A block laid out alone gives the lines it gives in the document, so the document's text
  // lines can be assigned to blocks in order.
  const owners = source.blocks.flatMap((block, index) => {
    if (block.kind === 'blankLines') return [];
    const alone = layoutBraille({ title: '', blocks: [block] }, size);
    return alone.pages.flatMap((page) => page.lines.slice(1)).filter((line) => line !== '').map(() => index);
  });
  const placed = document.pages.flatMap((page) =>
    page.lines.slice(1).flatMap((line, row) => (line === '' ? [] : [{ page: page.number, row, block: -1 }])),
  );
  expect(placed).toHaveLength(owners.length);
  return placed.map((line, index) => ({ ...line, block: owners[index] as number }));
}

/**
 * Checks that every block that keeps with the next shares its page with the first line of the
 * next block with text, or has room on its page for all of the next blank lines.
 */
function checkKeptBlocks(source: BrailleSource, document: BrailleDocument, size: BraillePageSize): void {
  const lines = placeLines(source, document, size);
  const capacity = size.lines - 1;
  source.blocks.forEach((block, index) => {
    const own = lines.filter((line) => line.block === index);
    const last = own.at(-1);
    if (!keepsWithNext(block) || !last) return;
    const next = source.blocks.findIndex((candidate, at) => at > index && (candidate.kind === 'blankLines' ? candidate.count > 0 : lines.some((line) => line.block === at)));
    const following = source.blocks[next];
    const text = 'text' in block ? block.text : '';
    if (!following) return;
    if (following.kind === 'blankLines') {
      expect(last.row + following.count, `answer lines under "${text}" on page ${last.page}`).toBeLessThan(capacity);
    } else {
      const first = lines.find((line) => line.block === next) as { page: number };
      expect(first.page, `"${text}" kept with the next line`).toBe(last.page);
    }
  });
}

function braille(text: string): string {
  return translateToBraille(text).braille;
}

describe('blankFormSource', () => {
  for (const definition of Object.values(formDefinitions) as FormDefinition[]) {
    for (const locale of LOCALES) {
      describe(`${definition.id} in ${locale}`, () => {
        const t = translators[locale];
        const source = blankFormSource(definition, t, { config, locale });
        const all = texts(source);
        const label = (field: string) => t(fieldLabelKey(definition.id, field));

        it('heads the form with its full title', () => {
          expect(source.title).toBe(t(formTitleKey(definition.id)));
          expect(source.blocks[1]).toEqual({ kind: 'heading', text: source.title });
        });

        it('has a running title for the narrowest page', () => {
          const runningTitle = source.runningTitle ?? '';
          const narrowest = Math.min(...Object.values(BRAILLE_PAGE_PRESETS).map((size) => size.cells));
          // Three blank cells and a two-digit page number: number sign and two digits.
          expect(runningTitle).toBe(t(`braille.blankForm.runningTitle.${definition.id}`));
          expect(runningTitle).not.toMatch(/^braille\./);
          expect(braille(runningTitle).length + 3 + 3).toBeLessThanOrEqual(narrowest);
        });

        for (const [preset, size] of Object.entries(BRAILLE_PAGE_PRESETS)) {
          describe(`on ${preset}`, () => {
            const document = layoutBraille(source, size);

            it('shows the running title whole', () => {
              const title = braille(source.runningTitle ?? '');
              for (const page of document.pages) expect(page.lines[0]?.startsWith(title + BLANK_CELL.repeat(3)), `page ${page.number}`).toBe(true);
            });

            it('keeps questions with their answers', () => {
              checkKeptBlocks(source, document, size);
            });

            it('ends a page with a label only above its answer lines', () => {
              const labels = new Set(definition.fields.map((field) => source.blocks.findIndex((block) => isFieldItem(block, label(field.name)))));
              const lines = placeLines(source, document, size);
              for (const page of document.pages.slice(0, -1)) {
                const last = lines.filter((line) => line.page === page.number).at(-1);
                if (!last || !labels.has(last.block)) continue;
                // The sheet is blank below the last line, so answer lines there are not written.
                const next = source.blocks[last.block + 1];
                expect(next?.kind, `page ${page.number}`).toBe('blankLines');
                const count = next?.kind === 'blankLines' ? next.count : 0;
                expect(last.row + count, `page ${page.number}`).toBeLessThan(size.lines - 1);
              }
            });

            it('uses only characters with a braille rule', () => {
              expect(document.unknown).toEqual([]);
            });
          });
        }

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
            expect(item?.kind, field.name).toBe('item');
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

  it('keeps labels and the last option with what follows', () => {
    const source = blankFormSource(formDefinitions.objection as FormDefinition, translators.id, { config, locale: 'id' });
    const agency = fieldBlocks(source, 'PPID yang menerima permohonan');
    const options = agency.filter((block) => block.kind === 'item' && /^\d+\. /.test(block.text));
    expect(agency[0]).toMatchObject({ kind: 'item', keepWithNext: true });
    expect(options.length).toBeGreaterThan(2);
    expect(options.slice(0, -1).every((block) => block.kind === 'item' && !block.keepWithNext)).toBe(true);
    expect(options.at(-1)).toMatchObject({ keepWithNext: true });
    expect(agency.at(-2)).toMatchObject({ kind: 'paragraph', text: translators.id('braille.blankForm.chooseOne'), keepWithNext: true });
  });

  it('keeps the agency label with its hint', () => {
    // In 40 × 25 this label falls on the last row of page 1 unless it keeps with the next line.
    const source = blankFormSource(formDefinitions.objection as FormDefinition, translators.id, { config, locale: 'id' });
    const document = layoutBraille(source, BRAILLE_PAGE_PRESETS.brf);
    const label = braille('PPID yang menerima permohonan (wajib)');
    const page = document.pages.find((each) => each.lines.includes(label));
    expect(page?.lines.at(-1)).not.toBe(label);
    expect(page?.lines[page.lines.indexOf(label) + 1]).toBe(BLANK_CELL.repeat(2) + braille('Keberatan ditujukan kepada atasan'));
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
