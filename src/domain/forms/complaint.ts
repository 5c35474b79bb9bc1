import type { FormDefinition } from './types.ts';

/**
 * A complaint (pengaduan) with the content that SP4N-LAPOR! requires (Perpres 76/2013): judul,
 * isi laporan, tanggal and lokasi kejadian, instansi tujuan, kategori and lampiran, and its two
 * privacy options. Loket does not send it to LAPOR!, whose API needs an agreement; staff can
 * forward the export.
 *
 * - anonim: the report may be followed up, but the agency complained about never sees who
 *   filed it. The reporter's name is then optional.
 * - rahasia: the report is never published.
 *
 * TODO: give complaints an answer deadline once the city confirms which rule applies (UU
 * 25/2009 Pasal 50, PermenPANRB 62/2018 or its own SOP); until then receipts show none.
 */
export const complaint: FormDefinition = {
  id: 'complaint',
  version: 1,
  series: 'PG',
  agencyField: 'agency',
  receiptFields: ['title', 'agency', 'category', 'eventDate', 'district', 'anonymous', 'confidential'],
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 150 },
    { name: 'account', type: 'textarea', required: true, maxLength: 4000 },
    { name: 'eventDate', type: 'date', required: true },

    { name: 'district', type: 'select', required: true, options: 'districts' },
    { name: 'village', type: 'select', options: { villagesOf: 'district' } },
    { name: 'placeDetails', type: 'text', maxLength: 300 },

    { name: 'agency', type: 'select', required: true, options: 'agencies' },
    { name: 'category', type: 'select', required: true, options: 'complaintCategories' },

    { name: 'anonymous', type: 'radio', required: true, options: ['no', 'yes'] },
    { name: 'confidential', type: 'radio', required: true, options: ['no', 'yes'] },

    { name: 'name', type: 'text', maxLength: 150, personal: true, autocomplete: 'name', required: { field: 'anonymous', in: ['no'] } },
    { name: 'phone', type: 'tel', personal: true, autocomplete: 'tel' },
    { name: 'email', type: 'email', maxLength: 254, personal: true, autocomplete: 'email' },
  ],
  steps: [
    { id: 'report', fields: ['title', 'account', 'eventDate'] },
    { id: 'place', fields: ['district', 'village', 'placeDetails'] },
    { id: 'agency', fields: ['agency', 'category'] },
    { id: 'privacy', fields: ['anonymous', 'confidential'] },
    { id: 'reporter', fields: ['name', 'phone', 'email'] },
    { id: 'attachments', fields: [], attachments: true },
  ],
};
