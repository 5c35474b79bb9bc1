import { describe, expect, it } from 'vitest';
import type { KioskConfig } from '../../../src/domain/config.ts';
import { complaint } from '../../../src/domain/forms/complaint.ts';
import { normalizeValues, validateForm, validateStep, type FormContext } from '../../../src/domain/forms/engine.ts';
import { formContextFrom } from '../../../src/domain/forms/form-context.ts';
import type { FieldError, FormValues } from '../../../src/domain/forms/types.ts';

const config: Pick<KioskConfig, 'timeZone' | 'districts' | 'complaintCategories'> = {
  timeZone: 'Asia/Jakarta',
  districts: [
    { name: 'Benda', villages: ['Belendung', 'Benda', 'Jurumudi'] },
    { name: 'Cipondoh', villages: ['Cipondoh Indah', 'Gondrong', 'Petir'] },
  ],
  complaintCategories: [
    { code: 'JALAN', name: 'Jalan dan jembatan', nameEn: 'Roads and bridges' },
    { code: 'SAMPAH', name: 'Sampah dan kebersihan' },
  ],
};
const agencies = [{ code: 'DPUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', role: 'pelaksana' as const }];
// 05:00 UTC is 12:00 WIB on 2 March 2026.
const context: FormContext = formContextFrom(config, agencies, new Date('2026-03-02T05:00:00Z'));

const report: FormValues = {
  title: 'Lubang besar di jalan',
  account: 'Lubang di depan sekolah sudah sebulan tidak ditutup.',
  eventDate: '2026-02-27',
  district: 'Benda',
  village: 'Jurumudi',
  placeDetails: 'Depan SDN Jurumudi 1',
  agency: 'DPUPR',
  category: 'JALAN',
  anonymous: 'no',
  confidential: 'no',
  name: 'Siti Contoh',
  phone: '081234567890',
};

function without(values: FormValues, ...names: string[]): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !names.includes(name)));
}

