import type { UnknownCharacter } from '../../domain/braille/translate.ts';
import { useTranslation } from '../i18n/use-translation.ts';

/** Returns the code point as Unicode writes it, such as "U+20AC", for characters that print as nothing readable. */
export function codePointOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Unicode general categories that show nothing readable between quotes: C (controls, format
 * characters such as U+200B, private use, unassigned) and Z (separators) show as an empty “”,
 * and M (combining marks) without a base character falls onto the quote mark.
 */
const NON_PRINTING = /^(?:[\p{C}\p{Z}]|\p{M}+)$/u;

/** True for a character that shows nothing readable on its own, except the ordinary space. */
export function isNonPrinting(char: string): boolean {
  return char !== ' ' && NON_PRINTING.test(char);
}

/**
 * Names the characters the braille rule table has no sign for, and how often each occurs. The
 * translator writes each of them as the full cell, a sign with no meaning to the reader, so
 * staff should know before they print. A character that shows nothing on its own is named by
 * its code point only. Renders nothing when every character has a rule.
 */
export function UnknownCharactersNotice({ unknown }: { unknown: readonly UnknownCharacter[] }) {
  const { t } = useTranslation();
  if (unknown.length === 0) return null;
  const total = unknown.reduce((sum, { count }) => sum + count, 0);
  return (
    <div class="notice notice--warning" data-speech-intro data-testid="braille-unknown">
      <p class="notice__title">{t('braille.unknown.title', { count: total, kinds: unknown.length })}</p>
      <ul class="list">
        {unknown.map(({ char, count }) => (
          <li key={char}>
            {isNonPrinting(char)
              ? t('braille.unknown.nonPrinting', { code: codePointOf(char), count })
              : t('braille.unknown.character', { char, code: codePointOf(char), count })}
          </li>
        ))}
      </ul>
      <p>{t('braille.unknown.help')}</p>
    </div>
  );
}
