import { describe, expect, it } from 'vitest';
import { normalizeValues, validateForm, validateStep, type FormContext } from '../../../src/domain/forms/engine.ts';
import { OBJECTION_REASONS, objection } from '../../../src/domain/forms/objection.ts';
import type { FieldError, FormValues } from '../../../src/domain/forms/types.ts';

const context: FormContext = { agencyCodes: ['DINKES', 'DISKOMINFO'] };

const lodged: FormValues = {
  requestNumber: '12/PPID/DINKES/PI/2026',
  agency: 'DINKES',
  purpose: 'Bahan penelitian',
  reasons: ['notAnswered'],
  caseDetails: 'Permohonan saya belum dijawab setelah 17 hari kerja.',
  name: 'Siti Contoh',
  occupation: 'Peneliti',
  address: 'Jl. Contoh Raya No. 17, Kota Contoh',
  phone: '081234567890',
  byProxy: 'no',
};

const proxy: FormValues = {
  ...lodged,
  byProxy: 'yes',
  proxyName: 'Budi Contoh',
  proxyAddress: 'Jl. Contoh Dua No. 3, Kota Contoh',
  proxyPhone: '0857 1234 5678',
};

function without(values: FormValues, ...names: string[]): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !names.includes(name)));
}

const required = (field: string): FieldError => ({ field, code: 'required' });

describe('objection validation', () => {
  it('accepts an objection by the applicant', () => {
    expect(validateForm(objection, lodged, context)).toEqual([]);
  });

  it('accepts an objection by a proxy', () => {
    expect(validateForm(objection, { ...proxy, proxyOccupation: 'Advokat' }, context)).toEqual([]);
  });

  it('accepts every reason at once', () => {
    expect(validateForm(objection, { ...lodged, reasons: [...OBJECTION_REASONS] }, context)).toEqual([]);
  });

  it('lists the seven reasons of Pasal 35 in order', () => {
    expect(OBJECTION_REASONS).toEqual([
      'exemptionRefusal',
      'periodicNotPublished',
      'notAnswered',
      'answeredOtherwise',
      'notFulfilled',
      'unreasonableFees',
      'lateDelivery',
    ]);
  });

  it('requires the core answers of an empty form', () => {
    const errors = validateForm(objection, {}, context);

    expect(errors).toEqual(['requestNumber', 'agency', 'purpose', 'reasons', 'caseDetails', 'name', 'address', 'phone', 'byProxy'].map(required));
  });

  it('requires a ticked reason', () => {
    expect(validateForm(objection, { ...lodged, reasons: [] }, context)).toEqual([required('reasons')]);
  });

  it.each<[string, FormValues, FieldError[]]>([
    ['an unknown reason', { ...lodged, reasons: ['notAnswered', 'boredom'] }, [{ field: 'reasons', code: 'optionInvalid' }]],
    ['a reason as text', { ...lodged, reasons: 'notAnswered' }, [{ field: 'reasons', code: 'optionInvalid' }]],
    ['a reason by its letter', { ...lodged, reasons: ['c'] }, [{ field: 'reasons', code: 'optionInvalid' }]],
    ['an agency outside the context', { ...lodged, agency: 'DISHUB' }, [{ field: 'agency', code: 'optionInvalid' }]],
    ['an over-long account', { ...lodged, caseDetails: 'x'.repeat(3001) }, [{ field: 'caseDetails', code: 'tooLong', max: 3000 }]],
    ['an invalid e-mail', { ...lodged, email: 'siti@' }, [{ field: 'email', code: 'emailInvalid' }]],
  ])('rejects %s', (_case, values, errors) => {
    expect(validateForm(objection, values, context)).toEqual(errors);
  });

  it('accepts an e-mail instead of a phone', () => {
    expect(validateForm(objection, { ...without(lodged, 'phone'), email: 'siti@contoh.id' }, context)).toEqual([]);
  });

  it('requires the proxy details for a proxy', () => {
    const errors = validateForm(objection, { ...lodged, byProxy: 'yes' }, context);

    expect(errors).toEqual([required('proxyName'), required('proxyAddress'), required('proxyPhone')]);
  });

  it('leaves the proxy occupation optional', () => {
    expect(validateForm(objection, without(proxy, 'proxyOccupation'), context)).toEqual([]);
  });

  it('checks the proxy phone', () => {
    expect(validateForm(objection, { ...proxy, proxyPhone: '12' }, context)).toEqual([{ field: 'proxyPhone', code: 'phoneInvalid' }]);
  });

  it('ignores hidden proxy answers without a proxy', () => {
    expect(validateForm(objection, { ...lodged, proxyName: '', proxyPhone: 'not a phone' }, context)).toEqual([]);
  });

  it('drops hidden proxy answers on normalising', () => {
    const normalized = normalizeValues(objection, { ...proxy, byProxy: 'no' });

    expect(Object.keys(normalized).filter((name) => name.startsWith('proxy'))).toEqual([]);
  });

  it('checks the reasons step alone', () => {
    expect(validateStep(objection, 'reasons', { reasons: [] }, context)).toEqual([required('reasons'), required('caseDetails')]);
  });
});
