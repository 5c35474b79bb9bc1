import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation.ts';
import { onVisitReset } from '../session/visit-reset.ts';
import '../styles/keyboard.css';
import { deleteBeforeCaret, insertAtCaret } from './insert-text.ts';
import { arrowTarget } from './key-navigation.ts';
import { KeyButton } from './KeyButton.tsx';
import { setKeyboardHeight } from './keyboard-height.ts';
import { chooseLayout, layoutRows, type KeyDefinition } from './layouts.ts';
import { nextControlAfter } from './next-control.ts';
import { nextShiftState, type ShiftState } from './shift.ts';
import { fieldLabel, type TextField } from './text-fields.ts';
import { useKeyboardTarget } from './use-keyboard-target.ts';

/** The preview shows the end of a long value, where typing happens. */
const PREVIEW_CHARACTERS = 80;

/**
 * Loket's own keyboard for kiosks without a physical one, docked at the bottom of the screen
 * while a text field has focus. Keys never take focus from a tap, so the field keeps its caret.
 * With a keypad (docs/keypad.md), ArrowDown in the field moves into the keys. In a textarea it
 * does so only with the caret at the end of the text, so ArrowDown still moves between lines.
 * Arrows move between keys, Enter presses one, Escape returns to the field, and Tab goes on to
 * the control after the field. Escape in the field closes the keyboard.
 */
