/**
 * Indonesian phone numbers (country code 62, trunk prefix 0), normalised to E.164.
 *
 * Mobile numbers are 08 followed by 8 to 11 digits. Landlines are 0, an area code starting
 * with 2 to 7 or 9 (Jakarta and Tangerang use 021, and codes starting with 9 serve Maluku and
 * Papua) and a subscriber number, 9 to 11 digits with the trunk prefix. The area code ranges
 * are those of the national numbering plan, Keputusan Menteri Perhubungan KM 28/2004.
 * libphonenumber-js would cover this too, but its metadata alone is larger than the kiosk's
 * whole first-load budget, and these two rules are all a PPID form needs.
 */

export type PhoneErrorCode = 'phoneInvalid' | 'phoneNotIndonesian';

export type PhoneResult = { ok: true; e164: string; kind: 'mobile' | 'landline' } | { ok: false; code: PhoneErrorCode };

const SEPARATORS = /[\s.\-()]/g;
const MOBILE = /^8\d{8,11}$/;
const LANDLINE = /^[2-79]\d{7,9}$/;

/**
 * Parses a typed number with a +62, 62 or 0 prefix and returns it in E.164 (`+628123456789`).
 * NFKC normalisation comes first, so full-width digits, plus signs and parentheses count as
 * their ASCII forms.
 */
export function normalizePhone(input: string): PhoneResult {
  const compact = input.normalize('NFKC').trim().replace(SEPARATORS, '');
  let national: string;
  if (compact.startsWith('+62')) national = compact.slice(3);
  else if (compact.startsWith('62')) national = compact.slice(2);
  else if (compact.startsWith('0')) national = compact.slice(1);
  else if (compact.startsWith('+')) return { ok: false, code: 'phoneNotIndonesian' };
  else return { ok: false, code: 'phoneInvalid' };

  // A number typed as +62 0812… keeps the trunk zero by habit; drop it once.
  if (national.startsWith('0')) national = national.slice(1);
  if (!/^\d+$/.test(national)) return { ok: false, code: 'phoneInvalid' };
  if (MOBILE.test(national)) return { ok: true, e164: `+62${national}`, kind: 'mobile' };
  if (LANDLINE.test(national)) return { ok: true, e164: `+62${national}`, kind: 'landline' };
  return { ok: false, code: 'phoneInvalid' };
}
