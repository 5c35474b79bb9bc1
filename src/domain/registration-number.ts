/**
 * Registration numbers (nomor pendaftaran). UU 14/2008 Pasal 22 makes the number the receipt
 * of a request; there is no national format, so the pattern is configuration. The default
 * gives numbers such as `1/PPID/DINKES/PI/2026` (series PI for an information request), the
 * layout many PPIDs print.
 */
export const DEFAULT_REGISTRATION_PATTERN = '{seq}/PPID/{agency}/{series}/{year}';

export interface RegistrationParts {
  seq: number;
  agency: string;
  series: string;
  year: number;
}

const PLACEHOLDER = /\{(seq|agency|series|year)(?::(\d+))?\}/g;

/** Fills the pattern; `{seq:4}` pads the sequence to four digits. */
export function formatRegistrationNumber(pattern: string, parts: RegistrationParts): string {
  return pattern.replace(PLACEHOLDER, (_match, name: keyof RegistrationParts, width?: string) => {
    const value = String(parts[name]);
    return width ? value.padStart(Number(width), '0') : value;
  });
}

/** Checks that a pattern has every part a unique number needs. */
export function validateRegistrationPattern(pattern: string): string[] {
  const missing = ['seq', 'agency', 'series', 'year'].filter((name) => !new RegExp(`\\{${name}(:\\d+)?\\}`).test(pattern));
  return missing.map((name) => `Registration pattern "${pattern}" lacks {${name}}`);
}
