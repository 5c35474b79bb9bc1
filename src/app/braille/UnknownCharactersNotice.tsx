import type { UnknownCharacter } from '../../domain/braille/translate.ts';
import { useTranslation } from '../i18n/use-translation.ts';

/** Returns the code point as Unicode writes it, such as "U+20AC", for characters that print as nothing readable. */
export function codePointOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Names the characters the braille rule table has no sign for, and how often each occurs. The
 * translator writes each of them as the full cell, a sign with no meaning to the reader, so
 * staff should know before they print. Renders nothing when every character has a rule.
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
          <li key={char}>{t('braille.unknown.character', { char, code: codePointOf(char), count })}</li>
        ))}
      </ul>
      <p>{t('braille.unknown.help')}</p>
    </div>
  );
}
