import { describe, expect, it } from 'vitest';
import { isValidEmail } from '../../../src/domain/validation/email.ts';

/** Returns a syntactically valid address of exactly `length` characters. */
function addressOfLength(length: number): string {
  const domain = '@contoh.id';
  return 'a'.repeat(length - domain.length) + domain;
}

describe('isValidEmail', () => {
  it.each([
    ['a plain address', 'warga@contoh.go.id'],
    ['dots and plus in local part', 'nama.lengkap+ppid@pemda.id'],
    ['a subdomain', 'warga@mail.dinkes.contoh.go.id'],
    ['an internationalised domain', 'warga@pemda.香港'],
    ['a Japanese top-level domain', 'warga@contoh.みんな'],
    ['a unicode local part', 'wárga.ñoño@contoh.id'],
    ['unicode local and domain', '用户@例子.广告'],
    ['surrounding whitespace', '  warga@contoh.id\n'],
  ])('accepts %s', (_label, input) => {
    expect(isValidEmail(input)).toBe(true);
  });

  it.each([
    ['empty input', ''],
    ['missing @', 'warga.contoh.id'],
    ['two @', 'warga@@contoh.id'],
    ['@ in domain', 'warga@contoh@id'],
    ['empty local part', '@contoh.id'],
    ['empty domain', 'warga@'],
    ['space in local part', 'war ga@contoh.id'],
    ['space in domain', 'warga@contoh .id'],
    ['no-break space', 'warga\u00a0@contoh.id'],
    ['ideographic space', 'warga@contoh\u3000.id'],
    ['no dot in domain', 'warga@localhost'],
    ['trailing dot in domain', 'warga@contoh.'],
    ['leading dot in domain', 'warga@.contoh.id'],
    ['consecutive dots in domain', 'warga@contoh..id'],
  ])('rejects %s', (_label, input) => {
    expect(isValidEmail(input)).toBe(false);
  });

  it('accepts 254 characters', () => {
    expect(isValidEmail(addressOfLength(254))).toBe(true);
  });

  it('rejects 255 characters', () => {
    expect(isValidEmail(addressOfLength(255))).toBe(false);
  });

  it('ignores whitespace in length limit', () => {
    expect(isValidEmail(`  ${addressOfLength(254)}  `)).toBe(true);
  });
});
