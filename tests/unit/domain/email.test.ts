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
    ['hyphens inside domain labels', 'warga@dinas-kesehatan.kota-contoh.go.id'],
    ['a punycode domain', 'warga@xn--fsqu00a.xn--3lr804guic'],
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
    ['a script tag after the domain', 'siti@contoh.id<script>'],
    ['a mailto: prefix', 'mailto:siti@contoh.id'],
    ['leading dot in local part', '.siti@contoh.id'],
    ['trailing dot in local part', 'siti.@contoh.id'],
    ['consecutive dots in local part', 'si..ti@contoh.id'],
    ['domain label starting with a hyphen', 'siti@-contoh.id'],
    ['domain label ending with a hyphen', 'siti@contoh-.id'],
    ['top-level label ending with a hyphen', 'siti@contoh.id-'],
    ['a display name', 'Siti <siti@contoh.id>'],
    ['a comment', 'siti(kantor)@contoh.id'],
    ['a quoted local part', '"siti"@contoh.id'],
    ['a comma between addresses', 'siti@contoh.id,budi@contoh.id'],
    ['a semicolon between addresses', 'siti@contoh.id;budi@contoh.id'],
    ['a backslash', 'si\\ti@contoh.id'],
    ['square brackets', 'siti@[127.0.0.1]'],
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
