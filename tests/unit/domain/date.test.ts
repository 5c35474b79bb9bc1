import { describe, expect, it } from 'vitest';
import { validateForm, type FormContext } from '../../../src/domain/forms/engine.ts';
import type { FormDefinition } from '../../../src/domain/forms/types.ts';
import { checkDate } from '../../../src/domain/validation/date.ts';

describe('checkDate', () => {
  it.each(['2026-03-02', '2024-02-29', '2000-02-29', '1900-01-01', '2026-12-31'])('accepts %s', (text) => {
    expect(checkDate(text)).toBeNull();
  });

  it.each([
    ['an impossible day', '2026-02-30'],
    ['29 February of a common year', '2026-02-29'],
    ['29 February 1900, not a leap year', '1900-02-29'],
    ['month 13', '2026-13-01'],
    ['month 00', '2026-00-10'],
    ['day 00', '2026-03-00'],
    ['day 32', '2026-01-32'],
    ['a day before 1900', '1899-12-31'],
    ['a two-digit year', '0026-03-02'],
    ['day-month-year order', '02-03-2026'],
    ['slashes', '2026/03/02'],
    ['no zero padding', '2026-3-2'],
    ['a date-time', '2026-03-02T10:00:00Z'],
    ['a five-digit year', '12026-03-02'],
    ['surrounding spaces', ' 2026-03-02'],
    ['Arabic-Indic digits', '٢٠٢٦-٠٣-٠٢'],
    ['empty text', ''],
  ])('rejects %s', (_case, text) => {
    expect(checkDate(text)).toBe('dateInvalid');
  });

  it('accepts today', () => {
    expect(checkDate('2026-03-02', '2026-03-02')).toBeNull();
  });

  it('rejects the day after today', () => {
    expect(checkDate('2026-03-03', '2026-03-02')).toBe('dateInFuture');
  });

  it('rejects a later year', () => {
    expect(checkDate('2027-01-01', '2026-12-31')).toBe('dateInFuture');
  });

  it('reports an impossible future date as invalid', () => {
    expect(checkDate('2099-02-30', '2026-03-02')).toBe('dateInvalid');
  });

  it('allows any real date without today', () => {
    expect(checkDate('2099-12-31')).toBeNull();
  });
});

describe('date field in a form', () => {
  const form: FormDefinition = {
    id: 'test-date',
    version: 1,
    series: 'TD',
    agencyField: 'agency',
    receiptFields: [],
    fields: [
      { name: 'agency', type: 'select', options: 'agencies' },
      { name: 'eventDate', type: 'date', required: true },
    ],
    steps: [{ id: 'only', fields: ['agency', 'eventDate'] }],
  };
  const context: FormContext = { agencyCodes: [], today: '2026-03-02' };

  it('trims before checking', () => {
    expect(validateForm(form, { eventDate: ' 2026-03-01 ' }, context)).toEqual([]);
  });

  it('reports a future date on the field', () => {
    expect(validateForm(form, { eventDate: '2026-03-03' }, context)).toEqual([{ field: 'eventDate', code: 'dateInFuture' }]);
  });

  it('reports an impossible date on the field', () => {
    expect(validateForm(form, { eventDate: '2026-02-31' }, context)).toEqual([{ field: 'eventDate', code: 'dateInvalid' }]);
  });

  it('requires a date', () => {
    expect(validateForm(form, { eventDate: '  ' }, context)).toEqual([{ field: 'eventDate', code: 'required' }]);
  });

  it('rejects a list as a date', () => {
    expect(validateForm(form, { eventDate: ['2026-03-01'] }, context)).toEqual([{ field: 'eventDate', code: 'optionInvalid' }]);
  });
});
