/**
 * NIK (Nomor Induk Kependudukan): the 16-digit national identity number on the KTP,
 * laid out as PP KK CC DD MM YY SSSS (province, regency or city, district, birth date with
 * 40 added to the day for women, serial). It has no check digit, so structure and date are
 * all that can be checked. Source: Permendagri 7/2019 on the population register format.
 */

export type NikErrorCode = 'nikLength' | 'nikDigits' | 'nikProvince' | 'nikMonth' | 'nikDay' | 'nikDate' | 'nikSerial';

export type NikResult =
  | { ok: true; nik: string; sex: 'female' | 'male'; birthDay: number; birthMonth: number; birthYearTwoDigits: number }
  | { ok: false; code: NikErrorCode };

const SEPARATORS = /[\s.\-]/g;

/**
 * Kemendagri region codes (Permendagri 56/2015, Kode dan Data Wilayah Administrasi
 * Pemerintahan) start at 11 for Aceh, so a NIK starting 00 to 10 is mistyped. Unassigned
 * higher codes are accepted, because a province created later gets a new code, and a kiosk
 * must not reject a real NIK issued after its release.
 */
const LOWEST_PROVINCE_CODE = 11;

/**
 * Parses a typed NIK, accepting spaces, dots and dashes between digits. NFKC normalisation
 * comes first, so full-width digits (３６７１…) and separators from an East Asian keyboard
 * or a pasted document count as their ASCII forms.
 */
export function parseNik(input: string): NikResult {
  const nik = stripSeparators(input);
  if (!/^\d*$/.test(nik)) return { ok: false, code: 'nikDigits' };
  if (nik.length !== 16) return { ok: false, code: 'nikLength' };
  if (Number(nik.slice(0, 2)) < LOWEST_PROVINCE_CODE) return { ok: false, code: 'nikProvince' };

  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yearTwoDigits = Number(nik.slice(10, 12));
  const serial = nik.slice(12, 16);

  if (month < 1 || month > 12) return { ok: false, code: 'nikMonth' };
  const female = rawDay >= 41;
  const day = female ? rawDay - 40 : rawDay;
  if (day < 1 || day > 31) return { ok: false, code: 'nikDay' };
  if (!dateExistsInSomeCentury(day, month, yearTwoDigits)) return { ok: false, code: 'nikDate' };
  if (serial === '0000') return { ok: false, code: 'nikSerial' };

  return { ok: true, nik, sex: female ? 'female' : 'male', birthDay: day, birthMonth: month, birthYearTwoDigits: yearTwoDigits };
}

/**
 * The NIK stores a two-digit year, so 29 February is valid when either 19YY or 20YY was a
 * leap year (only 00 differs: 2000 was a leap year, 1900 was not).
 */
function dateExistsInSomeCentury(day: number, month: number, yearTwoDigits: number): boolean {
  return [1900, 2000].some((century) => {
    const date = new Date(Date.UTC(century + yearTwoDigits, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  });
}

/** Masks a NIK for screens and receipts: `3671 **** **** 0001`. */
export function maskNik(nik: string): string {
  const digits = stripSeparators(nik);
  if (digits.length !== 16) return '****';
  return `${digits.slice(0, 4)} **** **** ${digits.slice(12)}`;
}

function stripSeparators(input: string): string {
  return input.normalize('NFKC').replace(SEPARATORS, '');
}
