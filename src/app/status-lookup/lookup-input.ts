import type { Agency } from '../../domain/config.ts';
import { informationRequest } from '../../domain/forms/information-request.ts';
import { isProvisionalCode, PROVISIONAL_ALPHABET } from '../../domain/provisional-code.ts';
import { formatRegistrationNumber, type RegistrationParts } from '../../domain/registration-number.ts';
import { normalizeTrackingCode, TRACKING_CODE_LENGTH } from '../../domain/tracking-code.ts';

/** The two inputs of the look-up by field name; the names also give the inputs their ids. */
export type LookupField = 'registrationNumber' | 'trackingCode';

/** Reason a typed value cannot be a registration number or tracking code; each code has a message in `statusLookup.errors`. */
export type LookupInputErrorCode = 'numberRequired' | 'numberFormat' | 'codeRequired' | 'codeLength' | 'codeCharacters';

export interface LookupInputError {
  field: LookupField;
  code: LookupInputErrorCode;
  /** For codeCharacters: the typed characters that tracking codes never contain. */
  characters?: readonly string[];
}

export type LookupInputCheck =
  | { ok: true; registrationNumber: string; trackingCode: string }
  | { ok: false; errors: LookupInputError[] };

/**
 * Checks the typed number and code before anything is sent, and brings both to the form the
 * server stores: the number with the pattern's own spelling and padding, the code in capitals
 * without spaces and dashes. The server compares both exactly.
 */
export function checkLookupInput(
  typed: { registrationNumber: string; trackingCode: string },
  pattern: string,
  agencies: readonly Agency[],
): LookupInputCheck {
  const errors: LookupInputError[] = [];

  const numberText = typed.registrationNumber.trim();
  let registrationNumber: string | undefined;
  if (numberText === '') errors.push({ field: 'registrationNumber', code: 'numberRequired' });
  // A receipt printed without a registration number carries the provisional code in its place,
  // and the server finds the request by it once the request has arrived.
  else if (isProvisionalCode(provisionalForm(numberText))) registrationNumber = provisionalForm(numberText);
  else {
    registrationNumber = normalizeRegistrationNumber(numberText, pattern, agencies);
    if (registrationNumber === undefined) errors.push({ field: 'registrationNumber', code: 'numberFormat' });
  }

  const code = normalizeTrackingCode(typed.trackingCode);
  const foreign = [...new Set(code)].filter((character) => !PROVISIONAL_ALPHABET.includes(character));
  if (code === '') errors.push({ field: 'trackingCode', code: 'codeRequired' });
  else if (foreign.length > 0) errors.push({ field: 'trackingCode', code: 'codeCharacters', characters: foreign });
  else if (code.length !== TRACKING_CODE_LENGTH) errors.push({ field: 'trackingCode', code: 'codeLength' });

  if (errors.length > 0 || registrationNumber === undefined) return { ok: false, errors };
  return { ok: true, registrationNumber, trackingCode: code };
}

const PLACEHOLDER = /\{(seq|agency|series|year)(?::\d+)?\}/g;

/** Regular expression of each placeholder of a registration pattern, matched case-insensitively. */
const PART_SOURCES: Record<keyof RegistrationParts, string> = {
  seq: '(\\d{1,9})',
  // Agency codes such as KEC-CILEDUG contain dashes. Any code is allowed, not only the
  // configured ones, so a number of an agency later removed from the list is still looked up.
  agency: '([A-Z0-9][A-Z0-9-]*)',
  series: '([A-Z]{1,10})',
  year: '(\\d{4})',
};

/**
 * Returns the number in the spelling the server stores, or undefined when the text cannot be a
 * number of `pattern`. Letter case and spaces around the separators do not matter, and the
 * sequence gets the pattern's padding, so "12 / ppid / dinkes / pi / 2026" and
 * "12/PPID/DINKES/PI/2026" find the same request.
 */
export function normalizeRegistrationNumber(text: string, pattern: string, agencies: readonly Agency[]): string | undefined {
  const names: (keyof RegistrationParts)[] = [];
  let source = '';
  let literalStart = 0;
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    source += literalSource(pattern.slice(literalStart, match.index));
    const name = match[1] as keyof RegistrationParts;
    names.push(name);
    source += PART_SOURCES[name];
    literalStart = match.index + match[0].length;
  }
  source += literalSource(pattern.slice(literalStart));

  const match = new RegExp(`^\\s*${source}\\s*$`, 'i').exec(text);
  if (!match) return undefined;

  const parts: RegistrationParts = { seq: 0, agency: '', series: '', year: 0 };
  names.forEach((name, index) => {
    const value = match[index + 1] ?? '';
    if (name === 'seq' || name === 'year') parts[name] = Number(value);
    else parts[name] = value.toUpperCase();
  });
  const configured = agencies.find((agency) => agency.code.toUpperCase() === parts.agency);
  if (configured) parts.agency = configured.code;
  if (names.includes('seq') && parts.seq < 1) return undefined;
  return formatRegistrationNumber(pattern, parts);
}

/** Escapes a literal part of the pattern and lets whitespace appear around its separators. */
function literalSource(literal: string): string {
  let source = '';
  for (const character of literal) {
    if (/\s/.test(character)) source += '\\s*';
    else if (/[\p{L}\p{N}]/u.test(character)) source += character;
    else source += `\\s*\\${character}\\s*`;
  }
  return source;
}

/** Returns an example number in the deployment's pattern for hints and messages, such as 12/PPID/DINKES/PI/2026. */
export function exampleRegistrationNumber(pattern: string, agency: Agency | undefined, year: number): string {
  return formatRegistrationNumber(pattern, { seq: 12, agency: agency?.code ?? 'PPID', series: informationRequest.series, year });
}

/** An example tracking code in the printed grouping; every character is in the code alphabet. */
export const EXAMPLE_TRACKING_CODE = 'K7MX3PAT';

/** Brings a typed provisional code to its printed form, such as `K7MX-3PAT`, whatever the case and separators. */
function provisionalForm(text: string): string {
  const compact = text.replace(/[\s-]/g, '').toUpperCase();
  return compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact;
}
