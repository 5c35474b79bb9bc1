import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../src/domain/validation/phone.ts';

// Synthetic numbers: the 0812 mobile prefix and the 021 Jakarta and Tangerang area code are
// real ranges, the subscriber digits are made up.
describe('normalizePhone', () => {
  it.each([
    ['trunk prefix 0', '081234567890'],
    ['+62', '+6281234567890'],
    ['62 without plus', '6281234567890'],
    ['+62 with trunk zero', '+62081234567890'],
    ['62 with trunk zero', '62081234567890'],
    ['surrounding whitespace', '  081234567890 '],
  ])('accepts mobile with %s', (_label, input) => {
    expect(normalizePhone(input)).toEqual({ ok: true, e164: '+6281234567890', kind: 'mobile' });
  });

  it.each([
    ['dashes', '0812-3456-7890'],
    ['spaces', '0812 3456 7890'],
    ['dots', '0812.3456.7890'],
    ['parentheses', '(0812) 3456 7890'],
    ['+62 and dashes', '+62 812-3456-7890'],
    ['+62 (0) habit', '+62 (0) 812 3456 7890'],
    ['full-width digits', '０８１２３４５６７８９０'],
    ['full-width plus, digits and hyphens', '＋６２ ８１２－３４５６－７８９０'],
    ['full-width parentheses and ideographic space', '（０８１２）\u3000３４５６ ７８９０'],
  ])('strips %s', (_label, input) => {
    expect(normalizePhone(input)).toMatchObject({ ok: true, e164: '+6281234567890' });
  });

  it.each([
    ['10 digits', '0812345678', '+62812345678'],
    ['11 digits', '08123456789', '+628123456789'],
    ['12 digits', '081234567890', '+6281234567890'],
    ['13 digits', '0812345678901', '+62812345678901'],
  ])('accepts mobile of %s', (_label, input, e164) => {
    expect(normalizePhone(input)).toEqual({ ok: true, e164, kind: 'mobile' });
  });

  it.each([
    ['9 digits', '081234567'],
    ['14 digits', '08123456789012'],
    ['9 digits after +62', '+6281234567'],
    ['14 digits after +62', '+628123456789012'],
  ])('rejects mobile of %s', (_label, input) => {
    expect(normalizePhone(input)).toEqual({ ok: false, code: 'phoneInvalid' });
  });

  it.each([
    ['Tangerang 021 with 8 digits', '021-5550-1234', '+622155501234'],
    ['021 with 7 digits', '(021) 555 1234', '+62215551234'],
    ['021 with +62', '+62 21 5550 1234', '+622155501234'],
    ['Bandung 022', '022 555 1234', '+62225551234'],
    ['Denpasar 0361', '0361 555 123', '+62361555123'],
    ['Ambon 0911 in area 9', '0911 355 123', '+62911355123'],
  ])('accepts landline %s', (_label, input, e164) => {
    expect(normalizePhone(input)).toEqual({ ok: true, e164, kind: 'landline' });
  });

  it.each([
    ['United States', '+1 202 555 0143'],
    ['United Kingdom', '+44 20 7946 0000'],
    ['Singapore', '+65 6555 1234'],
  ])('rejects foreign %s number', (_label, input) => {
    expect(normalizePhone(input)).toEqual({ ok: false, code: 'phoneNotIndonesian' });
  });

  it.each([
    ['letters', '0812-ABCD-7890'],
    ['a trailing letter', '081234567890a'],
    ['no prefix', '81234567890'],
    ['empty input', ''],
    ['only +62', '+62'],
    ['landline too short', '021 555'],
    ['landline too long', '021 5550 12345'],
    ['area code starting 1', '0115551234'],
    ['a slash separator', '0812/3456/7890'],
  ])('rejects %s', (_label, input) => {
    expect(normalizePhone(input)).toEqual({ ok: false, code: 'phoneInvalid' });
  });

  it('outputs E.164 digits only', () => {
    expect(normalizePhone('+62 (0) 812.3456-7890')).toMatchObject({ ok: true, e164: expect.stringMatching(/^\+62[1-9]\d{7,11}$/) });
  });
});
