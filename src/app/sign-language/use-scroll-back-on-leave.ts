import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Scrolls the panel and its controls back to their start whenever focus lands outside the panel,
 * so the signer shows again after Tab has passed the panel's last button. It listens for focusin
 * on the document, because Tab past the page's last control leaves the panel with no new target.
 */
export function useScrollBackOnLeave(panel: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = panel.current;
    if (!element) return undefined;

    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Node && element.contains(event.target)) return;
      element.scrollTop = 0;
      const controls = element.querySelector('.sign-panel__controls');
      if (controls) {
        controls.scrollTop = 0;
        controls.scrollLeft = 0;
      }
    };

    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [panel]);
}
