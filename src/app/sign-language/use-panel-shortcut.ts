import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { isSharedDevice } from '../device.ts';
import { isTextField } from '../keyboard/text-fields.ts';

/**
 * The key that moves focus into the panel. A kiosk keypad sends only digits, Enter, Backspace,
 * Escape, Tab, arrows, `*` and `#` (docs/keypad.md), and of these only `#` has no other use
 * while speech guidance is off. Speech guidance, when on, takes `#` first to stop speaking.
 */
export const PANEL_SHORTCUT_KEY = '#';

/** Marks the control that PANEL_SHORTCUT_KEY focuses: the play button while a video shows. */
export const SHORTCUT_TARGET_CLASS = 'sign-panel__shortcut-target';

/**
 * Gives keyboard and keypad visitors a direct way into the panel and back, because Tab and
 * Shift+Tab pass other fields and change the clip on the way. PANEL_SHORTCUT_KEY moves focus
 * from anywhere outside the panel to its play button (or its first button when no video shows),
 * and the topic stays, as focus inside the panel changes no topic (current-topic.ts). Escape in
 * the panel returns focus to the element the visitor came from, by the shortcut or by Tab.
 */
export function usePanelShortcut(panel: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = panel.current;
    if (!element) return undefined;
    let origin: HTMLElement | null = null;

    const onWindowKeyDown = (event: KeyboardEvent) => {
      if (event.key !== PANEL_SHORTCUT_KEY || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
      const active = document.activeElement;
      // A modal dialog (the idle warning) makes the panel inert, and the key stays with the dialog.
      if (element.contains(active) || document.querySelector('dialog:modal')) return;
      // A visitor's own device has a full keyboard, where `#` belongs in the text of an address or
      // a request, so there the key jumps only from buttons, choices and links. A kiosk's keypad
      // and on-screen keyboard type no `#`, so there it jumps from text fields too.
      if (isTextField(active) && !isSharedDevice()) return;
      const target = element.querySelector<HTMLElement>(`.${SHORTCUT_TARGET_CLASS}`) ?? element.querySelector<HTMLElement>('button');
      if (!target) return;
      event.preventDefault();
      origin = active instanceof HTMLElement && active !== document.body ? active : null;
      // Scrolls the minimum that shows the button. Where the panel scrolls (large text), the
      // browser's own focus scroll could move the signer out of view for a button just below it.
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    };

    const onFocusIn = (event: FocusEvent) => {
      const from = event.relatedTarget;
      if (from instanceof HTMLElement && !element.contains(from)) origin = from;
    };

    const onPanelKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !origin?.isConnected) return;
      event.preventDefault();
      origin.focus();
    };

    window.addEventListener('keydown', onWindowKeyDown);
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('keydown', onPanelKeyDown);
    return () => {
      window.removeEventListener('keydown', onWindowKeyDown);
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('keydown', onPanelKeyDown);
    };
  }, []);
}
