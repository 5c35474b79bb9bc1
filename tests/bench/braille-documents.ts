// The documents `npm run bench:braille` measures: the blank braille form of every form, built
// from the real locale and config/loket.json, and a long receipt.
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import type { TFunction } from 'i18next';
import { blankFormSource, type Translate } from '../../src/app/braille/blank-form-source.ts';
import { receiptSource } from '../../src/app/braille/receipt-source.ts';
import type { OutboxRecord } from '../../src/app/outbox/types.ts';
import { formTitleKey, optionLabelKey } from '../../src/app/i18n/form-keys.ts';
import en from '../../src/app/i18n/locales/en.json';
import id from '../../src/app/i18n/locales/id.json';
import type { BrailleSource } from '../../src/domain/braille/document.ts';
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
 * The visitor's own receipt of an information request, built by the app's receipt source, with
 * every answer on the receipt as long as the form allows and the most attachments a request
 * can carry, so it is the longest receipt the kiosk prints.
 */
function longReceiptSource(t: TFunction, config: KioskConfig): BrailleSource {
  const answers = Object.fromEntries(
    informationRequest.receiptFields.map((name, index) => {
      const field = informationRequest.fields.find((each) => each.name === name) as FieldDefinition;
      return [name, field.options === 'agencies' ? 'DISKOMINFO' : Array.isArray(field.options) ? (field.options[0] as string) : longAnswer(field, t, config, index + 1)];
    }),
  );
  const record: OutboxRecord = {
    id: '5b0c1c9e-3d1f-4a4e-9a57-0d6a3f0c2b11',
    state: 'sent',
    createdAt: Date.parse('2026-12-04T03:42:00Z'),
    receipt: {
      formId: informationRequest.id,
      agency: 'DISKOMINFO',
      capturedAt: '2026-12-04T03:42:00Z',
      provisionalCode: 'K7QM-2XPA',
      answers,
      applicant: { name: 'Siti Contoh Pemohon Informasi Publik', nikMasked: '3671********0001' },
      attachments: Array.from({ length: 5 }, (_, index) => ({ name: `lampiran-dokumen-pendukung-${index + 1}.pdf`, size: 1_500_000 })),
    },
    payload: {
      id: '5b0c1c9e-3d1f-4a4e-9a57-0d6a3f0c2b11',
      formId: informationRequest.id,
      formVersion: informationRequest.version,
      capturedAt: '2026-12-04T03:42:00Z',
      channel: 'kiosk',
      deviceId: 'KIOSK-BENCH-1',
      locale: 'id',
      provisionalCode: 'K7QM-2XPA',
      trackingCode: 'TRK4821A',
      values: {},
    },
    attempts: 0,
    nextAttemptAt: 0,
    trackingCode: 'TRK4821A',
    registrationNumber: '1234/PPID/DISKOMINFO/PI/2026',
    numberSource: 'server',
  };
  // A tablet's receipt: a kiosk's leaves the applicant out, so it is shorter.
  return receiptSource(record, t, { config, language: 'id', fromList: false, sharedDevice: false, origin: 'https://loket.example.go.id' });
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
