import { describe, expect, it } from 'vitest';
import { agencyName, offeredAgencies, type Agency } from '../../../src/domain/config.ts';

const agencies: Agency[] = [
  { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', nameEn: 'Communication and Informatics Office', role: 'utama' },
  { code: 'DINKES', name: 'Dinas Kesehatan', role: 'pelaksana' },
  { code: 'DISPERINDAG', name: 'Dinas Perindustrian dan Perdagangan', role: 'pelaksana', retired: true },
];

describe('agencyName', () => {
  it.each([
    ['Indonesian name', 'DISKOMINFO', 'id', 'Dinas Komunikasi dan Informatika'],
    ['English name', 'DISKOMINFO', 'en', 'Communication and Informatics Office'],
    ['Indonesian without English', 'DINKES', 'en', 'Dinas Kesehatan'],
    ['code for unknown agency', 'DISHUB', 'id', 'DISHUB'],
    ['name of a retired agency', 'DISPERINDAG', 'id', 'Dinas Perindustrian dan Perdagangan'],
  ])('returns %s', (_label, code, locale, expected) => {
    expect(agencyName({ agencies }, code, locale)).toBe(expected);
  });
});

describe('offeredAgencies', () => {
  it('leaves out retired agencies', () => {
    expect(offeredAgencies({ agencies }).map((agency) => agency.code)).toEqual(['DISKOMINFO', 'DINKES']);
  });
});
