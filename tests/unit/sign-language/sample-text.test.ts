import { describe, expect, it } from 'vitest';
import messages from '../../../src/app/i18n/locales/id.json';
import type { FormDefinition } from '../../../src/domain/forms/types.ts';
import { fillPlaceholders, lookupLocaleKey, sampleClipTexts } from '../../../src/server/sign-language/sample-text.ts';

function form(id: string, fields: string[]): FormDefinition {
  return {
    id,
    version: 1,
    series: 'XX',
    fields: fields.map((name) => ({ name, type: 'text' })),
    steps: [{ id: 'only', fields }],
    agencyField: fields[0] ?? 'agency',
    receiptFields: [],
  };
}

/** Returns the real locale, with its forms replaced by forms `a` and `b` whose name hints are given. */
function messagesWith(nameHints: Record<string, string>): Record<string, unknown> {
  const forms: Record<string, unknown> = {};
  for (const [id, hint] of Object.entries(nameHints)) {
    forms[id] = {
      receiptTitle: `Tanda bukti ${id}`,
      steps: { only: 'Langkah' },
      fields: { name: { label: 'Nama lengkap', hint }, nik: { label: 'NIK', hint: '16 angka di KTP.' } },
    };
  }
  return { ...messages, forms };
}

const fieldKeys = (messagesForForms: Record<string, unknown>) =>
  sampleClipTexts([form('a', ['name', 'nik']), form('b', ['name', 'nik'])], messagesForForms)
    .map((clip) => clip.key)
    .filter((key) => key.startsWith('field.'));

describe('sampleClipTexts', () => {
  it('shares a field clip when every form words it alike', () => {
    expect(fieldKeys(messagesWith({ a: 'Sama.', b: 'Sama.' }))).toEqual(['field.name', 'field.nik']);
  });

  it('keeps a field clip per form when the hints differ', () => {
    expect(fieldKeys(messagesWith({ a: 'Nama Anda.', b: 'Nama pelapor.' }))).toEqual(['field.a.name', 'field.nik', 'field.b.name']);
  });

  it('fills an error message with neutral words', () => {
    const clip = sampleClipTexts([form('a', ['name'])], messagesWith({ a: 'Nama.' })).find((entry) => entry.key === 'error.tooLong');
    expect(clip?.paragraphs).toEqual(['Kolom ini harus sekian karakter atau kurang']);
  });

  it('throws when a required text is missing', () => {
    const withoutReceipt = messagesWith({ a: 'Nama.' });
    (withoutReceipt.forms as Record<string, Record<string, unknown>>).a!.receiptTitle = undefined;
    expect(() => sampleClipTexts([form('a', ['name'])], withoutReceipt)).toThrow(/forms\.a\.receiptTitle/);
  });
});

describe('fillPlaceholders', () => {
  it('fills plain and formatted placeholders', () => {
    expect(fillPlaceholders('{{label}} harus {{max, number}} karakter', { label: 'kolom ini', max: 'sekian' })).toBe(
      'kolom ini harus sekian karakter',
    );
  });

  it('throws on a placeholder without a value', () => {
    expect(() => fillPlaceholders('Pakai permohonan {{number}}')).toThrow(/number/);
  });
});

describe('lookupLocaleKey', () => {
  it('finds nested keys and ignores objects', () => {
    const messages = { a: { b: 'teks', c: { d: 'x' } } };
    expect(lookupLocaleKey(messages, 'a.b')).toBe('teks');
    expect(lookupLocaleKey(messages, 'a.c')).toBeUndefined();
    expect(lookupLocaleKey(messages, 'a.missing')).toBeUndefined();
  });
});
