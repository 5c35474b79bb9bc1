import type { Ref } from 'preact';
import { useTranslation } from '../i18n/use-translation.ts';
import type { KeyDefinition } from './layouts.ts';
import type { ShiftState } from './shift.ts';

interface KeyButtonProps {
  definition: KeyDefinition;
  index: number;
  shift: ShiftState;
  /** The one key in the keyboard's Tab order (roving tabindex). */
  tabbable: boolean;
  buttonRef: Ref<HTMLButtonElement>;
  onPress: (definition: KeyDefinition) => void;
  onFocus: (index: number) => void;
}

/**
 * One key: a native button, so Enter on a keypad presses it. Glyphs that a screen reader would
 * read wrongly or not at all get a spoken name in the screen's language.
 */
export function KeyButton({ definition, index, shift, tabbable, buttonRef, onPress, onFocus }: KeyButtonProps) {
  const { t } = useTranslation();
  const common = {
    ref: buttonRef,
    type: 'button' as const,
    tabIndex: tabbable ? 0 : -1,
    'data-index': index,
    onClick: () => onPress(definition),
    onFocus: () => onFocus(index),
  };

  switch (definition.kind) {
    case 'text': {
      const text = definition.letter && shift !== 'off' ? definition.text.toUpperCase() : definition.text;
      return (
        <button {...common} class={`osk__key${text.length > 2 ? ' osk__key--wide' : ''}`} aria-label={definition.nameKey ? t(definition.nameKey) : undefined}>
          {text}
        </button>
      );
    }
    case 'space':
      return (
        <button {...common} class="osk__key osk__key--space">
          {t('keyboard.keys.space')}
        </button>
      );
    case 'newline':
      return (
        <button {...common} class="osk__key osk__key--wide" aria-label={t('keyboard.keys.newline')}>
          <span aria-hidden="true">↵</span>
        </button>
      );
    case 'backspace':
      return (
        <button {...common} class="osk__key osk__key--wide" aria-label={t('keyboard.keys.backspace')}>
          <span aria-hidden="true">⌫</span>
        </button>
      );
    case 'shift':
      return (
        <button
          {...common}
          class="osk__key osk__key--wide"
          aria-pressed={shift !== 'off'}
          aria-label={t(shift === 'locked' ? 'keyboard.keys.shiftLocked' : 'keyboard.keys.shift')}
        >
          <span aria-hidden="true">{shift === 'locked' ? '⇪' : '⇧'}</span>
        </button>
      );
    case 'close':
      return (
        <button {...common} class="osk__key osk__key--wide" aria-label={t('keyboard.keys.close')}>
          {t('keyboard.keys.closeShort')}
        </button>
      );
  }
}
