import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formDefinitions } from '../../src/domain/forms/registry.ts';
import type { FieldErrorCode } from '../../src/domain/forms/types.ts';
import { LOCALES } from '../../src/domain/submission.ts';
import type { SubmitFailureReason } from '../../src/app/flow/flow-state.ts';
import { fieldLabelKey, formNounKey, formTitleKey, optionHintKey, optionLabelKey, receiptTitleKey, stepTitleKey } from '../../src/app/i18n/form-keys.ts';
import { OBJECTION_REASONS } from '../../src/domain/forms/objection.ts';
import en from '../../src/app/i18n/locales/en.json';
import id from '../../src/app/i18n/locales/id.json';

/** Every code, checked by the compiler: adding a code to the domain fails type-checking here until it is listed. */
const FIELD_ERROR_CODES = Object.keys({
  required: true,
  tooLong: true,
  invalidCharacters: true,
  optionInvalid: true,
  emailInvalid: true,
  phoneInvalid: true,
  phoneNotIndonesian: true,
  nikLength: true,
  nikDigits: true,
  nikProvince: true,
  nikMonth: true,
  nikDay: true,
  nikDate: true,
  nikSerial: true,
  dateInvalid: true,
  dateInFuture: true,
  unknownField: true,
} satisfies Record<FieldErrorCode, true>);

const SUBMIT_FAILURE_REASONS = Object.keys({
  storageFull: true,
  offlineWithoutStorage: true,
  rejected: true,
  network: true,
  unexpected: true,
} satisfies Record<SubmitFailureReason, true>);

/** i18next plural suffixes: Indonesian needs only `_other`, English `_one` and `_other`. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: object, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') keys.set(key, value);
    else for (const [child, text] of flatten(value as object, key)) keys.set(child, text);
  }
  return keys;
}

const locales = { id: flatten(id), en: flatten(en) };

/** Keys with plural suffixes folded into their base key, as `t(key, { count })` looks them up. */
function baseKeys(keys: Map<string, string>): Set<string> {
  return new Set([...keys.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1] ?? '').sort();
}

function hasKey(locale: keyof typeof locales, key: string): boolean {
  return baseKeys(locales[locale]).has(key);
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('locale files', () => {
  it('cover the same keys', () => {
    const idKeys = baseKeys(locales.id);
    const enKeys = baseKeys(locales.en);
    expect([...idKeys].filter((key) => !enKeys.has(key)), 'keys only in id.json').toEqual([]);
    expect([...enKeys].filter((key) => !idKeys.has(key)), 'keys only in en.json').toEqual([]);
  });

  it('use the same placeholders', () => {
    const mismatched: string[] = [];
    for (const [key, text] of locales.id) {
      const base = key.replace(PLURAL_SUFFIX, '');
      const english = locales.en.get(key) ?? locales.en.get(`${base}_other`);
      if (english !== undefined && placeholders(text).join() !== placeholders(english).join()) mismatched.push(key);
    }
    expect(mismatched).toEqual([]);
  });

  it('have no empty texts', () => {
    for (const locale of LOCALES) {
      const empty = [...locales[locale]].filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty, `empty texts in ${locale}.json`).toEqual([]);
    }
  });
});

describe('keys for the domain', () => {
  for (const definition of Object.values(formDefinitions)) {
    it(`cover form ${definition.id}`, () => {
      const required = [
        formTitleKey(definition.id),
        formNounKey(definition.id),
        receiptTitleKey(definition.id),
        `chooser.options.${definition.id}.label`,
        `chooser.options.${definition.id}.when`,
      ];
      for (const step of definition.steps) required.push(stepTitleKey(definition.id, step.id));
      for (const field of definition.fields) {
        required.push(fieldLabelKey(definition.id, field.name));
        if (Array.isArray(field.options)) {
          for (const option of field.options) required.push(optionLabelKey(definition.id, field.name, option));
        }
      }
      for (const locale of LOCALES) {
        expect(required.filter((key) => !hasKey(locale, key)), `missing in ${locale}.json`).toEqual([]);
      }
    });
  }

  it('explain every objection reason', () => {
    const required = OBJECTION_REASONS.map((reason) => optionHintKey('objection', 'reasons', reason));
    for (const locale of LOCALES) {
      expect(required.filter((key) => !hasKey(locale, key)), `missing in ${locale}.json`).toEqual([]);
    }
  });

  it('cover every field error code', () => {
    for (const locale of LOCALES) {
      const missing = FIELD_ERROR_CODES.filter((code) => !hasKey(locale, `errors.${code}`));
      expect(missing, `missing in ${locale}.json`).toEqual([]);
    }
  });

  it('cover every submit failure and language', () => {
    const required = [...SUBMIT_FAILURE_REASONS.map((reason) => `submitFailure.${reason}`), ...LOCALES.map((locale) => `language.${locale}`)];
    for (const locale of LOCALES) {
      expect(required.filter((key) => !hasKey(locale, key)), `missing in ${locale}.json`).toEqual([]);
    }
  });
});

describe('keys used in src/app', () => {
  it('all exist', () => {
    const missing: string[] = [];
    let found = 0;
    for (const file of sourceFiles(join(import.meta.dirname, '../../src/app'))) {
      const source = readFileSync(file, 'utf8');
      // Literal keys only: t('status.online'), t(online ? 'a.b' : 'c.d'), and keys in key tables.
      for (const match of source.matchAll(/'((?:app|statusLookup|language|settings|status|storage|config|start|chooser|objectionSource|step|field|errors|review|attachments|submitFailure|receipt|receipts|speech)\.[\w.]+)'/g)) {
        const key = match[1] ?? '';
        found += 1;
        if (!hasKey('id', key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(found, 'keys found by the scan').toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
