import type { Locale } from '../../domain/submission.ts';
import { intlLocale } from '../i18n/i18n.ts';

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * Formats a size in bytes as visitors read it on a phone: kB below 1 MB, MB with at most one
 * decimal above, with the language's decimal mark ("1,5 MB", "1.5 MB"). Units are binary
 * (1 MB = 1024 × 1024 bytes), as the limits in loket.json are given, so a 5 MB limit reads "5 MB".
 * Zero bytes read "0 kB", and any other size below 1 kB reads "1 kB", so a small file never looks empty.
 */
export function formatFileSize(bytes: number, language: Locale): string {
  const locale = intlLocale(language);
  if (bytes < MIB) {
    const kilobytes = bytes <= 0 ? 0 : Math.max(1, Math.round(bytes / KIB));
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(kilobytes)} kB`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / MIB)} MB`;
}
