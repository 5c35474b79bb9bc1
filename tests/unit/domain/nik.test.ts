import { describe, expect, it } from 'vitest';
import { maskNik, parseNik, type NikErrorCode } from '../../../src/domain/validation/nik.ts';

// Synthetic NIKs built from their parts: PP KK CC DD MM YY SSSS. Region 36 71 01 is a Kota
// Tangerang prefix; none of these numbers belongs to a real person.
function buildNik(day: string, month: string, year: string, serial = '0001'): string {
  return `367101${day}${month}${year}${serial}`;
}

describe('parseNik', () => {
  it('parses male NIK', () => {
    const result = parseNik(buildNik('15', '08', '85'));

    expect(result).toEqual({
      ok: true,
      nik: '3671011508850001',
      sex: 'male',
      birthDay: 15,
      birthMonth: 8,
      birthYearTwoDigits: 85,
    });
  });

  it('parses female NIK day plus 40', () => {
    const result = parseNik(buildNik('55', '08', '85'));

    expect(result).toEqual({
      ok: true,
      nik: '3671015508850001',
      sex: 'female',
      birthDay: 15,
      birthMonth: 8,
      birthYearTwoDigits: 85,
    });
  });

  it.each([
    ['spaces', '3671 0115 0885 0001'],
    ['dots', '3671.0115.0885.0001'],
    ['dashes', '36-71-01-150885-0001'],
    ['mixed separators', ' 3671.01 15-08 85.0001 '],
    ['a tab and no-break space', '3671\t0115\u00a00885 0001'],
    ['full-width digits', '３６７１０１１５０８８５０００１'],
    ['full-width digits, hyphens and spaces', '３６７１－０１１５\u3000０８８５－０００１'],
  ])('strips %s', (_label, input) => {
    expect(parseNik(input)).toMatchObject({ ok: true, nik: '3671011508850001' });
  });

  it.each<[string, string, NikErrorCode]>([
    ['empty input', '', 'nikLength'],
    ['15 digits', '367101150885001', 'nikLength'],
    ['17 digits', '36710115088500012', 'nikLength'],
    ['a letter', '3671011508850O01', 'nikDigits'],
    ['a slash separator', '3671/0115/0885/0001', 'nikDigits'],
    ['Arabic-Indic digits', '٣٦٧١٠١١٥٠٨٨٥٠٠٠١', 'nikDigits'],
    ['province 00', '0071011508850001', 'nikProvince'],
    ['province 10', '1071011508850001', 'nikProvince'],
    ['province 09 with a bad month', '0971011513850001', 'nikProvince'],
    ['month 00', buildNik('15', '00', '85'), 'nikMonth'],
    ['month 13', buildNik('15', '13', '85'), 'nikMonth'],
    ['day 00', buildNik('00', '08', '85'), 'nikDay'],
    ['day 32', buildNik('32', '08', '85'), 'nikDay'],
    ['day 40', buildNik('40', '08', '85'), 'nikDay'],
    ['day 72', buildNik('72', '08', '85'), 'nikDay'],
    ['day 99', buildNik('99', '08', '85'), 'nikDay'],
    ['31 April', buildNik('31', '04', '85'), 'nikDate'],
    ['31 April for a woman', buildNik('71', '04', '85'), 'nikDate'],
    ['30 February', buildNik('30', '02', '00'), 'nikDate'],
    ['29 February 01', buildNik('29', '02', '01'), 'nikDate'],
    ['29 February 99', buildNik('29', '02', '99'), 'nikDate'],
    ['serial 0000', buildNik('15', '08', '85', '0000'), 'nikSerial'],
  ])('rejects %s', (_label, input, code) => {
    expect(parseNik(input)).toEqual({ ok: false, code });
  });

  it.each([
    ['29 February 00, since 2000 was a leap year', buildNik('29', '02', '00')],
    ['29 February 04', buildNik('29', '02', '04')],
    ['29 February 96', buildNik('29', '02', '96')],
    ['29 February 00 for a woman', buildNik('69', '02', '00')],
    ['31 December', buildNik('31', '12', '85')],
    ['serial 0001', buildNik('15', '08', '85', '0001')],
    ['serial 9999', buildNik('15', '08', '85', '9999')],
    ['a NIK from outside Tangerang', '1101011508850001'],
    ['province 11, the lowest code', '1171011508850001'],
    ['province 96, the highest code', '9671011508850001'],
  ])('accepts %s', (_label, input) => {
    expect(parseNik(input).ok).toBe(true);
  });

  it.each([
    ['01', 'male', 1],
    ['31', 'male', 31],
    ['41', 'female', 1],
    ['71', 'female', 31],
  ])('reads day %s as sex and day', (rawDay, sex, birthDay) => {
    const result = parseNik(buildNik(rawDay, '01', '90'));

    expect(result).toMatchObject({ ok: true, sex });
    expect(result).toMatchObject({ ok: true, birthDay });
  });
});

describe('maskNik', () => {
  it('keeps first and last four', () => {
    expect(maskNik('3671011508850001')).toBe('3671 **** **** 0001');
  });

  it('masks NIK typed with separators', () => {
    expect(maskNik('3671.0115-0885 0001')).toBe('3671 **** **** 0001');
  });

  it('masks full-width NIK as ASCII', () => {
    expect(maskNik('３６７１０１１５０８８５０００１')).toBe('3671 **** **** 0001');
  });

  it.each([
    ['empty input', ''],
    ['15 digits', '367101150885001'],
    ['17 digits', '36710115088500012'],
  ])('hides everything for %s', (_label, input) => {
    expect(maskNik(input)).toBe('****');
  });
});
