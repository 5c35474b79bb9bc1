import { SCREEN_HEADING_ID } from '../a11y/ScreenHeading.tsx';
import { updateSignSettings } from './sign-settings.ts';

/** Ids of the two toggles that turn the mode on: the start screen's and the settings bar's. */
export const SIGN_TOGGLE_IDS = { start: 'start-sign-language', settings: 'settings-sign-language' } as const;

/** The toggle that last turned the mode on; closing the panel returns focus to it. */
let openerId: string | undefined;

/** Turns the mode on or off from the toggle with id `toggleId`. */
export function toggleSignMode(enabled: boolean, toggleId: string): void {
  if (enabled) openerId = toggleId;
  updateSignSettings({ enabled });
}

function isShown(element: HTMLElement): boolean {
  // checkVisibility is missing in jsdom; there every connected element counts as shown.
  return typeof element.checkVisibility !== 'function' || element.checkVisibility();
}

/**
 * Turns the mode off from the panel's close button and moves focus to the toggle that opened
 * the panel, or to the screen's heading when that toggle is gone (another screen) or folded
 * away (the settings bar on a narrow screen), so keyboard focus never drops to <body>.
 */
export function closeSignMode(): void {
  updateSignSettings({ enabled: false });
  const opener = openerId ? document.getElementById(openerId) : null;
  if (opener && isShown(opener)) {
    opener.focus();
    if (document.activeElement === opener) return;
  }
  document.getElementById(SCREEN_HEADING_ID)?.focus();
}
