import type { Page } from 'playwright-core';
import type { ApproachSide } from '../../../src/app/kiosk/kiosk-profile.ts';

/** The band as fractions of the screen height from the top, as computeReachBand returns it. */
export interface BandFractions {
  top: number;
  bottom: number;
}

/** Share of the viewport width that controls keep to with an approach side; reach.css sets it as --reach-side-width. */
export const SIDE_SHARE = 0.67;

/**
 * Brings every visible interactive element and every scrolling region into view in three ways
 * (focus, scrollIntoView to the start and to the end), and returns each time one ends up
 * outside the band. The band is `band` of the viewport height. The on-screen keyboard docks on
 * the band's lower edge, so every other control must end `--keyboard-height` above it. With an approach side it is also limited to the
 * SIDE_SHARE of the width on that side. Also returns a screen heading or lead paragraph that
 * is not wholly above the band, and a page that scrolls as a whole.
 */
export async function reachFailures(page: Page, band: BandFractions, side: ApproachSide = 'none'): Promise<string[]> {
  return page.evaluate(
    ({ band, side, sideShare }) => {
      const root = document.documentElement;
      const viewportHeight = window.innerHeight;
      const viewportWidth = root.clientWidth;
      const keyboard = parseFloat(getComputedStyle(root).getPropertyValue('--keyboard-height')) || 0;
      const bandLimits = {
        top: band.top * viewportHeight,
        bottom: band.bottom * viewportHeight,
        left: side === 'right' ? viewportWidth * (1 - sideShare) : 0,
        right: side === 'left' ? viewportWidth * sideShare : viewportWidth,
      };
      const limits = { ...bandLimits, bottom: bandLimits.bottom - keyboard };
      // Sub-pixel rounding of dvh lengths and borders.
      const slack = 1;
      const failures: string[] = [];

      const describe = (element: Element) => {
        const text = (element.textContent || element.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 40);
        return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${text}"`;
      };
      const box = (rect: DOMRect) =>
        `(${rect.left.toFixed(0)}, ${rect.top.toFixed(0)})–(${rect.right.toFixed(0)}, ${rect.bottom.toFixed(0)})`;
      const bandText = `(${limits.left.toFixed(0)}, ${limits.top.toFixed(0)})–(${limits.right.toFixed(0)}, ${limits.bottom.toFixed(0)})`;
      const checkInBand = (element: Element, how: string) => {
        const rect = element.getBoundingClientRect();
        // The keyboard's own keys lie below the other controls, in the band's lower part.
        const allowed = element.closest('.osk') ? bandLimits : limits;
        const outside =
          rect.top < allowed.top - slack ||
          rect.bottom > allowed.bottom + slack ||
          rect.left < allowed.left - slack ||
          rect.right > allowed.right + slack;
        if (outside) failures.push(`${describe(element)} ${how} is at ${box(rect)}, outside the band ${bandText}`);
      };

      const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      const controls = [...document.querySelectorAll(selector)].filter(
        (element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && !element.closest('.visually-hidden'),
      );
      for (const element of controls) {
        (element as HTMLElement).focus();
        if (document.activeElement === element) checkInBand(element, 'when focused');
        // The skip link shows only while it has focus.
        if (element.classList.contains('skip-link')) continue;
        element.scrollIntoView({ block: 'start' });
        checkInBand(element, 'scrolled to the start');
        element.scrollIntoView({ block: 'end' });
        checkInBand(element, 'scrolled to the end');
      }

      const scrollers = [...document.body.querySelectorAll('*')].filter((element) => {
        const style = getComputedStyle(element);
        const scrolls = /auto|scroll/.test(`${style.overflowX} ${style.overflowY}`);
        return scrolls && (element.scrollHeight > element.clientHeight || element.scrollWidth > element.clientWidth);
      });
      for (const element of scrollers) {
        element.scrollIntoView({ block: 'nearest' });
        checkInBand(element, 'a scrolling region');
      }

      // What does not fit above the band moves into it (reach-intro.ts): the lead first, then the heading.
      const aboveBand = [...document.querySelectorAll('h1, .screen-intro > .lead')].filter((element) => {
        const placement = element.closest<HTMLElement>('.screen-intro')?.dataset.placement;
        return placement !== 'inline' && !(placement === 'heading-above' && element.matches('.lead'));
      });
      for (const element of aboveBand) {
        const rect = element.getBoundingClientRect();
        if (rect.top < -slack || rect.bottom > limits.top + slack) {
          failures.push(`${describe(element)} is at ${box(rect)}, not above the band ${bandText}`);
        }
      }
      if (root.scrollHeight > viewportHeight + slack) failures.push(`the page scrolls: scrollHeight ${root.scrollHeight} px`);
      return failures;
    },
    { band, side, sideShare: SIDE_SHARE },
  );
}

/** Sets --keyboard-height on <html> as the on-screen keyboard does while it is open; 0px closes it. */
export async function setKeyboardHeight(page: Page, height: string): Promise<void> {
  await page.evaluate((value) => document.documentElement.style.setProperty('--keyboard-height', value), height);
}
