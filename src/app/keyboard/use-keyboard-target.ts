import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isTextField, type TextField } from './text-fields.ts';

export interface KeyboardTarget {
  /** The text field the keys type into, or null when no text field has focus. */
  field: TextField | null;
  open: boolean;
  /** The field's value, kept current so the keyboard can show what was typed. */
  value: string;
}

/**
 * Marks a part of the page whose buttons act on what the visitor is typing beside it (the
 * sign-language panel): focus moving there keeps the keyboard open, as focus on its own keys does.
 * Closing it would resize the page between a touch and its click, and the tap would miss.
 */
export const KEEPS_KEYBOARD_ATTRIBUTE = 'data-keeps-keyboard';

const NONE: KeyboardTarget = { field: null, open: false, value: '' };

/**
 * Follows focus: focusing a text field opens the keyboard for it, focus moving into the keyboard
 * or into a part marked with KEEPS_KEYBOARD_ATTRIBUTE keeps it, and focus moving anywhere else
 * closes it. Tapping the focused field again reopens a keyboard the visitor closed.
 */
export function useKeyboardTarget(keyboard: RefObject<HTMLElement | null>) {
  const [target, setTarget] = useState<KeyboardTarget>(NONE);

  useEffect(() => {
    // A tap on a button moves focus on pointerdown. Closing the keyboard then would shorten the
    // page and move the button away from under the finger before pointerup, and the tap would
    // click nothing. So while a pointer is down the close waits for pointerup.
    let pointerDown = false;
    let closeOnPointerUp = false;
    const onPointerDown = () => {
      pointerDown = true;
    };
    const onPointerUp = () => {
      pointerDown = false;
      if (!closeOnPointerUp) return;
      closeOnPointerUp = false;
      // After the click that this pointerup starts has been dispatched.
      setTimeout(() => {
        if (!isTextField(document.activeElement) && !keyboard.current?.contains(document.activeElement)) setTarget(NONE);
      }, 0);
    };
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Node && keyboard.current?.contains(event.target)) return;
      if (event.target instanceof Element && event.target.closest(`[${KEEPS_KEYBOARD_ATTRIBUTE}]`)) return;
      if (isTextField(event.target)) {
        closeOnPointerUp = false;
        setTarget({ field: event.target, open: true, value: event.target.value });
      } else if (pointerDown) {
        closeOnPointerUp = true;
      } else {
        setTarget(NONE);
      }
    };
    // Focus that goes nowhere (a tap on the page's background, a field removed with its step)
    // fires no focusin, so the keyboard checks where focus ended up once the change is done.
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget) return;
      setTimeout(() => {
        const active = document.activeElement;
        if (!active || active === document.body) setTarget(NONE);
      }, 0);
    };
    const onInput = (event: Event) => {
      const { target: changed } = event;
      if (isTextField(changed)) setTarget((current) => (changed === current.field ? { ...current, value: changed.value } : current));
    };
    const onClick = (event: MouseEvent) => {
      setTarget((current) => (event.target === current.field && !current.open ? { ...current, open: true } : current));
    };
    // Pointer events in the capture phase, so they arrive before the page's own handlers.
    const listeners: [string, (event: never) => void, boolean][] = [
      ['pointerdown', onPointerDown, true],
      ['pointerup', onPointerUp, true],
      ['pointercancel', onPointerUp, true],
      ['focusin', onFocusIn, false],
      ['focusout', onFocusOut, false],
      ['input', onInput, false],
      ['click', onClick, false],
    ];
    for (const [type, listener, capture] of listeners) document.addEventListener(type, listener as EventListener, capture);
    return () => {
      for (const [type, listener, capture] of listeners) document.removeEventListener(type, listener as EventListener, capture);
    };
  }, []);

  const setOpen = (open: boolean) => setTarget((current) => (current.field ? { ...current, open } : NONE));
  return { target, setOpen };
}
