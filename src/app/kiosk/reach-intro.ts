import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Where a screen's intro (its h1 and lead paragraph) goes in the reach layout (reach.css):
 * - `above`: the whole intro in the area above the band,
 * - `heading-above`: only the heading there, the lead at the top of the band,
 * - `inline`: both at the top of the band, when not even the heading fits above it.
 */
export type IntroPlacement = 'above' | 'heading-above' | 'inline';

/** Chooses the placement from the heights in CSS px of the area above the band, the heading and the lead (0 without one). */
export function chooseIntroPlacement(areaPx: number, headingPx: number, leadPx: number): IntroPlacement {
  if (headingPx + leadPx <= areaPx) return 'above';
  if (headingPx <= areaPx) return 'heading-above';
  return 'inline';
}

/** The scrolling element of the reach layout: the band that contains every control. */
function bandElement(): HTMLElement | null {
  return document.getElementById('app');
}

function outerHeight(element: Element | null): number {
  if (!element) return 0;
  const style = getComputedStyle(element);
  return element.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
}

function reachLayoutActive(band: HTMLElement): boolean {
  return document.documentElement.dataset.reach === 'on' && getComputedStyle(band).position === 'fixed';
}

/**
 * Keeps `data-placement` on the intro element up to date while the reach layout is on (always
 * `inline` while the sign-language video fills the area above the band), and
 * scrolls the band back to its top when a new screen mounts. In the reach layout the heading,
 * which takes focus on each new screen, sits outside the band, so focusing it scrolls nothing.
 */
export function useReachIntro(intro: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = intro.current;
    const band = bandElement();
    if (!element || !band) return;
    if (reachLayoutActive(band)) band.scrollTop = 0;

    const place = () => {
      if (!reachLayoutActive(band)) {
        delete element.dataset.placement;
        return;
      }
      // The sign-language video takes the area above the band (sign-language.css).
      if (document.documentElement.dataset.sign === 'on') {
        element.dataset.placement = 'inline';
        return;
      }
      // Children have the same width in every placement, so measuring cannot change the outcome.
      const [heading, lead] = [element.firstElementChild, element.children[1] ?? null];
      element.dataset.placement = chooseIntroPlacement(band.getBoundingClientRect().top, outerHeight(heading), outerHeight(lead));
    };
    place();

    // The intro itself may have no box (display: contents), so its children are observed,
    // and observed afresh when a lead appears or goes.
    const resizes = new ResizeObserver(place);
    const observeSizes = () => {
      resizes.disconnect();
      resizes.observe(band);
      for (const child of element.children) resizes.observe(child);
    };
    observeSizes();
    const children = new MutationObserver(() => {
      observeSizes();
      place();
    });
    children.observe(element, { childList: true });
    const settings = new MutationObserver(place);
    settings.observe(document.documentElement, { attributes: true, attributeFilter: ['data-reach', 'data-reach-side', 'data-sign', 'data-text-size', 'style'] });
    return () => {
      resizes.disconnect();
      children.disconnect();
      settings.disconnect();
    };
  }, []);
}
