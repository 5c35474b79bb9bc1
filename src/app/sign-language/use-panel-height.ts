import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** The CSS property on <html> with the panel's height, for the layout below it. */
export const PANEL_HEIGHT_PROPERTY = '--sign-panel-height';

/**
 * Publishes the panel's rendered height on <html>, so that sign-language.css can start the
 * app's scrolling box below a panel across the top, whose height depends on text size and
 * how its controls wrap. The property is removed when the panel closes.
 */
export function usePanelHeight(panel: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = panel.current;
    if (!element) return undefined;
    const root = document.documentElement;
    const publish = () => root.style.setProperty(PANEL_HEIGHT_PROPERTY, `${Math.ceil(element.getBoundingClientRect().height)}px`);
    publish();
    // jsdom has no ResizeObserver; component tests do not lay anything out.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(publish);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty(PANEL_HEIGHT_PROPERTY);
    };
  }, []);
}