export function OnScreenKeyboard() {
  const { t } = useTranslation();
  const section = useRef<HTMLElement | null>(null);
  const keyRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const { target, setOpen } = useKeyboardTarget(section);
  const { field, open, value } = target;
  const [shift, setShift] = useState<ShiftState>('off');
  const [activeKey, setActiveKey] = useState(0);
  const activeKeyRef = useRef(activeKey);
  activeKeyRef.current = activeKey;
  const enterKeys = useRef(false);

  const layout = field ? chooseLayout(field) : 'letters';
  const rows = layoutRows(layout, field instanceof HTMLTextAreaElement);
  const rowIndexes = indexRows(rows);
  const keys = rows.flat();

  useEffect(() => setActiveKey(0), [layout]);
  useEffect(
    () =>
      onVisitReset(() => {
        setOpen(false);
        setShift('off');
      }),
    [],
  );
  useKeepFieldVisible(section, open ? field : null);

  // Runs as soon as the keys are in the DOM, so ArrowDown can open a closed keyboard and enter
  // it at once, before the next key press arrives.
  useLayoutEffect(() => {
    if (!open || !enterKeys.current) return;
    enterKeys.current = false;
    keyRefs.current[activeKey]?.focus();
  });

  const latest = useRef({ field, open });
  latest.current = { field, open };
  useEffect(() => {
    // Escape and ArrowDown are handled on window in the bubbling phase, after every other
    // listener, so a handler that used the key first (speech stops on Escape) can call
    // preventDefault and keep the keyboard as it is.
    const onKeyDown = (event: KeyboardEvent) => {
      const { field: current, open: isOpen } = latest.current;
      if (!current || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const inKeys = event.target instanceof Node && section.current?.contains(event.target);
      if (event.key === 'Escape' && inKeys) {
        event.preventDefault();
        current.focus();
      } else if (event.key === 'Escape' && event.target === current && isOpen) {
        event.preventDefault();
        setOpen(false);
      } else if (event.key === 'ArrowDown' && event.target === current && caretAtEnd(current)) {
        event.preventDefault();
        if (isOpen) {
          keyRefs.current[activeKeyRef.current]?.focus();
        } else {
          enterKeys.current = true;
          setOpen(true);
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  if (!field || !open) return null;

  const press = (definition: KeyDefinition) => {
    switch (definition.kind) {
      case 'text': {
        const upper = definition.letter && shift !== 'off';
        insertAtCaret(field, upper ? definition.text.toUpperCase() : definition.text);
        if (definition.letter && shift === 'once') setShift('off');
        break;
      }
      case 'space':
        insertAtCaret(field, ' ');
        break;
      case 'newline':
        insertAtCaret(field, '\n');
        break;
      case 'backspace':
        deleteBeforeCaret(field);
        break;
      case 'shift':
        setShift(nextShiftState(shift));
        break;
      case 'close':
        // Focus goes back to the field before the keys disappear, so it is never lost to <body>.
        field.focus({ preventScroll: true });
        setOpen(false);
        break;
    }
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    const key = event.target instanceof HTMLElement ? Number(event.target.dataset.index) : NaN;
    if (Number.isNaN(key) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Tab') {
      // The keys sit at the end of the page, so Tab goes on from the field instead. The visitor
      // then continues the form rather than leaving it for the browser's own controls.
      const next = event.shiftKey ? field : nextControlAfter(field, event.currentTarget);
      if (next) {
        event.preventDefault();
        next.focus();
      }
      return;
    }
    if (event.shiftKey || !isArrow(event.key)) return;
    event.preventDefault();
    const to = arrowTarget(event.key, key, rowIndexes, (index) => centreOf(keyRefs.current[index]));
    if (to === undefined) field.focus();
    else keyRefs.current[to]?.focus();
  };

  const previewText = value.length > PREVIEW_CHARACTERS ? `…${value.slice(-PREVIEW_CHARACTERS)}` : value;
  // Keys pressed for a personal field spell its value, so speech guidance withholds their names
  // from the loudspeaker as it withholds the field's value (speech/spoken-text.ts).
  const privateMark = field.hasAttribute('data-speech-private') ? '' : undefined;
  return (
    <section
      ref={section}
      class="osk no-print"
      aria-label={t('keyboard.region')}
      // A tap on a key must not move focus from the field: the field keeps its caret, and the
      // browser does not scroll or close anything on blur.
      onPointerDown={(event) => event.preventDefault()}
      onKeyDown={onKeyDown}
    >
      <div class="osk__preview">
        <p class="osk__label">{fieldLabel(field)}</p>
        <p class="osk__value" data-speech-private={privateMark}>
          {previewText || t('keyboard.empty')}
        </p>
      </div>
      <div class="osk__rows" data-speech-private={privateMark}>
        {rowIndexes.map((row, rowIndex) => (
          <div class="osk__row" key={`${layout}-${rowIndex}`}>
            {row.map((index) => (
              <KeyButton
                key={index}
                definition={keys[index] as KeyDefinition}
                index={index}
                shift={shift}
                tabbable={index === activeKey}
                buttonRef={(element) => {
                  keyRefs.current[index] = element;
                }}
                onPress={press}
                onFocus={setActiveKey}
              />
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}

function isArrow(key: string): key is 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown';
}

/** Numbers the keys in reading order and returns each row's key numbers. */
function indexRows(rows: readonly (readonly KeyDefinition[])[]): number[][] {
  let next = 0;
  return rows.map((row) => row.map(() => next++));
}

function centreOf(element: HTMLElement | null | undefined): number {
  const rect = element?.getBoundingClientRect();
  return rect ? rect.left + rect.width / 2 : 0;
}

/** Returns true for a single-line field, and for a textarea only with the caret at the end of its text. */
function caretAtEnd(field: TextField): boolean {
  if (field instanceof HTMLInputElement) return true;
  return field.selectionStart === field.value.length && field.selectionEnd === field.value.length;
}

/**
 * Scrolls a field into view with as much of its frame (label, hint and error message) as fits, so
 * a visitor typing into a field in error still reads the error. The field is scrolled in last, so
 * it shows whole even where its frame does not fit.
 */
function revealWithContext(field: TextField): void {
  // jsdom implements no scrolling, so scrollIntoView may be missing in component tests.
  field.closest('.field')?.scrollIntoView?.({ block: 'nearest' });
  field.scrollIntoView?.({ block: 'nearest' });
}

/**
 * Publishes the keyboard's height and scrolls the field above it, again whenever the keyboard
 * changes size (a new layout, a larger text size). keyboard.css turns the height into scroll
 * padding, so scrollIntoView stops above the keyboard (WCAG 2.4.11, focus not obscured).
 */
function useKeepFieldVisible(section: { current: HTMLElement | null }, field: TextField | null): void {
  useLayoutEffect(() => {
    const element = section.current;
    if (!field || !element) {
      setKeyboardHeight(0);
      return;
    }
    const update = () => {
      setKeyboardHeight(element.getBoundingClientRect().height);
      revealWithContext(field);
    };
    update();
    // jsdom has no ResizeObserver; component tests see the first measurement only.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      setKeyboardHeight(0);
    };
  }, [field]);
}