describe('complaint validation', () => {
  it('accepts a full report', () => {
    expect(validateForm(complaint, report, context)).toEqual([]);
  });

  it('accepts a report without village, place details or contact', () => {
    expect(validateForm(complaint, without(report, 'village', 'placeDetails', 'phone'), context)).toEqual([]);
  });

  it('requires the core answers of an empty form', () => {
    const fields = validateForm(complaint, {}, context).map((error) => error.field);

    expect(fields).toEqual(['title', 'account', 'eventDate', 'district', 'agency', 'category', 'anonymous', 'confidential']);
  });

  it('requires a name unless anonymous', () => {
    expect(validateForm(complaint, without(report, 'name'), context)).toEqual([{ field: 'name', code: 'required' }]);
  });

  it('accepts an anonymous report without a name', () => {
    expect(validateForm(complaint, { ...without(report, 'name', 'phone'), anonymous: 'yes' }, context)).toEqual([]);
  });

  it('still checks a name given anonymously', () => {
    const errors = validateForm(complaint, { ...report, anonymous: 'yes', name: 'Siti\u0007' }, context);

    expect(errors).toEqual([{ field: 'name', code: 'invalidCharacters' }]);
  });

  it('accepts a confidential report', () => {
    expect(validateForm(complaint, { ...report, confidential: 'yes' }, context)).toEqual([]);
  });

  it('rejects an event after today', () => {
    expect(validateForm(complaint, { ...report, eventDate: '2026-03-03' }, context)).toEqual([{ field: 'eventDate', code: 'dateInFuture' }]);
  });

  it('accepts an event today', () => {
    expect(validateForm(complaint, { ...report, eventDate: '2026-03-02' }, context)).toEqual([]);
  });

  it('rejects an impossible event date', () => {
    expect(validateForm(complaint, { ...report, eventDate: '2026-02-30' }, context)).toEqual([{ field: 'eventDate', code: 'dateInvalid' }]);
  });

  it.each<[string, FormValues, FieldError[]]>([
    ['an unknown district', { ...report, district: 'Atlantis', village: 'Jurumudi' }, [
      { field: 'district', code: 'optionInvalid' },
      { field: 'village', code: 'optionInvalid' },
    ]],
    ['a village of another district', { ...report, district: 'Cipondoh', village: 'Jurumudi' }, [{ field: 'village', code: 'optionInvalid' }]],
    ['a village in other case', { ...report, village: 'jurumudi' }, [{ field: 'village', code: 'optionInvalid' }]],
    ['a district name as village', { ...report, district: 'Cipondoh', village: 'Cipondoh' }, [{ field: 'village', code: 'optionInvalid' }]],
    ['an unknown category', { ...report, category: 'PAJAK' }, [{ field: 'category', code: 'optionInvalid' }]],
    ['a category name in place of its code', { ...report, category: 'Jalan dan jembatan' }, [{ field: 'category', code: 'optionInvalid' }]],
    ['an unknown agency', { ...report, agency: 'DINKES' }, [{ field: 'agency', code: 'optionInvalid' }]],
    ['an anonymity answer outside the options', { ...report, anonymous: 'maybe' }, [{ field: 'anonymous', code: 'optionInvalid' }]],
    ['an over-long title', { ...report, title: 'x'.repeat(151) }, [{ field: 'title', code: 'tooLong', max: 150 }]],
  ])('rejects %s', (_case, values, errors) => {
    expect(validateForm(complaint, values, context)).toEqual(errors);
  });

  it('accepts a village of the chosen district with padding', () => {
    expect(validateForm(complaint, { ...report, district: ' Cipondoh ', village: ' Petir ' }, context)).toEqual([]);
  });

  it('rejects every district without configured districts', () => {
    const bare = formContextFrom({ timeZone: 'Asia/Jakarta' }, agencies, new Date('2026-03-02T05:00:00Z'));

    expect(validateForm(complaint, report, bare)).toEqual([
      { field: 'district', code: 'optionInvalid' },
      { field: 'village', code: 'optionInvalid' },
      { field: 'category', code: 'optionInvalid' },
    ]);
  });

  it('checks the place step alone', () => {
    expect(validateStep(complaint, 'place', { district: 'Benda', village: 'Petir' }, context)).toEqual([{ field: 'village', code: 'optionInvalid' }]);
  });

  it('keeps the district and village as chosen', () => {
    const normalized = normalizeValues(complaint, { ...report, district: ' Benda ', village: 'Jurumudi ' });

    expect(normalized.district).toBe('Benda');
    expect(normalized.village).toBe('Jurumudi');
  });
});

describe('formContextFrom', () => {
  it('lists codes, districts and categories', () => {
    expect(context.agencyCodes).toEqual(['DPUPR']);
    expect(context.districts).toEqual(config.districts);
    expect(context.complaintCategoryCodes).toEqual(['JALAN', 'SAMPAH']);
  });

  it('dates today in the agency time zone', () => {
    // 18:00 UTC on 1 March is already 01:00 WIB on 2 March.
    expect(formContextFrom(config, agencies, new Date('2026-03-01T18:00:00Z')).today).toBe('2026-03-02');
  });

  it('moves today by the slack days', () => {
    expect(formContextFrom(config, agencies, new Date('2026-03-02T05:00:00Z'), 1).today).toBe('2026-03-03');
  });

  it('lets the slack accept tomorrow', () => {
    // A device whose clock runs ahead may date the event on what is still tomorrow for the server.
    const lenient = formContextFrom(config, agencies, new Date('2026-03-02T05:00:00Z'), 1);

    expect(validateForm(complaint, { ...report, eventDate: '2026-03-03' }, lenient)).toEqual([]);
    expect(validateForm(complaint, { ...report, eventDate: '2026-03-04' }, lenient)).toEqual([{ field: 'eventDate', code: 'dateInFuture' }]);
  });

  it('defaults missing lists to empty', () => {
    const bare = formContextFrom({ timeZone: 'Asia/Jakarta' }, [], new Date('2026-03-02T05:00:00Z'));

    expect(bare.districts).toEqual([]);
    expect(bare.complaintCategoryCodes).toEqual([]);
  });
});
