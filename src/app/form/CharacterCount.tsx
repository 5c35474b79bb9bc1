import { useEffect, useRef } from 'preact/hooks';
import { announce } from '../a11y/announcer.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { fieldId } from './field-ids.ts';

/** Wait this long after the last keystroke before speaking the count, so typing is not interrupted. */
const ANNOUNCE_DELAY_MS = 1000;

export function countId(name: string): string {
  return `${fieldId(name)}-count`;
}

/** Length as the domain counts it: Unicode code points after trimming. */
export function countCharacters(text: string): number {
  return [...text.trim()].length;
}

/**
 * The "Sisa 1.980 karakter" line under a textarea. The visible line is hidden from screen
 * readers, which hear the limit once through the textarea's description (the element with
 * countId) and the remaining count through the shared announcer after typing pauses.
 */
export function CharacterCount({ name, maxLength, value }: { name: string; maxLength: number; value: string }) {
  const { t } = useTranslation();
  const remaining = maxLength - countCharacters(value);
  let message: string;
  if (remaining > 0) message = t('field.characterCount.remaining', { count: remaining });
  else if (remaining === 0) message = t('field.characterCount.atLimit');
  else message = t('field.characterCount.over', { count: -remaining });

  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const timer = setTimeout(() => announce(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value]);

  return (
    <>
      <p id={countId(name)} class="visually-hidden">
        {t('field.characterCount.maxHint', { count: maxLength })}
      </p>
      <p class={remaining < 0 ? 'character-count character-count--over' : 'character-count'} aria-hidden="true">
        {message}
      </p>
    </>
  );
}
