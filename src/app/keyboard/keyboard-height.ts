/**
 * Publishes the keyboard's height as `--keyboard-height` on <html>, in px and 0px while closed.
 * Styles use it to keep the focused field above the keyboard (keyboard.css), and the reach
 * layout to keep controls out from under it.
 */
export function setKeyboardHeight(px: number): void {
  document.documentElement.style.setProperty('--keyboard-height', `${Math.ceil(px)}px`);
}
