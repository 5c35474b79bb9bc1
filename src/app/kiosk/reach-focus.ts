import { onDisplaySettingsChange } from '../display/display-settings.ts';

/**
 * Keeps the focused control wholly inside the band of the reach layout (reach.css), where
 * the browser alone would not:
 * - Chromium scrolls a focused text field only until its caret shows, so a tall textarea
 *   can stay half below the band's lower edge (seen in Chromium 156).
 * - When the on-screen keyboard opens under a focused field, the band gets shorter and
 *   nothing scrolls the field back into view.
 * `band` is the element that scrolls in the reach layout (#app). Outside it, this does nothing.
 */
export function keepFocusInBand(band: HTMLElement): void {
  const reveal = (element: Element | null) => {
    if (!(element instanceof HTMLElement) || !band.contains(element) || !isBandActive(band)) return;
    // The screen's intro sits above the band by design; scrolling would not move it.
    if (element.closest('.screen-intro')) return;
    if (!isWhollyInside(element.getBoundingClientRect(), band.getBoundingClientRect())) {
      element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  };

  document.addEventListener('focusin', (event) => reveal(event.target as Element | null));
  new ResizeObserver(() => reveal(document.activeElement)).observe(band);
  // A new text size or contrast moves everything in the band, the pressed button included.
  onDisplaySettingsChange(() => requestAnimationFrame(() => reveal(document.activeElement)));
}

function isBandActive(band: HTMLElement): boolean {
  return document.documentElement.dataset.reach === 'on' && getComputedStyle(band).position === 'fixed';
}

function isWhollyInside(inner: DOMRect, outer: DOMRect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}
