import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** The CSS property on <html> with the panel's height, for the layout below it. */
export const PANEL_HEIGHT_PROPERTY = '--sign-panel-height';
/** The CSS property with the height of the panel's heading and topic line, set above the video in the reach layout. */
export const HEADER_HEIGHT_PROPERTY = '--sign-header-height';
/** The CSS property with the height of the panel's controls, the strip at the reach band's top. */
export const BAR_HEIGHT_PROPERTY = '--sign-bar-height';

/**
 * Publishes the rendered heights of the panel and of its parts on <html>, because they depend
 * on text size and on how the controls wrap. sign-language.css starts the app's scrolling box
 * below a panel across the top, and in the reach layout places the header above the video and
 * the band's content below the controls' strip. The properties are removed when the panel closes.
 */
export function usePanelHeight(panel: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = panel.current;
    if (!element) return undefined;
    const root = document.documentElement;
    const parts: [string, Element | null][] = [
      [PANEL_HEIGHT_PROPERTY, element],
      [HEADER_HEIGHT_PROPERTY, element.querySelector('.sign-panel__header')],
      [BAR_HEIGHT_PROPERTY, element.querySelector('.sign-panel__controls')],
    ];
    const publish = () => {
      for (const [property, part] of parts) root.style.setProperty(property, `${Math.ceil(part?.getBoundingClientRect().height ?? 0)}px`);
    };
    publish();
    // jsdom has no ResizeObserver; component tests do not lay anything out.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(publish);
    for (const [, part] of parts) if (part) observer?.observe(part);
    return () => {
      observer?.disconnect();
      for (const [property] of parts) root.style.removeProperty(property);
    };
  }, []);
}
