import { describe, expect, it } from 'vitest';
import { agencyName, type Agency } from '../../../src/domain/config.ts';

const agencies: Agency[] = [
  { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', nameEn: 'Communication and Informatics Office', role: 'utama' },
  { code: 'DINKES', name: 'Dinas Kesehatan', role: 'pelaksana' },
];

describe('agencyName', () => {
  it.each([
    ['Indonesian name', 'DISKOMINFO', 'id', 'Dinas Komunikasi dan Informatika'],
    ['English name', 'DISKOMINFO', 'en', 'Communication and Informatics Office'],
    ['Indonesian without English', 'DINKES', 'en', 'Dinas Kesehatan'],
    ['code for unknown agency', 'DISHUB', 'id', 'DISHUB'],
  ])('returns %s', (_label, code, locale, expected) => {
    expect(agencyName({ agencies }, code, locale)).toBe(expected);
  });
});
