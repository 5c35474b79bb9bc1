// The documents `npm run bench:braille` measures: the blank braille form of every form, built
// from the real locale and config/loket.json, and a long receipt.
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { blankFormSource, type Translate } from '../../src/app/braille/blank-form-source.ts';
import { fieldLabelKey, formTitleKey, optionLabelKey, receiptTitleKey } from '../../src/app/i18n/form-keys.ts';
import en from '../../src/app/i18n/locales/en.json';
import id from '../../src/app/i18n/locales/id.json';
import type { BrailleBlock, BrailleSource } from '../../src/domain/braille/document.ts';
import { agencyName, type KioskConfig } from '../../src/domain/config.ts';
import { informationRequest } from '../../src/domain/forms/information-request.ts';
import { formDefinitions } from '../../src/domain/forms/registry.ts';
import type { FieldDefinition } from '../../src/domain/forms/types.ts';

export interface BenchDocument {
  name: string;
  /** Builds the document's source. The bench times it with the rest of the chain. */
  source: () => BrailleSource;
}

const WORDS = ['laporan', 'keuangan', 'Dinas', 'Kesehatan', 'tahun', 'anggaran', '2025', 'rincian', 'belanja', 'modal', 'Kecamatan', 'Karawaci', 'RT', '04/RW', '07,', 'Rp1.500.000,00', 'dokumen', 'kontrak', 'pengadaan', '(DPA)', 'e-mail', 'Jl.', 'Contoh', 'No.', '12B', 'salinan', 'PPID', 'Utama.'];

/** Returns synthetic text of at most `length` characters, the same in every run, so every run lays out the same document. */
function syntheticText(length: number, seed: number): string {
  let text = '';
  for (let index = seed; text.length < length; index = (index * 7 + 3) % 9973) text += `${WORDS[index % WORDS.length]} `;
  return text.slice(0, length).trimEnd();
}

/** Returns a long answer to one field of the information request, as long as the field's maximum length where it has one. */
function longAnswer(field: FieldDefinition, t: Translate, config: KioskConfig, seed: number): string {
  if (Array.isArray(field.options)) return field.options.map((option) => t(optionLabelKey(informationRequest.id, field.name, option))).join(', ');
  if (field.options === 'agencies') return agencyName(config, 'DISKOMINFO', 'id');
  if (field.type === 'nik') return '3671014501900001';
  if (field.type === 'tel') return '081234567890';
  if (field.type === 'email') return `siti.contoh.${'pemohon'.repeat(6)}@example.go.id`;
  return syntheticText(field.maxLength ?? 200, seed);
}

/**
 * A receipt of an information request with every answer filled in as long as the form allows,
 * headed like the printed receipt. It stands in for the app's receipt source until that exists.
 */
function longReceiptSource(t: Translate, config: KioskConfig): BrailleSource {
  const title = t(receiptTitleKey(informationRequest.id));
  const blocks: BrailleBlock[] = [
    { kind: 'heading', text: config.body },
    { kind: 'heading', text: title },
    { kind: 'item', text: `${t('receipt.registrationNumber')}: 1234/PPID/DISKOMINFO/PI/2026` },
    { kind: 'paragraph', text: t('receipt.officialNumber') },
    { kind: 'item', text: `${t('receipt.trackingCode')}: K7M2-Q9XA-4HRT` },
    { kind: 'item', text: `${t('receipt.capturedAt')}: 5 Desember 2026 10.42 WIB` },
    { kind: 'item', text: `${t('receipt.deadlineLabel')}: 19 Desember 2026` },
    { kind: 'paragraph', text: t('receipt.deadlineExtension', { days: 7, date: '30 Desember 2026' }) },
    { kind: 'heading', text: t('receipt.summaryTitle') },
  ];
  informationRequest.fields.forEach((field, index) => {
    blocks.push({ kind: 'item', text: `${t(fieldLabelKey(informationRequest.id, field.name))}: ${longAnswer(field, t, config, index + 1)}` });
  });
  blocks.push({ kind: 'heading', text: t('receipt.nextStepsTitle') }, { kind: 'paragraph', text: t('receipt.trackingCodeHelp') }, { kind: 'paragraph', text: t('receipt.objection') });
  return { title: `${title} 1234/PPID/DISKOMINFO/PI/2026`, blocks };
}

export function benchDocuments(): BenchDocument[] {
  const config = JSON.parse(readFileSync('config/loket.json', 'utf8')) as KioskConfig;
  const i18n = i18next.createInstance();
  void i18n.init({ resources: { id: { translation: id }, en: { translation: en } }, lng: 'id', fallbackLng: 'id', initAsync: false, interpolation: { escapeValue: false } });
  const t = i18n.getFixedT('id');

  const forms = Object.values(formDefinitions).map((definition) => ({
    name: `Blank form: ${t(formTitleKey(definition.id))}`,
    source: () => blankFormSource(definition, t, { config, locale: 'id' }),
  }));
  return [...forms, { name: 'Long receipt of an information request', source: () => longReceiptSource(t, config) }];
}
